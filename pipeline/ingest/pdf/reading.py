"""Lines of PDF pages → reading-order text with a box per character, paragraphs and table cells.

The second half of PDF layout (the first, `pipeline.ingest.pdf.layout`, finds lines, margins and
columns): lines are rendered (footnote markers set aside, ligatures split), joined into
paragraphs with hyphenation undone, tables written as tab-separated rows, and every piece of
text keeps the x of each character so that a span's boxes can be found later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline.ingest.pdf.layout import (
    Box, Line, RawPage, TableGrid, build_lines, find_gutters, join_rows, mark_margins, mark_vertical,
    reading_order,
)
from pipeline.ingest.pdf.frames import unframe
from pipeline.ingest.pdf.unruled import unruled_tables
from pipeline.records import LayoutBlock

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
HYPHENS = {"\x02": "-", "\xad": "-", "\u2010": "-", "\u2011": "-", "\ufffe": "-"}  # pdfium marks line-end hyphens
COMPOUND = re.compile(r"[A-Za-z]+-[A-Za-z]+")
UNITS_BEFORE_POWER = {"m", "km", "cm", "mm", "ft", "sq", "metre", "meter", "metres", "meters"}

# -- lines → text with a box per character ---------------------------------------------------------

LIGATURES = {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")
_HYPHEN_TABLE = str.maketrans(HYPHENS)
_DIGIT = re.compile("[0-9]")


def render_line(ln: Line, chars: str, boxes: list[Box], markers: list[tuple[str, Box]]
                ) -> tuple[str, list[float]]:
    """Text of a line and x0, x1 per output character; footnote markers go to `markers`."""
    idx = ln.idx
    text = "".join([chars[i] for i in idx]).translate(_HYPHEN_TABLE)
    bx = [boxes[i] for i in idx]
    raised, small = ln.bottom - 0.25 * ln.size, 0.8 * ln.size
    # a raised small digit is a footnote marker (judged glyph by glyph below); only digits are looked at
    if text.isprintable() and not _LIGATURE.search(text) and not any(
            (b := bx[m.start()])[3] - b[1] < small and b[3] < raised for m in _DIGIT.finditer(text)):
        xs = [0.0] * (2 * len(bx))  # x0, x1 of each glyph in turn (slice assignment: the fast way)
        xs[0::2] = [b[0] for b in bx]
        xs[1::2] = [b[2] for b in bx]
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
            elif prev_word.lower().rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹") in UNITS_BEFORE_POWER:
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
    # (start, end, top, bottom, xs) of each line's piece: pdf_to_text makes the BoxRuns, moved to
    # document offsets (a frozen record per line made twice costs 5% of ingest)
    runs: list[tuple[int, int, float, float, tuple[float, ...]]] = field(default_factory=list)
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
        self.runs.append((self.pos, self.pos + len(text), top, bottom, tuple(xs)))
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
    col_x1 = max(ln.x1 for ln in group)
    pitch = median([b.top - a.top for a, b in pairwise(group) if b.top > a.top + 0.5 * a.size],
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
            elif ln.gapped or nxt.gapped:  # rows of an unruled table stay rows
                glue = "\n"
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

def cell_chars(chars: str, boxes: list[Box], grid: TableGrid) -> tuple[list[list[list[int] | None]], set[int]]:
    """Glyph indices of every cell (by glyph centre; None for a cell of an unruled table merged
    into its left neighbour) and the set of all glyphs inside the table."""
    import bisect

    x0, top, x1, bottom = grid.bbox
    # a ruled table keeps an empty cell where pdfplumber reports one merged into its left
    # neighbour (its header logic fills it from the left) and none under a cell reaching down
    # over it; an unruled one marks every merge (pipeline.ingest.pdf.unruled.header_cells)
    cells: list[list[list[int] | None]] = [
        [None if b is None and (not grid.ruled or covered_from_above(grid, r, c)) else [] for c, b in enumerate(row)]
        for r, row in enumerate(grid.rows)]
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
                cell = cells[r][c]
                assert cell is not None
                if i and chars[i - 1].isspace():  # keeps the word gap the PDF spelt as a space
                    cell.append(i - 1)
                cell.append(i)
                break
    return cells, inside


def covered_from_above(grid: TableGrid, r: int, c: int) -> bool:
    """Is the merged cell (r, c) of a ruled table part of a cell above reaching down over it?"""
    bottoms = [b[3] for b in grid.rows[r] if b is not None]
    k = r - 1
    while k >= 0 and grid.rows[k][c] is None:
        k -= 1
    return bool(bottoms) and k >= 0 and grid.rows[k][c][3] >= max(bottoms) - 1.0  # type: ignore[index]


def split_rows(cell_lines: list[list[list[Line] | None]]) -> list[list[list[Line] | None]]:
    """A row whose cells all hold k lines at the same heights is k rows (tables without rules)."""
    out: list[list[list[Line] | None]] = []
    for row in cell_lines:
        filled = [c for c in row if c]
        counts = {len(c) for c in filled}
        if len(filled) >= 2 and len(counts) == 1 and (k := counts.pop()) > 1:
            tops = [[ln.top for ln in c] for c in filled]
            if all(abs(t[j] - tops[0][j]) < 0.6 * filled[0][j].size for t in tops for j in range(k)):
                for j in range(k):
                    out.append([[c[j]] if c else c for c in row])
                continue
        out.append(row)
    return out


def emit_table(em: Emitter, t: int, grid: TableGrid, cells: list[list[list[int] | None]], chars: str,
               boxes: list[Box], markers: list[tuple[str, Box]]) -> None:
    """Rows as lines of tab-separated cells; every cell's offsets are recorded (a merged cell's
    place keeps its tab but is no cell)."""
    cell_lines = [[None if idx is None else build_lines(chars, boxes, idx) if idx else [] for idx in row]
                  for row in cells]
    em.sep("\n\n")
    start = em.pos
    for r, row in enumerate(split_rows(cell_lines)):
        if r:
            em.sep("\n", True)
        alone = sum(1 for lines in row if lines) == 1  # a block spanning the row: keep its lines
        for c, lines in enumerate(row):
            if c:
                em.sep("\t", True)
            if lines is None:
                continue
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
    runs: list[tuple[int, int, float, float, tuple[float, ...]]]  # start, end, top, bottom, xs (page-local)
    blocks: list[LayoutBlock]
    cells: list[tuple[int, int, int, int, int]]  # table, row, col, start, end (page-local)


def layout_document(pages: list[RawPage]) -> list[PageResult]:
    """Every page's reading-order text; margins are judged across the whole document."""
    page_lines: list[list[Line]] = []
    page_cells: list[list[list[list[list[int] | None]]]] = []
    for page in pages:
        skip: set[int] = set()
        tables = []
        for t, grid in enumerate(page.tables):
            cells, inside = cell_chars(page.chars, page.boxes, grid)
            framed = unframe(grid, cells, page.chars, page.boxes)
            if framed is not None:  # a ruled frame round rows aligned by whitespace
                page.tables[t] = framed
                cells, inside = cell_chars(page.chars, page.boxes, framed)
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
    for page, lines, tables in zip(pages, page_lines, page_cells):
        mark_vertical(lines)
        add_unruled_tables(page, lines, tables)
    for before, page, lines in zip(pages, pages[1:], page_lines[1:]):
        link_continuation(before, page, lines)
    compounds: set[str] = set()
    for page in pages:  # the glyph stream spells words within a line with their hyphen
        compounds.update(m.lower() for m in COMPOUND.findall(page.chars))
    return [layout_page(p, lines, cells, compounds) for p, lines, cells in zip(pages, page_lines, page_cells)]


