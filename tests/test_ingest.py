"""ingest + corpus: decoding, HTML/DOCX safety, size limits and what the corpus walk refuses unread."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from pipeline.batch.corpus import discover, display_name
from pipeline.errors import IngestError
from pipeline.ingest.formats import MB, check_size, decode_text, docx_to_text, html_to_text, ingest_file, normalize_text


@pytest.mark.parametrize("text, encoding", [
    ("The Café Programme in Zürich receives €5 million – “smart” funding.\n", "cp1252"),
    ("Le ministère a annoncé une réduction de 12 % des émissions à Genève.\n", "cp1252"),
    ("香港特別行政區政府撥款五億元，用於發展北部都會區的創新科技產業。" * 3, "big5"),
    ("深圳市人民政府宣布投资十亿元建设河套深港科技创新合作区。" * 3, "gb18030"),
])
def test_non_utf8_text_is_detected(text: str, encoding: str) -> None:
    decoded, detected = decode_text(text.encode(encoding), "x.txt")
    assert decoded == text and detected == encoding


def test_utf8_with_and_without_bom() -> None:
    assert decode_text("Zürich".encode("utf-8"), "x.txt") == ("Zürich", "utf-8")
    assert decode_text("\ufeffZürich".encode("utf-8"), "x.txt") == ("Zürich", "utf-8")


def test_utf16_with_bom_is_text_not_binary() -> None:
    text, encoding = decode_text("The Government will spend HK$5 million.".encode("utf-16"), "x.txt")
    assert text == "The Government will spend HK$5 million." and encoding.startswith("utf_16")


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n" + bytes(500)])
def test_binary_junk_is_refused(data: bytes) -> None:
    with pytest.raises(IngestError, match="binary content, not text: junk.txt"):
        decode_text(data, "junk.txt")


def test_normalize_text_drops_controls_and_unifies_newlines() -> None:
    assert normalize_text("a\r\nb\rc\x00d\x07e\n\n\n\nf  \n") == "a\nb\ncde\n\nf\n"


def test_html_scripts_styles_and_forms_are_stripped() -> None:
    title, text = html_to_text(
        "<html><head><title>Note</title><style>.x{color:red}</style><script>var a='HK$9 billion'</script>"
        "</head><body><main><p>Kowloon gets HK$2 billion.</p><noscript>Enable JS</noscript>"
        "<script>alert('x')</script><form><input value='HK$1'></form></main></body></html>")
    assert title == "Note"
    assert "Kowloon gets HK$2 billion." in text
    for leaked in ("color:red", "HK$9", "alert", "Enable JS"):
        assert leaked not in text


def make_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))


def replace_part(src: Path, dst: Path, part: str, data: bytes) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == part else zin.read(info))


def test_valid_docx(tmp_path: Path) -> None:
    make_docx(tmp_path / "ok.docx", "The Labour Department placed 1 092 graduates.")
    title, text = docx_to_text(tmp_path / "ok.docx", "ok.docx")
    assert text == "The Labour Department placed 1 092 graduates."


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',  # billion laughs
    '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',  # external entity
])
def test_docx_with_entities_is_refused(tmp_path: Path, doctype: str) -> None:
    make_docx(tmp_path / "ok.docx", "x")
    xml = (f'<?xml version="1.0"?>{doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/'
           f'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    replace_part(tmp_path / "ok.docx", tmp_path / "bad.docx", "word/document.xml", xml.encode())
    with pytest.raises(IngestError, match=r"refused: DOCX part word/document.xml declares a DTD/XML entities"):
        docx_to_text(tmp_path / "bad.docx", "bad.docx")


def test_entities_in_any_part_are_refused(tmp_path: Path) -> None:
    make_docx(tmp_path / "ok.docx", "x")
    styles = b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "a">]><s>&a;</s>'
    replace_part(tmp_path / "ok.docx", tmp_path / "bad.docx", "word/styles.xml", styles)
    with pytest.raises(IngestError, match="word/styles.xml declares a DTD"):
        docx_to_text(tmp_path / "bad.docx", "bad.docx")


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    make_docx(tmp_path / "ok.docx", "x")
    with zipfile.ZipFile(tmp_path / "ok.docx") as zin, \
            zipfile.ZipFile(tmp_path / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        with zout.open("word/media/x.bin", "w") as fh:
            for _ in range(32):
                fh.write(bytes(MB))
    with pytest.raises(IngestError, match=r"refused: DOCX would expand to \d+ MB from 0.\d MB \(zip bomb\?\)"):
        docx_to_text(tmp_path / "bomb.docx", "bomb.docx")


@pytest.mark.parametrize("content, message", [
    (b"plain text, not a zip", "not a DOCX (not a zip archive)"),
    (None, "not a DOCX (no word/document.xml)"),
])
def test_not_a_docx(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "x.docx"
    if content is None:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("hello.txt", "hi")
    else:
        path.write_bytes(content)
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        docx_to_text(path, "x.docx")


def test_broken_xml_in_docx(tmp_path: Path) -> None:
    make_docx(tmp_path / "ok.docx", "x")
    replace_part(tmp_path / "ok.docx", tmp_path / "bad.docx", "word/document.xml", b"<w:document><unclosed>")
    with pytest.raises(IngestError, match="corrupt DOCX: word/document.xml is not well-formed XML"):
        docx_to_text(tmp_path / "bad.docx", "bad.docx")


def test_size_limits_per_format() -> None:
    check_size(64 * MB, "txt", "a.txt")
    with pytest.raises(IngestError, match=r"file too large: 65 MB, the limit for txt is 64 MB"):
        check_size(64 * MB + 1, "txt", "a.txt")
    check_size(500 * MB, "pdf", "a.pdf")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as fh:
        fh.truncate(8 * 1024 * MB)  # sparse: 8 GB on paper; reading it would exhaust memory
    with pytest.raises(IngestError, match="file too large: 8192 MB"):
        ingest_file(path, "huge.md")


@pytest.mark.parametrize("name, data, status, message", [
    ("a.txt", b"", "empty", "empty file (0 bytes): a.txt"),
    ("a.md", b"  \n\t\n", "empty", "empty file (5 bytes): a.md"),
    ("a.html", b"<html><body><script>x()</script></body></html>", "empty", "no text found in a.html"),
    ("a.xyz", b"hello", "skipped", "unsupported format '.xyz': a.xyz"),
])
def test_ingest_statuses(tmp_path: Path, name: str, data: bytes, status: str, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(IngestError) as info:
        ingest_file(tmp_path / name, name)
    assert info.value.status == status and str(info.value) == message


def test_discover_refuses_what_it_must_not_read(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    (corpus / "a.txt").write_text("a")
    (corpus / ".hidden.txt").write_text("hidden")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "b.md").write_text("b")
    os.symlink(outside / "secret.txt", corpus / "out-link.txt")
    os.symlink(corpus / "a.txt", corpus / "in-link.txt")
    os.symlink(outside, corpus / "out-dir")
    os.symlink(corpus / "nowhere.txt", corpus / "dangling.txt")
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "out").mkdir()  # the output folder inside the corpus is never read back
    (corpus / "out" / "documents.csv").write_text("x")
    found = {i.source: i.refusal for i in discover(corpus, exclude=corpus / "out")}
    assert sorted(found) == ["a.txt", "dangling.txt", "fifo.txt", "in-link.txt", "out-dir", "out-link.txt",
                             "sub/b.md"]
    assert found["a.txt"] is None and found["in-link.txt"] is None and found["sub/b.md"] is None
    refused = {s: (e.status, str(e)) for s, e in found.items() if e is not None}
    assert refused == {
        "dangling.txt": ("error", "cannot read dangling.txt: No such file or directory (broken symlink?)"),
        "fifo.txt": ("skipped", "not a regular file (FIFO, socket or device), not read: fifo.txt"),
        "out-dir": ("skipped", "symlinked folder not followed: out-dir"),
        "out-link.txt": ("skipped", "symlink leads outside the corpus, not followed: out-link.txt"),
    }


def test_unsupported_formats_are_listed_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "deck.pptx").write_bytes(b"PK")
    (tmp_path / "README").write_text("x")
    found = {i.source: i.refusal for i in discover(tmp_path)}
    assert found["deck.pptx"] is not None and found["deck.pptx"].status == "skipped"
    assert str(found["README"]).startswith("unsupported format '(no extension)', not read")


def test_display_name_of_non_utf8_file_names() -> None:
    assert display_name(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert display_name("-rf ünïcode 香港.txt") == "-rf ünïcode 香港.txt"


def scanned_pdf(path: Path, lines: list[str]) -> None:
    """An image-only PDF (no text layer), as a scanner makes: text drawn, rendered at 300 dpi, re-saved."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    source = path.with_suffix(".src.pdf")
    c = canvas.Canvas(str(source), pagesize=A4)
    c.setFont("Helvetica", 16)
    for i, line in enumerate(lines):
        c.drawString(60, 760 - 30 * i, line)
    c.save()
    image = pdfium.PdfDocument(str(source))[0].render(scale=300 / 72).to_pil().convert("L")
    image.save(path, "PDF", resolution=300.0)
    source.unlink()


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("ocrmypdf") and shutil.which("tesseract")),
                    reason="ocrmypdf/tesseract not installed")
