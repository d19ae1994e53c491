"""A ruled table that frames rows aligned by whitespace → the same table with those rows as rows.

Some statements draw rules round the header and a single frame round the body: pdfplumber's
table finder sees one body cell holding every row. The rows inside are found as in a table
without rules (`pipeline.ingest.pdf.unruled`) and cut at the header's column edges.
"""

from __future__ import annotations

from itertools import pairwise

from pipeline.ingest.pdf.layout import Box, TableGrid, build_lines
from pipeline.ingest.pdf.unruled import MIN_ROWS, header_cells, visual_rows


def unframe(grid: TableGrid, cells: list[list[list[int] | None]], chars: str, boxes: list[Box]) -> TableGrid | None:
    """A ruled table whose rules draw only the header and a frame round the body (a statement of
    expenditure): each body cell across the full width holding rows of figures becomes those rows,
    cut at the header's column edges. None when the table is not such a frame."""
    n = len(grid.rows[0]) if grid.rows else 0
    if n < 2 or any(len(row) != n for row in grid.rows):
        return None
    xs = []
    for c in range(n):
        lefts = [cell[0] for cell in (row[c] for row in grid.rows) if cell is not None]
        if not lefts:
            return None
        xs.append(min(lefts))
    xs.append(grid.bbox[2])
    if any(b <= a for a, b in pairwise(xs)):
        return None
    width = grid.bbox[2] - grid.bbox[0]
    out: list[list[Box | None]] = []
    changed = False
    for row, glyphs in zip(grid.rows, cells):
        box = row[0]
        spanning = box is not None and all(b is None for b in row[1:]) and box[2] - box[0] > 0.9 * width
        idx = glyphs[0] if spanning else None
        rows = visual_rows(build_lines(chars, boxes, idx), chars, boxes) if idx else []
        if box is None or sum(1 for r in rows if r.data()) < MIN_ROWS:
            out.append(row)
            continue
        changed = True
        top, bottom = box[1], box[3]
        ys = [top] + [(a.bottom + b.top) / 2 for a, b in pairwise(rows)] + [bottom]
        for k, r in enumerate(rows):
            out.append(header_cells(r, xs, ys[k], ys[k + 1]))
    return TableGrid(grid.bbox, out, grid.ruled) if changed else None
