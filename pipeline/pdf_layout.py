"""Positioned characters of PDF pages → reading-order text, char boxes and layout blocks.

Engine-independent and pure: both PDF engines (pdfplumber, pypdfium2) hand over the same
`RawPage` (glyphs in content-stream order with boxes in PDF points, origin top-left) and get the
same text back. Steps: glyphs → lines → running headers/footers/page numbers dropped (but kept as
blocks) → columns → paragraphs with de-hyphenation → text with a box for every character.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field

from pipeline.records import BoxRun, LayoutBlock

Box = tuple[float, float, float, float]
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
HYPHENS = {"\x02": "-", "\xad": "-", "\u2010": "-", "\u2011": "-", "\ufffe": "-"}
_PAGE_NUMBER = re.compile(r"(?i)(?:page\s*)?[-–—]?\s*(?:\d{1,5}|[ivxlc]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?")
_WHITESPACE = frozenset(" \t\r\n\x0b\x0c\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_COMPOUND = re.compile(r"[A-Za-z]+-[A-Za-z]+")
_UNITS_BEFORE_POWER = {"m", "km", "cm", "mm", "ft", "sq", "metre", "meter", "metres", "meters"}


@dataclass
class RawPage:
    """One page as an engine sees it: glyph text (one char per box) and page size."""

    number: int
    width: float
    height: float
    chars: str
    boxes: list[Box]
    tables: list["TableGrid"] = field(default_factory=list)
    rotated: set[int] = field(default_factory=set)  # glyphs not set upright (margin tabs, axis labels)


@dataclass
class TableGrid:
    """A table the table finder located: its box and the cell boxes row by row (None = merged)."""

    bbox: Box
    rows: list[list[Box | None]]


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
    table: int = -1

    def text(self, chars: str) -> str:
        parts = [chars[i] for i in self.idx]
        for k in self.spaces:
            parts[k] = " " + parts[k]
        return "".join(parts)


@dataclass
class PageText:
    """Layout result of one page: text (offsets local to the page), box runs and blocks."""

    text: str
    runs: list[BoxRun]
    blocks: list[LayoutBlock]


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
    return merge_segments(lines, boxes)


def merge_segments(lines: list[Line], boxes: list[Box]) -> list[Line]:
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
                if gap > 0.2 * min(ln.size, prev.size):
                    prev.spaces.add(len(prev.idx))
                prev.spaces.update(len(prev.idx) + k for k in ln.spaces)
                prev.idx.extend(ln.idx)
                prev.x1 = max(prev.x1, ln.x1)
                prev.top, prev.bottom = min(prev.top, ln.top), max(prev.bottom, ln.bottom)
                prev.size = max(prev.size, ln.size)
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
    for ln in sorted(group, key=lambda ln: (ln.top, ln.x0)):
        prev = out[-1] if out else None
        if prev is not None and ln.kind == prev.kind == "text" and ln.x0 >= prev.x1 - 1 and \
                min(ln.bottom, prev.bottom) - max(ln.top, prev.top) > 0.5 * min(ln.size, prev.size):
            prev.spaces.add(len(prev.idx))
            prev.spaces.update(len(prev.idx) + k for k in ln.spaces)
            prev.idx.extend(ln.idx)
            prev.x1 = max(prev.x1, ln.x1)
            prev.top, prev.bottom = min(prev.top, ln.top), max(prev.bottom, ln.bottom)
            prev.size = max(prev.size, ln.size)
            continue
        out.append(ln)
    return out


# -- lines → text with a box per character ---------------------------------------------------------

LIGATURES = {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")
_HYPHEN_TABLE = str.maketrans(HYPHENS)
_DIGITS = frozenset("0123456789")


def render_line(ln: Line, chars: str, boxes: list[Box], markers: list[tuple[str, Box]]
                ) -> tuple[str, list[float]]:
    """Text of a line and x0, x1 per output character; footnote markers go to `markers`."""
    idx = ln.idx
    text = "".join([chars[i] for i in idx]).translate(_HYPHEN_TABLE)
    bx = [boxes[i] for i in idx]
    raised, small = ln.bottom - 0.25 * ln.size, 0.8 * ln.size
    if text.isprintable() and not _LIGATURE.search(text) and not any(
            c in _DIGITS and b[3] - b[1] < small and b[3] < raised for c, b in zip(text, bx)):
        xs = [v for b in bx for v in (b[0], b[2])]
        if not ln.spaces:
            return text, xs
        parts: list[str] = []
        out_xs: list[float] = []
        prev = 0
        for k in sorted(ln.spaces):
            if k == 0:
                continue
            parts += (text[prev:k], " ")
            out_xs += xs[2 * prev:2 * k]
            out_xs += (xs[2 * k - 1], xs[2 * k])
            prev = k
        parts.append(text[prev:])
        out_xs += xs[2 * prev:]
        return "".join(parts), out_xs
    return render_glyphs(ln, chars, boxes, markers)


def render_glyphs(ln: Line, chars: str, boxes: list[Box], markers: list[tuple[str, Box]]
                  ) -> tuple[str, list[float]]:
    """render_line glyph by glyph: footnote markers, ligatures, control characters."""
    out: list[str] = []
    xs: list[float] = []
    raised = ln.bottom - 0.25 * ln.size
    k_marker: list[int] = []
    for k, i in enumerate(ln.idx):
        c = chars[i]
        x0, top, x1, bottom = boxes[i]
        if k in ln.spaces and out:
            out.append(" ")
            xs += (xs[-1], x0)
        if bottom - top < 0.8 * ln.size and bottom < raised and c.isdigit() and out and out[-1] != " ":
            prev_word = "".join(out).rsplit(" ", 1)[-1]
            if k_marker and k_marker[-1] == k - 1:
                pass
            elif prev_word.lower().rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹") in _UNITS_BEFORE_POWER:
                out.append(c.translate(SUPERSCRIPT))
                xs += (x0, x1)
                continue
            elif not (prev_word[-1:].isalnum() or prev_word[-1:] in ".,;:)]\"'’”"):
                out.append(c)
                xs += (x0, x1)
                continue
            k_marker.append(k)
            if markers and k_marker[:-1] and k_marker[-2] == k - 1:
                text, box = markers[-1]
                markers[-1] = (text + c, (box[0], box[1], x1, box[3]))
            else:
                markers.append((c, (x0, top, x1, bottom)))
            continue
        c = HYPHENS.get(c, c)
        if c in LIGATURES:
            piece = LIGATURES[c]
            step = (x1 - x0) / len(piece)
            for j, p in enumerate(piece):
                out.append(p)
                xs += (x0 + j * step, x0 + (j + 1) * step)
            continue
        if not c.isprintable():
            continue
        out.append(c)
        xs += (x0, x1)
    return "".join(out), xs


@dataclass
class Emitter:
    """Accumulates page text, box runs and blocks; offsets are local to the page."""

    page: int
    parts: list[str] = field(default_factory=list)
    runs: list[BoxRun] = field(default_factory=list)
    blocks: list[tuple[str, int, int, Box]] = field(default_factory=list)
    cells: list[tuple[int, int, int, int, int]] = field(default_factory=list)  # table, row, col, start, end
    pos: int = 0
    compounds: set[str] = field(default_factory=set)  # hyphenated words the document spells within lines

    def sep(self, s: str, force: bool = False) -> None:
        if (self.pos or force) and s:
            self.parts.append(s)
            self.pos += len(s)

    def emit(self, text: str, xs: list[float], top: float, bottom: float) -> None:
        if not text:
            return
        self.parts.append(text)
        self.runs.append(BoxRun(self.page, self.pos, self.pos + len(text), top, bottom, tuple(xs)))
        self.pos += len(text)


def median(values: list[float], default: float) -> float:
    if not values:
        return default
    values = sorted(values)
    return values[len(values) // 2]


def emit_group(em: Emitter, group: list[Line], chars: str, boxes: list[Box],
               markers: list[tuple[str, Box]]) -> None:
    """One column (or spanning block) → paragraphs: lines joined, hyphenation undone."""
    rendered = [render_line(ln, chars, boxes, markers) for ln in group]
    col_x0 = min(ln.x0 for ln in group)
    col_x1 = max(ln.x1 for ln in group)
    pitch = median([b.top - a.top for a, b in zip(group, group[1:]) if b.top > a.top + 0.5 * a.size],
                   1.25 * group[0].size)
    em.sep("\n\n")
    para_start = em.pos
    para_box = [group[0].x0, group[0].top, group[0].x1, group[0].bottom]
    for k, (ln, (text, xs)) in enumerate(zip(group, rendered)):
        nxt = group[k + 1] if k + 1 < len(group) else None
        glue = ""
        if nxt is not None:
            ntext = rendered[k + 1][0]
            d = nxt.top - ln.top
            para = d > 1.5 * pitch or d < 0 or abs(nxt.size - ln.size) > 0.25 * ln.size
            # the line was broken on purpose when the next line's first word would have fitted
            nxs = rendered[k + 1][1]
            first = ntext.find(" ")
            word_w = (nxs[2 * first - 1] if first > 0 else nxs[-1]) - nxs[0] if nxs else 0.0
            full = ln.x1 + word_w + 0.6 * ln.size >= col_x1
            if para:
                glue = "\n\n"
            elif len(text) >= 2 and text[-1] in "-–" and text[-2].isalnum() and ntext[:1].isalnum():
                # 'innova-|tion' is one word; 'Shenzhen-|Hong Kong' and '737–|9' keep the dash
                if text[-1] == "-" and ntext[0].islower() and text[-2].islower() and \
                        compound(text, ntext) not in em.compounds:  # 'non-|normal' stays if spelt so
                    text, xs = text[:-1], xs[:-2]
            else:
                glue = " " if full else "\n"
        em.emit(text, xs, ln.top, ln.bottom)
        para_box = [min(para_box[0], ln.x0), para_box[1], max(para_box[2], ln.x1), ln.bottom]
        if glue == "\n\n" or nxt is None:
            em.blocks.append(("paragraph", para_start, em.pos, tuple(para_box)))  # type: ignore[arg-type]
        if nxt is not None:
            em.sep(glue)
            if glue == "\n\n":
                para_start = em.pos
                para_box = [nxt.x0, nxt.top, nxt.x1, nxt.bottom]


# -- tables ------------------------------------------------------------------------------------------

def cell_chars(chars: str, boxes: list[Box], grid: TableGrid) -> tuple[list[list[list[int]]], set[int]]:
    """Glyph indices of every cell (by glyph centre) and the set of all glyphs inside the table."""
    import bisect

    x0, top, x1, bottom = grid.bbox
    cells: list[list[list[int]]] = [[[] for _ in row] for row in grid.rows]
    inside: set[int] = set()
    flat = sorted(((b[1], r, c, b) for r, row in enumerate(grid.rows) for c, b in enumerate(row)
                   if b is not None), key=lambda t: t[0])
    tops = [t[0] for t in flat]
    tallest = max((b[3] - b[1] for _, _, _, b in flat), default=0.0)
    for i, ch in enumerate(chars):
        bx0, btop, bx1, bbottom = boxes[i]
        cx, cy = (bx0 + bx1) / 2, (btop + bbottom) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        inside.add(i)
        if ch.isspace():
            continue
        k = bisect.bisect_right(tops, cy)
        while k > 0 and tops[k - 1] >= cy - tallest:  # only cells that start above the glyph
            k -= 1
            _, r, c, (cx0, ctop, cx1, cbottom) = flat[k]
            if cx0 <= cx <= cx1 and ctop <= cy <= cbottom:
                if i and chars[i - 1].isspace():  # keeps the word gap the PDF spelt as a space
                    cells[r][c].append(i - 1)
                cells[r][c].append(i)
                break
    return cells, inside


def split_rows(cell_lines: list[list[list[Line]]]) -> list[list[list[Line]]]:
    """A row whose cells all hold k lines at the same heights is k rows (tables without rules)."""
    out: list[list[list[Line]]] = []
    for row in cell_lines:
        filled = [c for c in row if c]
        counts = {len(c) for c in filled}
        if len(filled) >= 2 and len(counts) == 1 and (k := counts.pop()) > 1:
            tops = [[ln.top for ln in c] for c in filled]
            if all(abs(t[j] - tops[0][j]) < 0.6 * filled[0][j].size for t in tops for j in range(k)):
                for j in range(k):
                    out.append([[c[j]] if c else [] for c in row])
                continue
        out.append(row)
    return out


def emit_table(em: Emitter, t: int, grid: TableGrid, cells: list[list[list[int]]], chars: str,
               boxes: list[Box], markers: list[tuple[str, Box]]) -> None:
    """Rows as lines of tab-separated cells; every cell's offsets are recorded."""
    cell_lines = [[build_lines(chars, boxes, idx) if idx else [] for idx in row] for row in cells]
    em.sep("\n\n")
    start = em.pos
    for r, row in enumerate(split_rows(cell_lines)):
        if r:
            em.sep("\n", True)
        alone = sum(1 for lines in row if lines) == 1  # a block spanning the row: keep its lines
        for c, lines in enumerate(row):
            if c:
                em.sep("\t", True)
            cell_start = em.pos
            for k, ln in enumerate(join_rows(lines) if len(lines) > 1 else lines):
                if k:
                    em.sep("\n" if alone else " ")
                text, xs = render_line(ln, chars, boxes, markers)
                em.emit(text, xs, ln.top, ln.bottom)
            em.cells.append((t, r, c, cell_start, em.pos))
    em.blocks.append(("table", start, em.pos, grid.bbox))


