"""Files → `Document`: normalized text (TXT, Markdown, HTML, PDF, DOCX) with page spans for PDFs."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ingest.text import first_line, normalize_text
from pipeline.records import Document, PageSpan

FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
    ".doc": "doc", ".rtf": "rtf",
}
# C0 control bytes other than tab, newline, vertical tab, form feed and carriage return, and DEL.
CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
MAX_CONTROL_SHARE = 0.01  # more than 1% of the bytes (and more than a few): binary, refused
FEW_CONTROL_BYTES = 16
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200
MB = 1024 * 1024
# Bounded memory: a file is read whole only below these sizes (text formats are decoded in memory,
# PDFs are parsed page by page). Larger files get a one-line error instead of exhausting the worker.
MAX_BYTES = {"txt": 64 * MB, "markdown": 64 * MB, "html": 64 * MB, "docx": 128 * MB, "pdf": 512 * MB,
             "doc": 64 * MB, "rtf": 64 * MB}
# When charset-normalizer finds several near-equally plausible single-byte encodings, short texts
# often tie (cp775 vs cp1252 for "Café"); the encodings real documents use win the tie.
COMMON_ENCODINGS = ("utf_8", "cp1252", "latin_1", "iso8859_15", "gb18030", "big5", "shift_jis",
                    "euc_jp", "euc_kr", "utf_16", "cp1250", "cp1251", "koi8_r", "iso8859_2")


def detect_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """content_id of a file, read in 1 MB blocks."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_size(size: int, fmt: str, source: str) -> None:
    """Refuse a file too large to process in bounded memory (before reading a byte of it)."""
    limit = MAX_BYTES.get(fmt, 64 * MB)
    if size > limit:
        raise IngestError(f"file too large: {-(-size // MB)} MB, the limit for {fmt} is {limit // MB} MB "
                          f"(split the document): {source}", status="error")


def ingest_file(path: Path, source: str, password: str | None = None, pdf_engine: str = "pdfium") -> Document:
    """Read one file; raise IngestError (with a status) when it cannot be read."""
    fmt = detect_format(path)
    if fmt is None:
        raise IngestError(f"unsupported format '{path.suffix or '(none)'}': {source}", status="skipped")
    size = path.stat().st_size
    check_size(size, fmt, source)
    # Text formats are decoded in memory anyway (bounded by MAX_BYTES); a PDF or DOCX is only
    # hashed here, in blocks, and its parser reads what it needs.
    data = path.read_bytes() if fmt not in ("pdf", "docx") or size <= 4096 else b""
    sha = content_id(data) if data or not size else file_sha256(path)
    if size <= 4096 and not data.strip():
        raise IngestError(f"empty file ({len(data)} bytes): {source}", status="empty")
    encoding = ""
    page_spans: tuple[PageSpan, ...] = ()
    pages: int | None = None
    layout = None
    warnings: list[str] = []
    if fmt in ("txt", "markdown", "html"):
        data, packed = gunzip_text(data, fmt, source)
        declared = declared_charset(data) if fmt == "html" else ""
        decoded, encoding, dropped = decode_text_counting(data, source, declared)
        encoding = f"gzip+{encoding}" if packed else encoding
        if dropped:
            warnings.append(f"warning: {dropped} NUL/control byte{'s' if dropped > 1 else ''} dropped "
                            f"(the rest is text): {source}")
    if fmt in ("txt", "markdown"):
        text = decoded
        title = first_line(text)
    elif fmt == "html":
        title, text = html_to_text(decoded)
    elif fmt == "pdf":
        from pipeline.ingest.pdf.document import pdf_to_text

        title, text, page_spans, layout = pdf_to_text(path, source, password, pdf_engine)
        pages = len(page_spans)
    elif fmt == "docx":
        title, text = docx_to_text(path, source)
    else:
        title, text, encoding = legacy_to_text(path, data, fmt, source, password)
    text = normalize_text(text) if fmt != "pdf" else text
    if not text.strip():
        status = "no_text" if fmt == "pdf" else "empty"
        advice = (" (a scanned PDF without a text layer? re-run with --ocr, which needs ocrmypdf, "
                  "or OCR it first: `ocrmypdf in.pdf out.pdf`)" if fmt == "pdf" else "")
        raise IngestError(f"no text found in {source}{advice}", status=status)
    return Document(
        doc_id=sha[:16], source=source, format=fmt, title=title or Path(source).stem, text=text,
        sha256=sha, pages=pages, page_spans=page_spans, encoding=encoding, layout=layout,
        error="; ".join(warnings),  # an ok document's `error` holds warnings only (documents.csv)
    )


