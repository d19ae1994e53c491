"""Positioned glyphs of PDF pages → lines, margins, columns; and the boxes of a text span.

Engine-independent and pure: both PDF engines (pdfplumber, pypdfium2) hand over the same
`RawPage` (glyphs in content-stream order with boxes in PDF points, origin top-left). Steps here:
glyphs → line segments → running headers/footers/page numbers and sideways text marked (kept as
blocks, left out of the text) → column gutters → reading order. `pipeline.ingest.pdf.reading` turns the
ordered lines into text; `span_boxes` maps a text span back to boxes on the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate

from pipeline.records import BoxRun

Box = tuple[float, float, float, float]
_PAGE_NUMBER = re.compile(r"(?i)(?:page\s*)?[-–—]?\s*(?:\d{1,5}|[ivxlc]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?")
_WHITESPACE = frozenset(" \t\r\n\x0b\x0c\xa0\u202f\u205f\u3000") | frozenset(map(chr, range(0x2000, 0x200b)))


@dataclass
class RawPage:
    """One page as an engine sees it: glyph text (one char per box) and page size."""

    number: int
    width: float
    height: float
    chars: str
    boxes: list[Box]
    tables: list[TableGrid] = field(default_factory=list)
    rotated: set[int] = field(default_factory=set)  # glyphs not set upright (margin tabs, axis labels)


@dataclass
class TableGrid:
    """A table the table finder located: its box and the cell boxes row by row (None = merged)."""

    bbox: Box
    rows: list[list[Box | None]]
    ruled: bool = True  # False: found from the alignment of the text (pipeline.ingest.pdf.unruled)
    header: int = 0  # rows of its own stacked header (unruled tables)
    header_from: int = -1  # continues the table of that index on the page before, under its header


@dataclass
class Line:
    idx: list[int]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    spaces: set[int] = field(default_factory=set)  # positions in idx preceded by a word gap
    kind: str = "text"
    gapped: bool = False  # a row of an unruled table (see join_rows), not prose
    table: int = -1

    def absorb(self, other: Line, gap: bool) -> None:
        """Append `other` (a fragment on the same baseline, to the right), with a word gap if `gap`."""
        if gap:
            self.spaces.add(len(self.idx))
        self.spaces.update(len(self.idx) + k for k in other.spaces)
        self.idx.extend(other.idx)
        self.x1 = max(self.x1, other.x1)
        self.top, self.bottom = min(self.top, other.top), max(self.bottom, other.bottom)
        self.size = max(self.size, other.size)

    def text(self, chars: str) -> str:
        parts = [chars[i] for i in self.idx]
        for k in self.spaces:
            parts[k] = " " + parts[k]
        return "".join(parts)


# -- glyphs → lines -------------------------------------------------------------------------------

def build_lines(chars: str, boxes: list[Box], only: list[int] | None = None,
                skip: set[int] | None = None) -> list[Line]:
    """Group glyphs (stream order) into line segments; a big horizontal jump starts a new segment.

    The hot loop of PDF ingest: the current segment lives in locals, not in its Line.
    """
    lines: list[Line] = []
    idx: list[int] | None = None
    spaces: set[int] = set()
    lx0 = ltop = lx1 = lbottom = size = 0.0
    pending = False
    for i in range(len(chars)) if only is None else only:
        c = chars[i]
        if c in _WHITESPACE:
            pending = True
            continue
        if skip and i in skip:
            continue
        x0, top, x1, bottom = boxes[i]
        h = bottom - top
        if idx is not None:
            small = h if h < size else size
            overlap = (bottom if bottom < lbottom else lbottom) - (top if top > ltop else ltop)
            gap = x0 - lx1
            if overlap > 0.5 * small and -0.6 * size < gap < 0.8 * (h if h > size else size):
                # a small glyph (footnote marker) counts as glued unless really apart: pdfium
                # often reports a space before a superscript
                if (pending or gap > 0.2 * small) if h > 0.75 * size else gap > 0.3 * size:
                    spaces.add(len(idx))
                idx.append(i)
                if x1 > lx1:
                    lx1 = x1
                if h > size:
                    size = h
                    ltop = top if top < ltop else ltop
                    lbottom = bottom if bottom > lbottom else lbottom
                pending = False
                continue
            lines.append(Line(idx, lx0, ltop, lx1, lbottom, size, spaces))
        idx, spaces = [i], set()
        lx0, ltop, lx1, lbottom, size = x0, top, x1, bottom, h
        pending = False
    if idx is not None:
        lines.append(Line(idx, lx0, ltop, lx1, lbottom, size, spaces))
    return merge_segments(lines)


def merge_segments(lines: list[Line]) -> list[Line]:
    """Pieces of one visual line that the content stream split (footnote markers, kerning runs)."""
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None:
            overlap = min(ln.bottom, prev.bottom) - max(ln.top, prev.top)
            gap = ln.x0 - prev.x1
            h = max(ln.size, prev.size)
            if overlap > 0.5 * min(ln.size, prev.size) and -0.2 * h < gap < 0.5 * h:
                prev.absorb(ln, gap > 0.2 * min(ln.size, prev.size))
                continue
        out.append(ln)
    out.sort(key=lambda ln: (ln.top, ln.x0))
    return out


# -- running headers, footers and page numbers ----------------------------------------------------

def margin_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text.lower()))


def mark_margins(pages: list[RawPage], page_lines: list[list[Line]]) -> None:
    """Set kind header/footer/page_number on lines repeated in the page margins across pages."""
    zones: list[tuple[list[Line], list[Line]]] = []
    counts: Counter[str] = Counter()
    for page, lines in zip(pages, page_lines):
        h = page.height
        top_zone = [ln for k, ln in enumerate(lines) if ln.bottom < (0.14 * h if k < 4 else 0.08 * h)]
        bottom_zone = [ln for k, ln in enumerate(lines)
                       if ln.top > (0.86 * h if k >= len(lines) - 4 else 0.92 * h)]
        zones.append((top_zone, bottom_zone))
        counts.update({margin_key(ln.text(page.chars)) for ln in top_zone + bottom_zone})
    n = len(pages)
    need = max(2, int(0.4 * n + 0.5))
    for page, (top_zone, bottom_zone) in zip(pages, zones):
        for zone, kind in ((top_zone, "header"), (bottom_zone, "footer")):
            outer = zone[0] if kind == "header" and zone else (zone[-1] if zone else None)
            for ln in zone:
                text = ln.text(page.chars).strip()
                if _PAGE_NUMBER.fullmatch(text) and (ln is outer or n > 1):
                    ln.kind = "page_number"
                elif n >= 2 and counts[margin_key(text)] >= need and len(text) > 1:
                    ln.kind = kind


def mark_vertical(lines: list[Line]) -> None:
    """Text set sideways (a margin tab, a rotated axis label) arrives as a stack of one-glyph lines."""
    singles: dict[int, list[Line]] = {}
    for ln in lines:
        if len(ln.idx) == 1 and ln.kind == "text":
            singles.setdefault(round((ln.x0 + ln.x1) / 2), []).append(ln)
    for stack in singles.values():
        if len(stack) >= 3:
            for ln in stack:
                ln.kind = "rotated"


# -- columns ---------------------------------------------------------------------------------------

def find_gutters(lines: list[Line], width: float) -> list[float]:
    """x positions of vertical white gaps that split the body into text columns."""
    body = [ln for ln in lines if ln.kind == "text"]
    if len(body) < 6:
        return []
    left = min(ln.x0 for ln in body)
    right = max(ln.x1 for ln in body)
    span = right - left
    if span < 200:
        return []
    delta = [0] * (int(right - left) + 3)
    for ln in body:
        delta[int(ln.x0 - left)] += 1
        delta[int(ln.x1 - left) + 1] -= 1
    cover = list(accumulate(delta))
    limit = max(1, len(body) // 20)
    gutters: list[float] = []
    x = int(0.15 * span)
    while x < int(0.85 * span):
        if cover[x] <= limit:
            start = x
            while x < len(cover) and cover[x] <= limit:
                x += 1
            if x - start >= 6:
                gutters.append(left + (start + x) / 2)
        x += 1
    # a wide word gap is no gutter (judged alone); a gutter of three columns is judged with the other
    keep = [g for g in gutters if columns_are_text(body, [g], g) or columns_are_text(body, gutters, g)]
    return [g for g in keep if columns_are_text(body, keep, g)]


def columns_are_text(body: list[Line], gutters: list[float], g: float) -> bool:
    """A gap between table columns is no gutter: text columns are wide and their lines fill them."""
    edges = [min(ln.x0 for ln in body)] + sorted(gutters) + [max(ln.x1 for ln in body)]
    k = edges.index(g)
    for lo, hi in ((edges[k - 1], g), (g, edges[k + 1])):
        rows: list[list[float]] = []  # [top, bottom, x0, x1] of each row: widely spaced words join
        for ln in sorted((ln for ln in body if ln.x0 >= lo - 1 and ln.x1 <= hi + 1), key=lambda ln: ln.top):
            if rows and ln.top < rows[-1][1] - 0.5 * ln.size:
                row = rows[-1]
                row[1], row[2], row[3] = max(row[1], ln.bottom), min(row[2], ln.x0), max(row[3], ln.x1)
            else:
                rows.append([ln.top, ln.bottom, ln.x0, ln.x1])
        if hi - lo < 100 or len(rows) < 3:
            return False
        widths = sorted(r[3] - r[2] for r in rows)
        if widths[len(widths) // 2] < 0.6 * (hi - lo):
            return False
    return True


def reading_order(lines: list[Line], gutters: list[float]) -> list[list[Line]]:
    """Columns of each horizontal section, left to right; a line across a gutter ends a section."""
    edges = sorted(gutters)
    groups: list[list[Line]] = []
    section: list[list[Line]] = [[] for _ in range(len(edges) + 1)]

    def flush() -> None:
        for col in section:
            if col:
                groups.append(list(col))
                col.clear()

    spanning = False
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        crossing = ln.kind == "table" or any(ln.x0 < g - 2 and ln.x1 > g + 2 for g in edges)
        if crossing:
            flush()
            if spanning and ln.kind != "table" and groups[-1][-1].kind != "table":
                groups[-1].append(ln)
            else:
                groups.append([ln])
            spanning = True
            continue
        spanning = False
        col = sum(1 for g in edges if ln.x0 >= g)
        section[col].append(ln)
    flush()
    return [join_rows(g) if len(g) > 1 else g for g in groups]


def join_rows(group: list[Line]) -> list[Line]:
    """Within one column, segments side by side on the same row are one line (wide word gaps)."""
    out: list[Line] = []
    worded: dict[int, bool] = {}  # a segment of several words
    wide: dict[int, bool] = {}  # a gap of more than two em between segments
    for ln in sorted(group, key=lambda ln: (ln.top, ln.x0)):
        prev = out[-1] if out else None
        if prev is not None and ln.kind == prev.kind == "text" and ln.x0 >= prev.x1 - 1 and \
                min(ln.bottom, prev.bottom) - max(ln.top, prev.top) > 0.5 * min(ln.size, prev.size):
            # a stretched justified line splits between single words; a table row has cells of
            # several words with wide gaps between them
            key = id(prev)
            worded[key] = worded.get(key, bool(prev.spaces)) or bool(ln.spaces)
            wide[key] = wide.get(key, False) or ln.x0 - prev.x1 > 2 * max(ln.size, prev.size)
            prev.gapped = prev.gapped or ln.gapped or (worded[key] and wide[key])
            prev.absorb(ln, True)
            continue
        out.append(ln)
    return out


# -- boxes of a span -----------------------------------------------------------------------------------

def span_boxes(runs: tuple[BoxRun, ...] | list[BoxRun], start: int, end: int,
               starts: list[int] | None = None) -> list[tuple[int, Box]]:
    """(page, [x0, top, x1, bottom]) of the characters [start, end), one box per line they cross.

    `runs` are sorted by start; spaces at either end of a line's piece are left out of its box.
    """
    import bisect

    out: list[tuple[int, Box]] = []
    if starts is None:  # pass [r.start for r in runs] when asking for many spans
        starts = [r.start for r in runs]
    k = max(0, bisect.bisect_right(starts, start) - 1) if runs else 0
    while k < len(runs) and runs[k].start < end:
        run = runs[k]
        k += 1
        s, e = max(start, run.start), min(end, run.end)
        if s >= e:
            continue
        xs = run.xs[2 * (s - run.start):2 * (e - run.start)]
        if not xs:
            continue
        out.append((run.page, (min(xs[0::2]), run.top, max(xs[1::2]), run.bottom)))
    return out