# -- pages -------------------------------------------------------------------------------------------

@dataclass
class PageResult:
    text: str
    runs: list[BoxRun]
    blocks: list[LayoutBlock]
    cells: list[tuple[int, int, int, int, int]]  # table, row, col, start, end (page-local)


def layout_document(pages: list[RawPage]) -> list[PageResult]:
    """Every page's reading-order text; margins are judged across the whole document."""
    page_lines: list[list[Line]] = []
    page_cells: list[list[list[list[list[int]]]]] = []
    for page in pages:
        skip: set[int] = set()
        tables = []
        for grid in page.tables:
            cells, inside = cell_chars(page.chars, page.boxes, grid)
            tables.append(cells)
            skip |= inside
        lines = build_lines(page.chars, page.boxes, skip=skip | page.rotated if page.rotated else skip)
        for t, grid in enumerate(page.tables):
            x0, top, x1, bottom = grid.bbox
            lines.append(Line([], x0, top, x1, bottom, bottom - top, kind="table", table=t))
        lines.sort(key=lambda ln: (ln.top, ln.x0))
        page_lines.append(lines)
        page_cells.append(tables)
    mark_margins(pages, page_lines)
    for lines in page_lines:
        mark_vertical(lines)
    compounds: set[str] = set()
    for page, lines in zip(pages, page_lines):
        for ln in lines:
            if ln.kind == "text" and any(page.chars[i] == "-" for i in ln.idx):
                compounds.update(m.lower() for m in _COMPOUND.findall(ln.text(page.chars)))
    return [layout_page(p, lines, cells, compounds) for p, lines, cells in zip(pages, page_lines, page_cells)]