def ingest_text(text: str, source: str = "<text>") -> Document:
    """A str as a TXT file of its UTF-8 bytes would be read (same id, text and title)."""
    data = text.encode("utf-8")
    clean = normalize_text(text)
    if not clean.strip():
        raise IngestError(f"no text found in {source}", status="empty")
    sha = content_id(data)
    return Document(doc_id=sha[:16], source=source, format="txt", title=first_line(clean) or Path(source).stem,
                    text=clean, sha256=sha, encoding="utf-8")


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, else the encoding charset-normalizer detects; refuse binary junk."""
    text, encoding, _ = decode_text_counting(data, source)
    return text, encoding


def decode_text_counting(data: bytes, source: str, declared: str = "") -> tuple[str, str, int]:
    """decode_text, after dropping a few stray NUL/control bytes: (text, encoding, bytes dropped).

    A text file with a handful of NULs (a bad copy, a database export) is still text; a file where
    more than MAX_CONTROL_SHARE of the bytes (and more than FEW_CONTROL_BYTES) are control bytes is
    binary and refused, unless it is UTF-16 without a BOM (a NUL in every other byte, Windows
    exports). Control bytes are never part of a multi-byte character in UTF-8, GB18030, Big5 or
    Shift-JIS, so dropping them leaves the other characters whole; UTF-16/32 with a BOM keep their
    NULs and are decoded as is.
    """
    dropped = 0
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        stripped = data.translate(None, CONTROL_BYTES)
        dropped = len(data) - len(stripped)
        if dropped > max(FEW_CONTROL_BYTES, MAX_CONTROL_SHARE * len(data)):
            utf16 = utf16_without_bom(data)
            if not utf16:
                raise IngestError(f"binary content, not text: {source}", status="error")
            return data.decode(utf16, errors="replace"), utf16, 0
        data = stripped
    text, encoding = _decode(data, source, declared)
    return text, encoding, dropped


# WHATWG encoding labels whose bytes are a superset's: a "big5" page from Hong Kong holds HKSCS
# characters, a "gb2312" page GBK ones.
_CHARSET_SUPERSET = {"big5": "big5hkscs", "x-x-big5": "big5hkscs", "big5-hkscs": "big5hkscs",
                     "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252",
                     "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "x-sjis": "shift_jis"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str:
    """The charset a page declares in a <meta> tag of its first 4 KB (a Python codec name), or ''."""
    import codecs

    m = _META_CHARSET.search(data[:4096])
    if not m:
        return ""
    label = m.group(1).decode("ascii").lower()
    name = _CHARSET_SUPERSET.get(label, label)
    try:
        return codecs.lookup(name).name if name not in _CHARSET_SUPERSET.values() else name
    except LookupError:
        return ""


def utf16_without_bom(data: bytes) -> str:
    """utf-16-le or utf-16-be when NULs fill the high byte of almost every character (text in Latin
    script), else ''. Random binary has NULs on both sides."""
    sample = data[:65536]
    if len(sample) < 16 or len(sample) % 2:
        return ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for nuls, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.9 * half and other <= 0.01 * half:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                return ""
            printable = sum(1 for ch in text[:20000] if ch.isprintable() or ch in "\n\t\r")
            return name if printable >= 0.95 * min(len(text), 20000) else ""
    return ""


def gunzip_text(data: bytes, fmt: str, source: str) -> tuple[bytes, bool]:
    """The bytes of a gzip stream behind a text name (a raw HTTP body saved to disk), unpacked under
    the DOCX zip-bomb limits: at most the format's size limit and MAX_DOCX_RATIO times the packed size
    (1 MB is always allowed: a bomb is only a bomb when it is big)."""
    if not data.startswith(b"\x1f\x8b"):
        return data, False
    import zlib

    limit = min(MAX_BYTES.get(fmt, 64 * MB), MAX_DOCX_UNCOMPRESSED, max(MB, MAX_DOCX_RATIO * len(data)))
    out: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest.startswith(b"\x1f\x8b"):  # a gzip file may hold several members in a row
            unpack = zlib.decompressobj(wbits=31)
            while rest:
                out.append(unpack.decompress(rest, limit + 1 - size))
                size += len(out[-1])
                if size > limit:
                    raise IngestError(f"refused: gzip content would expand past {limit / MB:.0f} MB from "
                                      f"{len(data) / MB:.1f} MB (gzip bomb?): {source}", status="error")
                rest = unpack.unconsumed_tail
                if unpack.eof or not out[-1]:
                    break
            if not unpack.eof:
                raise IngestError(f"truncated gzip content (the download was cut short?): {source}",
                                  status="error")
            rest = unpack.unused_data
    except zlib.error as exc:
        raise IngestError(f"corrupt gzip content ({exc}): {source}", status="error") from exc
    return b"".join(out), True


def _decode(data: bytes, source: str, declared: str = "") -> tuple[str, str]:
    """UTF-8; else the charset the page declares, when its bytes decode cleanly in it (a page that
    declares one charset and is written in another falls through); else detection."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches or matches[0].encoding is None:
        raise IngestError(f"binary content, not text (no text encoding fits): {source}", status="error")
    best = matches[0]
    close = [m for m in matches if m.chaos <= best.chaos + 0.05]
    chosen = ""
    for name in COMMON_ENCODINGS:
        # a match stands for every encoding giving the same text (could_be_from_charset)
        preferred = [m for m in close if name in (m.could_be_from_charset or [m.encoding])]
        if preferred:
            best, chosen = preferred[0], name
            break
    encoding = chosen or best.encoding
    if not encoding.startswith(("big5", "gb", "cp950", "cp936", "hz")):
        from pipeline.ingest.cjk_charset import cjk_decoding

        chinese = cjk_decoding(data)  # Chinese in mostly-ASCII markup, read as a Latin code page
        if chinese is not None:
            return chinese
    text = str(best)
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\t\r")
    if printable < 0.95 * max(1, len(text)):
        raise IngestError(f"binary content, not text: {source}", status="error")
    return text, encoding