def test_scanned_pdf_without_and_with_ocr(tmp_path: Path) -> None:
    from pipeline.ingest.formats import ocr_pdf

    path = tmp_path / "scan.pdf"
    scanned_pdf(path, ["The Government will invest HK$2 billion in Kowloon East."])
    with pytest.raises(IngestError) as info:
        ingest_file(path, "scan.pdf")
    assert info.value.status == "no_text" and "--ocr" in str(info.value)
    document = ocr_pdf(path, "scan.pdf")
    assert "HK$2 billion in Kowloon East" in document.text
    assert document.encoding == "ocr" and document.pages == 1 and document.source == "scan.pdf"


def test_a_few_nul_bytes_are_dropped_and_counted(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"The Fund will grant HK$7 billion\x00 to 40 start-ups in Sha Tin.\x00\x07\n")
    document = ingest_file(tmp_path / "nul.txt", "nul.txt")
    assert document.text == "The Fund will grant HK$7 billion to 40 start-ups in Sha Tin.\n"
    assert document.status == "ok" and document.error == "warning: 3 NUL/control bytes dropped (the rest is text): nul.txt"


def test_nul_bytes_in_a_big5_text_leave_its_characters_whole(tmp_path: Path) -> None:
    text = "香港特別行政區政府撥款五億元，用於發展北部都會區的創新科技產業。" * 3
    data = text.encode("big5")
    (tmp_path / "b.txt").write_bytes(data[:30] + b"\x00" + data[30:])
    document = ingest_file(tmp_path / "b.txt", "b.txt")
    assert document.text == text + "\n" and document.encoding == "big5" and "1 NUL" in document.error