def add_unruled_tables(page: RawPage, lines: list[Line], tables: list[list[list[list[int] | None]]]) -> None:
    """Tables aligned by whitespace become grids like ruled ones; their lines leave the page's lines."""
    grids = unruled_tables(lines, page.chars, page.boxes, page.width)
    if not grids:
        return
    # only body text goes into cells: a running header, a footer or sideways text that happens to
    # lie in the table's box stays where it was
    body = {i for ln in lines if ln.kind == "text" for i in ln.idx}
    body |= {i - 1 for i in body if i and page.chars[i - 1].isspace()}
    for grid in grids:
        found, inside = cell_chars(page.chars, page.boxes, grid)
        cells = [[None if c is None else [i for i in c if i in body] for c in row] for row in found]
        inside &= body
        t = len(page.tables)
        page.tables.append(grid)
        tables.append(cells)
        kept: list[Line] = []
        for ln in lines:
            if ln.kind != "text" or not any(i in inside for i in ln.idx):
                kept.append(ln)
            elif not all(i in inside for i in ln.idx):
                kept += build_lines(page.chars, page.boxes, [i for i in ln.idx if i not in inside])
        x0, top, x1, bottom = grid.bbox
        kept.append(Line([], x0, top, x1, bottom, bottom - top, kind="table", table=t))
        kept.sort(key=lambda ln: (ln.top, ln.x0))
        lines[:] = kept


def link_continuation(before: RawPage, page: RawPage, lines: list[Line]) -> None:
    """A table that opens a page without a header of its own continues the table that closes the
    page before when their columns line up (same number, each overlapping its counterpart by half
    its width or more): its rows take that table's header (`TableGrid.header_from`)."""
    if not before.tables or not page.tables:
        return
    last = max(range(len(before.tables)), key=lambda t: before.tables[t].bbox[3])
    first = min(range(len(page.tables)), key=lambda t: page.tables[t].bbox[1])
    head, grid = before.tables[last], page.tables[first]
    if head.ruled or grid.ruled or not head.header or grid.header or \
            any(ln.kind == "text" and ln.top < grid.bbox[1] for ln in lines):
        return
    spans = [[(b[0], b[2]) for b in t.rows[-1] if b is not None] for t in (head, grid)]
    if len(spans[0]) != len(spans[1]) or len(head.rows[-1]) != len(grid.rows[-1]):
        return
    for (a0, a1), (b0, b1) in zip(*spans):
        if min(a1, b1) - max(a0, b0) < 0.5 * min(a1 - a0, b1 - b0):
            return
    grid.header_from = last


def compound(left: str, right: str) -> str:
    """'…support for non-' + 'normal procedure' → 'non-normal'."""
    head = re.search(r"[A-Za-z]+-$", left)
    tail = re.match(r"[A-Za-z]+", right)
    return ((head.group() if head else "") + (tail.group() if tail else "")).lower()


def layout_page(page: RawPage, lines: list[Line], cells: list[list[list[list[int] | None]]],
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
    blocks += [LayoutBlock(page.number, ln.kind, ln.text(page.chars).strip(),
                           *rounded((ln.x0, ln.top, ln.x1, ln.bottom)))
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


