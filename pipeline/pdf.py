"""PDF file → text with page spans (pdfplumber text layer)."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import IngestError
from pipeline.ingest import first_line, normalize_text
from pipeline.records import PageSpan


def pdf_to_text(path: Path, source: str, password: str | None) -> tuple[str, str, tuple[PageSpan, ...]]:
    """Text layer of a PDF, page by page (pdfplumber), with the span of every page."""
    import pdfplumber

    head = path.read_bytes()[:1024]
    if b"%PDF" not in head:
        raise IngestError(f"not a PDF (no %PDF header) despite the .pdf name: {source}")
    try:
        pdf = pdfplumber.open(path, password=password or "")
    except Exception as exc:
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name or "password" in str(exc).lower():
            raise IngestError(f"password-protected PDF: {source} (supply it with --password)",
                              status="encrypted") from exc
        raise IngestError(f"unreadable PDF ({name}: {exc}): {source}") from exc
    chunks: list[str] = []
    spans: list[PageSpan] = []
    pos = 0
    try:
        with pdf:
            title = str((pdf.metadata or {}).get("Title") or "")
            for number, page in enumerate(pdf.pages, start=1):
                page_text = normalize_text(page.extract_text() or "").strip()
                piece = page_text + "\n\n"
                spans.append(PageSpan(number, pos, pos + len(piece)))
                chunks.append(piece)
                pos += len(piece)
    except IngestError:
        raise
    except Exception as exc:
        name = type(exc).__name__
        if "Password" in name or "password" in str(exc).lower():
            raise IngestError(f"password-protected PDF: {source} (supply it with --password)",
                              status="encrypted") from exc
        raise IngestError(f"unreadable PDF ({name}: {exc}): {source}") from exc
    text = "".join(chunks)
    return title or first_line(text), text, tuple(spans)
