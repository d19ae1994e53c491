"""PDF file → reading-order text with page spans and a `PdfLayout` (char boxes, blocks, tables).

One interface over two engines (`pipeline.ingest.pdf.engines`): the engine supplies positioned glyphs,
`pipeline.ingest.pdf.layout` and `pipeline.ingest.pdf.reading` turn them into text the same way for both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.errors import IngestError
from pipeline.ingest.text import first_line
from pipeline.ingest.pdf.engines import ENGINES, read_pdf
from pipeline.ingest.pdf.layout import span_boxes
from pipeline.ingest.pdf.reading import layout_document
from pipeline.records import BoxRun, Document, LayoutBlock, PageSpan, PdfLayout, PdfTable, TableCell

DEFAULT_ENGINE = "pdfium"


def pdf_to_text(path: Path, source: str, password: str | None, engine: str = DEFAULT_ENGINE
                ) -> tuple[str, str, tuple[PageSpan, ...], PdfLayout]:
    """(title, text, page spans, layout) of a PDF; pages are separated by a blank line."""
    with path.open("rb") as fh:  # not read_bytes(): a PDF may be hundreds of MB
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise IngestError(f"not a PDF (no %PDF header) despite the .pdf name: {source}")
    title, pages = read_pdf(path, source, password, engine)
    results = layout_document(pages)
    chunks: list[str] = []
    spans: list[PageSpan] = []
    runs: list[BoxRun] = []
    blocks: list[LayoutBlock] = []
    tables: list[PdfTable] = []
    pos = 0
    for page, res in zip(pages, results):
        piece = res.text.strip("\n") + "\n\n"
        lead = len(res.text) - len(res.text.lstrip("\n"))
        shift = pos - lead
        spans.append(PageSpan(page.number, pos, pos + len(piece)))
        runs += [BoxRun(page.number, start + shift, end + shift, top, bottom, xs)
                 for start, end, top, bottom, xs in res.runs]
        for b in res.blocks:
            moved = (b.start + shift, b.end + shift) if b.start >= 0 else (-1, -1)
            blocks.append(LayoutBlock(b.page, b.kind, b.text, b.x0, b.top, b.x1, b.bottom, *moved))
        tables += page_tables(page.number, page.tables, res.cells, res.text, shift)
        chunks.append(piece)
        pos += len(piece)
    text = "".join(chunks)
    layout = PdfLayout(tuple(runs), tuple(blocks), tuple(tables), engine)
    return title or first_line(text), text, tuple(spans), layout


def page_tables(page: int, grids: list[Any], cells: list[tuple[int, int, int, int, int]], text: str,
                shift: int) -> list[PdfTable]:
    out = []
    for t, grid in enumerate(grids):
        rows: dict[int, list[TableCell]] = {}
        for tt, r, c, s, e in cells:
            if tt == t:
                rows.setdefault(r, []).append(TableCell(r, c, text[s:e], s + shift, e + shift))
        bbox = tuple(round(v, 2) for v in grid.bbox)
        out.append(PdfTable(page, t + 1, bbox, tuple(tuple(rows[r]) for r in sorted(rows)),  # type: ignore[arg-type]
                            grid.ruled, grid.header_from + 1))
    return out


def box_fields(document: Document, start: int, end: int, starts: list[int] | None = None) -> dict[str, Any]:
    """bbox (JSON list of [x0, top, x1, bottom] per line crossed) and the first box's edges."""
    layout = document.layout
    if layout is None or not layout.runs:
        return {}
    boxes = span_boxes(layout.runs, start, end, starts)
    if not boxes:
        return {}
    first_page = boxes[0][0]
    # rounded to 0.01 pt, as in OUT/layout/*.json, so the staged `tables` command gives the same cells
    same = [[round(v, 2) for v in b] for p, b in boxes if p == first_page]
    x0, top, x1, bottom = same[0]
    return {"bbox": json.dumps(same), "x0": x0, "top": top, "x1": x1, "bottom": bottom}


def with_boxes(document: Document, records: list[Any]) -> list[Any]:
    """Rows of a PDF with their boxes filled in (other documents' rows unchanged)."""
    if document.layout is None or not document.layout.runs:
        return records
    from dataclasses import replace

    starts = [run.start for run in document.layout.runs]
    return [replace(r, **box_fields(document, r.start, r.end, starts)) for r in records]


def layout_json(document: Document) -> str:
    """The OUT/layout/<doc_id>.json artefact: blocks (with dropped headers/footers), tables, runs."""
    layout = document.layout
    if layout is None:
        return ""
    payload = {
        "doc_id": document.doc_id, "source": document.source, "engine": layout.engine,
        "blocks": [{"page": b.page, "kind": b.kind, "text": b.text, "bbox": [b.x0, b.top, b.x1, b.bottom],
                    "start": b.start, "end": b.end} for b in layout.blocks],
        "tables": [{"page": t.page, "n": t.n, "bbox": list(t.bbox), "ruled": t.ruled,
                    "rows": [[[c.col, c.text, c.start, c.end] for c in row] for row in t.rows],
                    **({"header_from": t.header_from} if t.header_from else {})}
                   for t in layout.tables],
        "runs": [[r.page, r.start, r.end, round(r.top, 2), round(r.bottom, 2), [round(x, 2) for x in r.xs]]
                 for r in layout.runs],
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _block_from_json(b: dict[str, Any]) -> LayoutBlock:
    x0, top, x1, bottom = b["bbox"]
    return LayoutBlock(b["page"], b["kind"], b["text"], x0, top, x1, bottom, b["start"], b["end"])


def layout_from_json(raw: str) -> PdfLayout:
    d = json.loads(raw)
    blocks = tuple(_block_from_json(b) for b in d["blocks"])
    tables = tuple(PdfTable(t["page"], t["n"], tuple(t["bbox"]),
                            tuple(tuple(TableCell(r, c, text, s, e) for c, text, s, e in row)
                                  for r, row in enumerate(t["rows"])), t.get("ruled", True),
                            t.get("header_from", 0))
                   for t in d["tables"])
    runs = tuple(BoxRun(p, s, e, top, bottom, tuple(xs)) for p, s, e, top, bottom, xs in d["runs"])
    return PdfLayout(runs, blocks, tables, d.get("engine", ""))


__all__ = ["DEFAULT_ENGINE", "ENGINES", "box_fields", "layout_from_json", "with_boxes", "layout_json", "pdf_to_text"]