def html_to_text(html: str) -> tuple[str, str]:
    """(title, main text) of a web page (pipeline.ingest.html_text): <main>/<article>, else the content
    cell of a table layout, else trafilatura; nesting of any depth; <br> breaks lines, &nbsp; kept."""
    from pipeline.ingest.html_text import extract_html

    page = extract_html(html)
    return page.title, page.text


def legacy_to_text(path: Path, data: bytes, fmt: str, source: str, password: str | None
                   ) -> tuple[str, str, str]:
    """(title, text, encoding) of a .doc or .rtf file, read as what its bytes are (pipeline.ingest.legacy)."""
    from pipeline.ingest.legacy import doc_to_text, rtf_to_text, sniff

    kind = sniff(data[:4096])
    if kind == "doc":
        return (*doc_to_text(path, source, password, docx_to_text), "")
    if kind == "rtf":
        return (*rtf_to_text(data, source), "")
    if kind == "docx":
        return (*docx_to_text(path, source), "")
    if kind == "html":
        html, encoding = decode_text(data, source)
        return (*html_to_text(html), encoding)
    what = "a Word 97-2003 .doc (no OLE2 header), RTF, DOCX or HTML" if fmt == "doc" else "RTF (no {\\rtf header)"
    raise IngestError(f"not {what} despite the .{fmt} name: {source}", status="error")