@pytest.mark.parametrize("data", [
    b"The Fund\x00\x01\x02\x03" * 40,  # a quarter control bytes
    b"%PDF-ish header\n" + bytes(range(32)) * 10 + b"some words",
])
def test_mostly_binary_is_still_refused(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "bin.txt").write_bytes(data)
    with pytest.raises(IngestError, match="binary content, not text: bin.txt"):
        ingest_file(tmp_path / "bin.txt", "bin.txt")


def test_gzip_behind_html_and_txt_is_unpacked(tmp_path: Path) -> None:
    import gzip

    page = "<html><head><title>Grant</title></head><body><main><p>The Fund will grant HK$7&nbsp;billion.</p></main></body></html>"
    (tmp_path / "page.html").write_bytes(gzip.compress(page.encode("utf-8")))
    (tmp_path / "note.txt").write_bytes(gzip.compress("深圳市人民政府宣布投资十亿元建设河套深港科技创新合作区。".encode("gb18030") * 3))
    document = ingest_file(tmp_path / "page.html", "page.html")
    assert document.text == "The Fund will grant HK$7\u00a0billion.\n" and document.encoding == "gzip+utf-8"
    document = ingest_file(tmp_path / "note.txt", "note.txt")
    assert document.text.startswith("深圳市人民政府宣布投资十亿元") and document.encoding == "gzip+gb18030"