def compound(left: str, right: str) -> str:
    """'…support for non-' + 'normal procedure' → 'non-normal'."""
    head = re.search(r"[A-Za-z]+-$", left)
    tail = re.match(r"[A-Za-z]+", right)
    return ((head.group() if head else "") + (tail.group() if tail else "")).lower()


def layout_page(page: RawPage, lines: list[Line], cells: list[list[list[list[int]]]],
                compounds: set[str] | None = None) -> PageResult:
    em = Emitter(page.number, compounds=compounds or set())
    markers: list[tuple[str, Box]] = []
    body = [ln for ln in lines if ln.kind in ("text", "table")]
    for group in reading_order(body, find_gutters(body, page.width)):
        if group[0].kind == "table":
            t = group[0].table
            emit_table(em, t, page.tables[t], cells[t], page.chars, page.boxes, markers)
        else:
            emit_group(em, group, page.chars, page.boxes, markers)
    text = "".join(em.parts)
    blocks = [LayoutBlock(page.number, kind, text[s:e], *rounded(box), s, e) for kind, s, e, box in em.blocks]
    blocks += [LayoutBlock(page.number, ln.kind, ln.text(page.chars).strip(), *rounded((ln.x0, ln.top, ln.x1, ln.bottom)))
               for ln in lines if ln.kind in ("header", "footer", "page_number", "rotated")]
    blocks += [LayoutBlock(page.number, "footnote_marker", m, *rounded(box)) for m, box in markers]
    if page.rotated:
        idx = sorted(page.rotated)
        bx = [page.boxes[i] for i in idx]
        blocks.append(LayoutBlock(page.number, "rotated", "".join(page.chars[i] for i in idx).strip(),
                                  *rounded((min(b[0] for b in bx), min(b[1] for b in bx),
                                            max(b[2] for b in bx), max(b[3] for b in bx)))))
    return PageResult(text, em.runs, blocks, em.cells)


def rounded(box: Box) -> Box:
    return (round(box[0], 2), round(box[1], 2), round(box[2], 2), round(box[3], 2))


# -- boxes of a span -----------------------------------------------------------------------------------

def span_boxes(runs: tuple[BoxRun, ...] | list[BoxRun], start: int, end: int) -> list[tuple[int, Box]]:
    """(page, [x0, top, x1, bottom]) of the characters [start, end), one box per line they cross.

    `runs` are sorted by start; spaces at either end of a line's piece are left out of its box.
    """
    import bisect

    out: list[tuple[int, Box]] = []
    k = max(0, bisect.bisect_right([r.start for r in runs], start) - 1) if runs else 0
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
