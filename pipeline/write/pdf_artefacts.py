"""PDF layout and tables → the OUT/layout/<doc_id>.json and OUT/pdf_tables/ artefacts and their index."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.fileio import write_text_atomic
from pipeline.ingest import layout_from_json, layout_json
from pipeline.records import Document, DocumentResult, PdfTable

# -- artefacts ---------------------------------------------------------------------------------------

INDEX_COLUMNS = ("doc_id", "source", "page", "n", "file", "rows", "cols", "header_rows",
                 "x0", "top", "x1", "bottom")


def table_csv(table: PdfTable) -> str:
    width = max((c.col for row in table.rows for c in row), default=-1) + 1
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in table.rows:
        cells = [""] * width
        for c in row:
            cells[c.col] = c.text
        writer.writerow(cells)
    return buf.getvalue()


def table_index_rows(document: Document) -> list[dict[str, Any]]:
    # imported here: the run's own process imports this module to write the tables, and must not load the
    # rule modules through normalize (only the workers, which call this, need them: issue 15)
    from pipeline.normalize import header_rows

    layout = document.layout
    if layout is None:
        return []
    rows = []
    for t in layout.tables:
        rows.append({"doc_id": document.doc_id, "source": document.source, "page": t.page, "n": t.n,
                     "file": f"pdf_tables/{document.doc_id}_p{t.page}_{t.n}.csv", "rows": len(t.rows),
                     "cols": max((c.col for row in t.rows for c in row), default=-1) + 1,
                     "header_rows": header_rows(t), "x0": t.bbox[0], "top": t.bbox[1], "x1": t.bbox[2],
                     "bottom": t.bbox[3]})
    return rows


def save_pdf_artefacts(out: Path, document: Document) -> Document:
    """Write OUT/layout/<doc_id>.json and OUT/pdf_tables/<doc_id>_p<page>_<n>.csv; return the
    document without its (heavy) layout, which only normalize needs."""
    if document.layout is None:
        return document

    write_text_atomic(out / "layout" / f"{document.doc_id}.json", layout_json(document))
    for t in document.layout.tables:
        write_text_atomic(out / "pdf_tables" / f"{document.doc_id}_p{t.page}_{t.n}.csv", table_csv(t))
    write_text_atomic(out / "pdf_tables" / f"{document.doc_id}.index.json",
                      json.dumps(table_index_rows(document), ensure_ascii=False))
    return replace(document, layout=None)


def write_pdf_table_index(out: Path, results: Iterable[DocumentResult]) -> int:
    """OUT/pdf_tables.csv: one row per PDF table of the run's documents, in source order."""

    rows: list[dict[str, Any]] = []
    results = [r for r in results if r.document.format == "pdf" and r.document.status == "ok"]
    if not results:
        return 0
    for r in sorted(results, key=lambda r: r.document.source):
        path = out / "pdf_tables" / f"{r.document.doc_id}.index.json"
        if not path.exists():
            continue
        for row in json.loads(path.read_text("utf-8")):
            rows.append(dict(row, source=r.document.source))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=INDEX_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    target = out / "pdf_tables.csv"
    if not target.exists() or target.read_text("utf-8") != buf.getvalue():  # an unchanged run rewrites nothing
        write_text_atomic(target, buf.getvalue())
    return len(rows)


def load_layout(out: Path, doc_id: str) -> Any:
    """The PdfLayout a staged `ingest` wrote, for `tables` to fill boxes; None when absent."""
    path = out / "layout" / f"{doc_id}.json"
    if not path.exists():
        return None
    return layout_from_json(path.read_text("utf-8"))
