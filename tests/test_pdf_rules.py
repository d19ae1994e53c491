"""pipeline.ingest.pdf.rules: the ruled-table finder gives pdfplumber's TableFinder's tables, cell for cell."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pdfplumber.table as plumber
import pytest

from pipeline.ingest.pdf.rules import (
    EdgePage, edges_to_intersections, intersections_to_cells, may_hold_table, path_edges, path_objects,
    pdfium_table_grids, table_edges,
)


def pdfplumber_edges(edges: list[dict[str, Any]], width: float, height: float) -> list[dict[str, Any]]:
    finder = plumber.TableFinder.__new__(plumber.TableFinder)
    finder.page, finder.settings = EdgePage(edges, width, height), plumber.TableSettings.resolve(None)  # type: ignore[assignment]
    return finder.get_edges()


def pdfplumber_tables(edges: list[dict[str, Any]], width: float, height: float) -> list[list[list[Any]]]:
    finder = plumber.TableFinder(EdgePage(edges, width, height))  # type: ignore[arg-type]
    return [[list(row.cells) for row in t.rows] for t in finder.tables]


def grid_edges(rng: random.Random) -> list[dict[str, Any]]:
    """Rules of a few random grids (some cells merged: a rule left out), plus stray short rules."""
    edges: list[dict[str, Any]] = []

    def edge(x0: float, top: float, x1: float, bottom: float) -> None:
        w, h = x1 - x0, bottom - top
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": w, "height": h,
                      "orientation": "h" if h < 0.5 else "v", "object_type": "line"})

    for _ in range(rng.randint(1, 3)):
        left, top = rng.uniform(20, 300), rng.uniform(20, 600)
        xs = [left]
        for _ in range(rng.randint(1, 5)):
            xs.append(xs[-1] + rng.choice([30.0, 45.5, 60.25]))
        ys = [top]
        for _ in range(rng.randint(1, 6)):
            ys.append(ys[-1] + rng.choice([12.0, 14.5, 20.0]))
        for y in ys:
            for a, b in zip(xs, xs[1:]):
                if rng.random() > 0.1:
                    edge(a, y, b, y + rng.choice([0.0, 0.2]))
        for x in xs:
            for a, b in zip(ys, ys[1:]):
                if rng.random() > 0.1:
                    edge(x + rng.choice([0.0, 0.3]), a, x, b)
    for _ in range(rng.randint(0, 6)):
        x, y = rng.uniform(0, 500), rng.uniform(0, 700)
        edge(x, y, x + rng.uniform(1, 80), y)
    return edges


@pytest.mark.parametrize("seed", range(40))
def test_cells_are_pdfplumbers(seed: int) -> None:
    edges = grid_edges(random.Random(seed))
    assert table_edges(edges) == pdfplumber_edges(edges, 600, 800)
    edges = table_edges(edges)
    crossings = edges_to_intersections(edges, 3, 3)
    assert crossings == plumber.edges_to_intersections(edges, 3, 3)
    assert intersections_to_cells(crossings) == plumber.intersections_to_cells(crossings)


def test_real_pages_give_pdfplumbers_tables(shared_dir: Path) -> None:
    """Every page of a form-heavy real PDF: the same grids as pdfplumber's own TableFinder."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(str(shared_dir / "realworld" / "pdfs" / "chelsea_pdta.pdf"))
    checked = 0
    try:
        for k in range(len(doc)):
            page = doc[k]
            paths = path_objects(page, raw)
            if not (paths and may_hold_table(paths, raw)):
                continue
            left, bottom, right, top = page.get_mediabox()
            media = (left, bottom, right, top)
            edges = path_edges(paths, raw, 0, media)
            assert table_edges(edges) == pdfplumber_edges(edges, right - left, top - bottom)
            ours = [grid.rows for grid in pdfium_table_grids(paths, raw, 0, media, right - left, top - bottom)]
            theirs = [rows for rows in pdfplumber_tables(edges, right - left, top - bottom)
                      if len(rows) >= 2 and max(len(r) for r in rows) >= 2]
            assert ours == theirs, f"page {k + 1}"
            checked += bool(ours)
            page.close()
    finally:
        doc.close()
    assert checked >= 20  # the PDF's forms: tables on most pages
