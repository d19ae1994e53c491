"""Legacy word-processor files → (title, text): Word 97-2003 `.doc` and RTF, as government sites
still publish them.

- `.doc`: msdoc2docx (PyPI, pure Python) converts the binary file to a DOCX in a temporary folder,
  which `pipeline.ingest.docx_text` then reads like any DOCX, so revisions, fields, text boxes and notes
  are handled the same way. (antiword, the Debian tool, was tried: it keeps deleted revision text,
  "HK$9 billionHK$7 billion", and draws tables with pipes.)
- `.rtf`: striprtf (PyPI) after a pre-pass of our own over the RTF tokens: text under `\\deleted`
  (revisions accepted) or `\\v` (hidden text) left out, footnotes moved out of the sentence to the
  end of the document as paragraphs of their own, table cells separated by tabs and rows by line
  breaks; `\\ansicpg` names the code page of `\\'hh` bytes.
- A file named `.doc` that is really RTF, HTML or a DOCX (common on government sites) is read as
  what it is; a missing converter gives a `skipped` row that names the package to install.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from pipeline.errors import IngestError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF_TOKEN = re.compile(rb"\\[a-zA-Z]+(-?\d+)? ?|\\'[0-9a-fA-F]{2}|\\[^a-zA-Z]|[{}]|[^\\{}]+", re.DOTALL)
_WORD = re.compile(rb"\\([a-zA-Z]+)(-?\d+)?")
_SYMBOL = re.compile(rb"\\[^a-zA-Z']")  # a control symbol: \~, \-, \{ ...


def sniff(head: bytes) -> str:
    """What a legacy-named file really holds: doc (OLE2), rtf, docx (zip), html, or ''."""
    if head.startswith(OLE_MAGIC):
        return "doc"
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    low = head.lstrip(b"\xef\xbb\xbf \r\n\t")[:512].lower()
    if low.startswith((b"<html", b"<!doctype html", b"<?xml")) or b"<html" in low:
        return "html"
    return ""


def doc_to_text(path: Path, source: str, password: str | None,
                read_docx: Callable[[Path, str], tuple[str, str]]) -> tuple[str, str]:
    """(title, text) of a Word 97-2003 file through msdoc2docx and the DOCX reader."""
    try:
        from doc2docx import convert  # type: ignore[import-untyped]
        from doc2docx.errors import Doc2DocxError, EncryptedDocumentError  # type: ignore[import-untyped]
    except ImportError as exc:
        raise IngestError(f"legacy Word .doc needs the msdoc2docx package (pip install msdoc2docx, or "
                          f"`make install`), not read: {source}", status="skipped") from exc
    with tempfile.TemporaryDirectory(prefix="policy-pipeline-doc-") as tmp:
        target = Path(tmp) / "converted.docx"
        try:
            convert(path, target, password=password or None)
        except EncryptedDocumentError as exc:
            raise IngestError(f"password-protected .doc ({exc}); pass --password: {source}",
                              status="encrypted") from exc
        except Doc2DocxError as exc:
            raise IngestError(f"unreadable .doc ({type(exc).__name__}: {exc}): {source}") from exc
        return read_docx(target, source)


def rtf_to_text(data: bytes, source: str) -> tuple[str, str]:
    """(title, text) of an RTF file (see the module docstring)."""
    try:
        from striprtf.striprtf import rtf_to_text as strip
    except ImportError as exc:
        raise IngestError(f"RTF needs the striprtf package (pip install striprtf, or `make install`), "
                          f"not read: {source}", status="skipped") from exc
    m = re.search(rb"\\ansicpg(\d+)", data[:4096])
    encoding = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    prepared = accept_revisions(data, encoding)
    try:
        text = strip(prepared.decode("ascii"), errors="replace")
    except MemoryError:  # over --memory-limit: the worker reports it, not as a broken file
        raise
    except Exception as exc:  # striprtf raises plain exceptions on broken input
        raise IngestError(f"unreadable RTF ({type(exc).__name__}: {exc}): {source}") from exc
    title = ""
    t = re.search(rb"\{\\title ([^}]*)\}", data[:8192])
    if t:
        group = b"{\\rtf1 " + t.group(1) + b"}"
        title = strip(accept_revisions(group, encoding).decode("ascii"), errors="replace").strip()
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    return title, "\n\n".join(line for line in lines if line)


def accept_revisions(data: bytes, encoding: str = "cp1252") -> bytes:
    """RTF with deleted text dropped, footnotes moved to the end, cells as tabs and rows as lines,
    and every run of text and `\\'hh` bytes decoded here with `encoding` and written back as
    `\\uN` escapes (a Big5 or GBK character whose second byte is a printable ASCII letter is
    written half as `\\'hh`, half as text: striprtf would split it).

    Formatting state lives in groups: `\\deleted` holds until its group closes (or `\\deleted0`).
    A footnote group `{\\footnote ...}` (`{\\*\\footnote}` too) is cut out where it stands and
    appended before the document's closing brace as a paragraph of its own.
    """
    out: list[bytes] = []
    notes: list[list[bytes]] = []
    deleted = [False]
    note_depth: list[int] = []  # group depths of the footnotes being cut out
    sink = out
    depth = 0
    pending = bytearray()

    def flush() -> None:
        if pending:
            sink.append(escape(bytes(pending).decode(encoding, errors="replace")))
            pending.clear()

    uc = [1]  # \\ucN per group: how many fallback units follow each \\uN
    skip = 0  # fallback units still to drop after a \\uN
    for m in _RTF_TOKEN.finditer(data):
        tok = m.group(0)
        is_text = not tok.startswith((b"\\", b"{", b"}"))
        if skip and (is_text or tok.startswith(b"\\'") or _SYMBOL.fullmatch(tok)):
            if is_text and len(tok) > skip:
                tok, skip = tok[skip:], 0
            else:
                skip -= len(tok) if is_text else 1
                continue
        if is_text or tok.startswith(b"\\'"):
            if not deleted[-1]:
                pending.extend(tok if is_text else bytes([int(tok[2:4], 16)]))
            continue
        flush()
        skip = 0
        if tok == b"{":
            depth += 1
            deleted.append(deleted[-1])
            uc.append(uc[-1])
            sink.append(tok)
            continue
        if tok == b"}":
            if len(uc) > 1:
                uc.pop()
            sink.append(tok)
            if note_depth and depth == note_depth[-1]:
                note_depth.pop()
                sink = notes[-1] if note_depth else out
            depth -= 1
            if len(deleted) > 1:
                deleted.pop()
            continue
        word = _WORD.match(tok)
        if word:
            name, arg = word.group(1), word.group(2)
            if name in (b"deleted", b"v"):  # \\v: hidden text, which Word neither shows nor prints
                deleted[-1] = arg != b"0"
                continue
            if name == b"plain":  # character formatting back to the defaults
                deleted[-1] = False
            if name == b"uc" and arg is not None:
                uc[-1] = int(arg)
            if name == b"u" and arg is not None:
                # a Unicode character (negative: the upper half of the 16-bit range), then uc[-1]
                # fallback bytes for readers without Unicode, which are dropped here
                skip = uc[-1]
                if not deleted[-1]:
                    code = int(arg) % 65536
                    sink.append(escape(chr(code)) if not 0xD800 <= code < 0xE000 else b"")
                continue
            if name == b"footnote":
                notes.append([b"{\\par "])
                note_depth.append(depth)
                if sink and sink[-1] == b"{":  # the group opened just before belongs to the note
                    sink.pop()
                elif sink[-2:] == [b"{", b"\\*"]:
                    del sink[-2:]
                sink = notes[-1]
                continue
            if name in (b"cell", b"nestcell"):
                tok = b"\\tab "
            elif name in (b"row", b"nestrow"):
                tok = b"\\par "
            elif deleted[-1] and name in (b"u", b"par", b"line", b"tab"):
                continue
            sink.append(tok)
            continue
        if deleted[-1] and tok != b"\\*":
            continue  # control symbols (\\~, \\-) under \\deleted
        sink.append(tok)
    flush()
    body = b"".join(out)
    if notes:
        end = body.rstrip().rfind(b"}")
        extra = b"".join(b"".join(n) + b"\\par " for n in notes)
        body = body[:end] + extra + body[end:] if end >= 0 else body + extra
    return body


def escape(text: str) -> bytes:
    """Text as RTF: ASCII as is (RTF's own specials escaped), anything else as {\\uc1\\uN?}."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif code < 128:
            out.append(ch)
        else:
            units = [code] if code < 0x10000 else [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + (code & 0x3FF)]
            out.append("".join(f"{{\\uc1\\u{u - 65536 if u > 32767 else u}?}}" for u in units))
    return "".join(out).encode("ascii")
