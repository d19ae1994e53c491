"""Test helper: real DOCX files made with python-docx, with body XML (revisions, fields, content
controls, text boxes, note references) and notes/comments parts written as raw WordprocessingML."""

from __future__ import annotations

import zipfile
from pathlib import Path

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
SEPARATORS = ('<w:{k} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{k}>'
              '<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{k}>')


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def notes(kind: str, texts: dict[int, str]) -> str:
    body = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + t)}</w:p></w:{kind}>'
                   for i, t in texts.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {NS}>{SEPARATORS.format(k=kind)}{body}</w:{kind}s>'


def write_docx(path: Path, body: str, footnotes: dict[int, str] | None = None,
               endnotes: dict[int, str] | None = None, comments: dict[int, str] | None = None,
               title: str = "") -> None:
    """A DOCX whose body is `body` (WordprocessingML block elements), with the given notes and comments."""
    import docx

    base = path.with_suffix(".base.docx")
    document = docx.Document()
    document.core_properties.title = title
    document.save(str(base))
    extra: dict[str, tuple[str, str, str]] = {}  # part → (xml, relationship type, content type)
    if footnotes is not None:
        extra["footnotes.xml"] = (notes("footnote", footnotes), "footnotes", f"{CT}.footnotes+xml")
    if endnotes is not None:
        extra["endnotes.xml"] = (notes("endnote", endnotes), "endnotes", f"{CT}.endnotes+xml")
    if comments is not None:
        xml = "".join(f'<w:comment w:id="{i}" w:author="A"><w:p>{run(t)}</w:p></w:comment>' for i, t in comments.items())
        extra["comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{xml}</w:comments>',
                                 "comments", f"{CT}.comments+xml")
    document_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}'
                    f'<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                data = document_xml.encode("utf-8")
            elif info.filename == "word/_rels/document.xml.rels":
                rels = "".join(f'<Relationship Id="rIdX{n}" Type="{REL}/{kind}" Target="{name}"/>'
                               for n, (name, (_, kind, _)) in enumerate(extra.items()))
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            elif info.filename == "[Content_Types].xml":
                types = "".join(f'<Override PartName="/word/{name}" ContentType="{ct}"/>' for name, (_, _, ct) in extra.items())
                data = data.replace(b"</Types>", types.encode() + b"</Types>")
            zout.writestr(info.filename, data)
        for name, (xml, _, _) in extra.items():
            zout.writestr(f"word/{name}", xml.encode("utf-8"))
    base.unlink()