def docx_to_text(path: Path, source: str) -> tuple[str, str]:
    """Body paragraphs, headings, tables, text boxes and notes of a DOCX in reading order, revisions
    accepted (pipeline.ingest.docx_text); headers, footers and comments left out."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
            packed = sum(info.compress_size for info in zf.infolist()) or 1
            if total > MAX_DOCX_UNCOMPRESSED or total / packed > MAX_DOCX_RATIO:
                raise IngestError(f"refused: DOCX would expand to {total / MB:.0f} MB from "
                                  f"{packed / MB:.1f} MB (zip bomb?): {source}")
            zf.getinfo("word/document.xml")
            for info in zf.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    check_xml(zf.read(info), info.filename, source)
    except zipfile.BadZipFile as exc:
        raise IngestError(f"not a DOCX (not a zip archive): {source}") from exc
    except KeyError as exc:
        raise IngestError(f"not a DOCX (no word/document.xml): {source}") from exc
    return read_docx_parts(path, source)


def read_docx_parts(path: Path, source: str) -> tuple[str, str]:
    """(title, text) of a checked DOCX: document, footnotes and endnotes parts (pipeline.ingest.docx_text)."""
    import posixpath
    import zipfile

    from lxml import etree  # type: ignore[import-untyped]

    from pipeline.ingest.docx_text import docx_blocks

    # DTDs were refused by check_xml; this parser would not expand entities or fetch anything anyway.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())

            def part(name: str | None) -> object | None:
                return etree.fromstring(zf.read(name), parser) if name and name in names else None

            targets: dict[str, str] = {}
            chunks: dict[str, list[str]] = {}
            rels = part("word/_rels/document.xml.rels")
            for rel in (rels.iter() if rels is not None else ()):  # type: ignore[attr-defined]
                kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join("word", rel.get("Target") or ""))
                if kind in ("footnotes", "endnotes"):
                    targets[kind] = target
                elif kind == "aFChunk" and target in names:
                    chunks[rel.get("Id") or ""] = alt_chunk(zf.read(target), target, source)
            blocks = docx_blocks(part("word/document.xml"), part(targets.get("footnotes")),
                                 part(targets.get("endnotes")), chunks)
            core = part("docProps/core.xml")
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError(f"unreadable DOCX ({type(exc).__name__}: {exc}): {source}") from exc
    title = ""
    if core is not None:
        el = core.find("{http://purl.org/dc/elements/1.1/}title")  # type: ignore[attr-defined]
        title = (el.text or "").strip() if el is not None else ""
    return title or first_line("\n".join(blocks)), "\n\n".join(blocks)


def alt_chunk(data: bytes, name: str, source: str) -> list[str]:
    """Blocks of an imported chunk (`w:altChunk`: HTML or plain text that a generator embedded
    instead of writing WordprocessingML, as HTML-to-DOCX converters do); other kinds give none."""
    if name.lower().endswith((".htm", ".html", ".xhtml")):
        from pipeline.ingest.html_text import whole_text

        text = whole_text(decode_text(data, f"{source}:{name}")[0])
    elif name.lower().endswith(".txt"):
        text = decode_text(data, f"{source}:{name}")[0]
    else:
        return []
    return [b.strip() for b in normalize_text(text).split("\n\n") if b.strip()]


def check_xml(xml: bytes, part: str, source: str) -> None:
    """Refuse an XML part that declares a DTD or entities (billion laughs, external entities)."""
    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    try:
        safe_et.fromstring(xml, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise IngestError(f"refused: DOCX part {part} declares a DTD/XML entities "
                          f"({type(exc).__name__}; entity-expansion attack?): {source}") from exc
    except MemoryError:  # over --memory-limit: the worker reports it, not as a broken file
        raise
    except Exception as exc:  # ParseError: the XML itself is broken
        raise IngestError(f"corrupt DOCX: {part} is not well-formed XML ({exc}): {source}") from exc


def ocr_pdf(path: Path, source: str, password: str | None = None) -> Document:
    """OCR a PDF without a text layer with ocrmypdf (tesseract) into a temp file and ingest that."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="policy-pipeline-ocr-") as tmp:
        target = Path(tmp) / "ocr.pdf"
        proc = subprocess.run(["ocrmypdf", "--skip-text", "--quiet", "--", str(path), str(target)],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not target.exists():
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise IngestError(f"OCR failed (ocrmypdf exit {proc.returncode}: {last}): {source}",
                              status="no_text")
        document = ingest_file(target, source, password)
    sha = file_sha256(path)
    return Document(doc_id=sha[:16], source=source, format="pdf", title=document.title,
                    text=document.text, sha256=sha, pages=document.pages,
                    page_spans=document.page_spans, encoding="ocr")