def test_gzip_bomb_truncated_and_corrupt_gzip_are_refused(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "bomb.html").write_bytes(gzip.compress(b" " * (80 * MB)))
    with pytest.raises(IngestError, match=r"refused: gzip content would expand past \d+ MB from 0.1 MB \(gzip bomb\?\): bomb.html"):
        ingest_file(tmp_path / "bomb.html", "bomb.html")
    packed = gzip.compress(b"The Fund will grant HK$7 billion. " * 200)
    (tmp_path / "cut.txt").write_bytes(packed[: len(packed) // 2])
    with pytest.raises(IngestError, match="truncated gzip content"):
        ingest_file(tmp_path / "cut.txt", "cut.txt")
    (tmp_path / "bad.txt").write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 200)
    with pytest.raises(IngestError, match="corrupt gzip content"):
        ingest_file(tmp_path / "bad.txt", "bad.txt")


def test_invisible_characters_are_dropped_from_the_text(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("The Government will spend HK$3\u200b000 mil\u00adlion in \u202bSha Tin\u202c.\n", "utf-8")
    assert ingest_file(tmp_path / "z.txt", "z.txt").text == "The Government will spend HK$3000 million in Sha Tin.\n"


def test_utf16_without_bom_is_text(tmp_path: Path) -> None:
    text = "The Government will spend HK$5 million in Sha Tin.\r\n"
    for codec in ("utf-16-le", "utf-16-be"):
        (tmp_path / "u.txt").write_bytes(text.encode(codec) * 3)
        document = ingest_file(tmp_path / "u.txt", "u.txt")
        assert document.text == "The Government will spend HK$5 million in Sha Tin.\n" * 3
        assert document.encoding == codec and document.error == ""


def test_html_declared_charset_wins_when_its_bytes_fit(tmp_path: Path) -> None:
    # mostly ASCII markup around a few Chinese characters: detection alone is a guess; the page says
    # big5, and Hong Kong's big5 holds HKSCS characters (嘅 U+5605) that plain big5 lacks
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>x</title>'
            '</head><body><main><p>The Fund will grant HK$7 billion (港幣70億元) to start-ups. 呢啲嘅</p>'
            '</main></body></html>')
    (tmp_path / "p.html").write_bytes(page.encode("big5hkscs"))
    document = ingest_file(tmp_path / "p.html", "p.html")
    assert document.text == "The Fund will grant HK$7 billion (港幣70億元) to start-ups. 呢啲嘅\n"
    assert document.encoding == "big5hkscs"
    # a page that declares a charset its bytes do not fit falls through to detection
    body = "香港特別行政區政府撥款五億元，用於發展北部都會區的創新科技產業。" * 3
    wrong = page.replace("charset=big5", "charset=shift_jis").replace("呢啲嘅", body)
    (tmp_path / "q.html").write_bytes(wrong.encode("big5hkscs"))
    document = ingest_file(tmp_path / "q.html", "q.html")
    assert body in document.text and document.encoding == "big5"


def test_normalize_text_drops_exactly_the_control_characters() -> None:
    """Every Unicode Cc character goes except tab and newline; nothing else is touched (the regex that
    replaced a per-character category lookup must keep that contract, issue 15)."""
    import sys
    import unicodedata

    from pipeline.ingest.text import normalize_text

    control = "".join(chr(c) for c in range(sys.maxunicode + 1)
                      if unicodedata.category(chr(c)) == "Cc" and chr(c) not in "\n\t\r")
    kept = "".join(chr(c) for c in range(0x21, 0x3000) if unicodedata.category(chr(c))[0] in "LNPS"
                   and unicodedata.combining(chr(c)) == 0 and unicodedata.normalize("NFC", chr(c)) == chr(c))
    assert normalize_text(f"a{control}b\tc\n{kept}") == f"ab\tc\n{kept}\n"


@pytest.mark.parametrize("reader", ["html", "rtf", "docx", "pdf"])
def test_running_out_of_memory_while_reading_is_not_reported_as_a_broken_file(reader: str, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A MemoryError inside a parser must reach the worker (which reports --memory-limit), never be
    turned into 'corrupt DOCX' / 'unreadable RTF' / a PDF error, or swallowed by a fallback."""
    from pipeline.ingest import formats, html_text
    from pipeline.ingest.pdf import engines

    def boom(*args: object, **kwargs: object) -> None:
        raise MemoryError

    if reader == "html":
        import trafilatura

        monkeypatch.setattr(trafilatura, "extract", boom)
        with pytest.raises(MemoryError):
            html_text.trafilatura_text("<html><body><p>Some text.</p></body></html>")
    elif reader == "rtf":
        import striprtf.striprtf

        monkeypatch.setattr(striprtf.striprtf, "rtf_to_text", boom)
        path = tmp_path / "a.rtf"
        path.write_bytes(b"{\\rtf1\\ansi Some text.}")
        with pytest.raises(MemoryError):
            ingest_file(path, "a.rtf")
    elif reader == "docx":
        import defusedxml.ElementTree

        monkeypatch.setattr(defusedxml.ElementTree, "fromstring", boom)
        with pytest.raises(MemoryError):
            formats.check_xml(b"<a/>", "word/document.xml", "a.docx")
    else:
        monkeypatch.setattr(engines, "read_pdfium", boom)
        with pytest.raises(MemoryError):
            engines.read_pdf(tmp_path / "a.pdf", "a.pdf", None, "pdfium")
