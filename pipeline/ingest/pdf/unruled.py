"""Line segments of a PDF page → `TableGrid`s of the tables it draws without rules.

Government PDFs align most tables by whitespace alone. A table here is a run of three or more
rows that put a figure (a number, a percent, a dash for nil) to the right of their first cell, in
columns whose x-ranges hold from row to row; above it, up to four stacked header lines (period,
status, unit) over the same columns; inside it, row labels wrapped over several lines. The grid
tiles the table's box (every glyph inside lands in exactly one cell), so the ruled-table path
(`pipeline.ingest.pdf.reading.emit_table`) writes its text and cells unchanged.

Prose is kept out by what a table is: two text columns put no figure in their second column;
numbered lists and footnotes put their number first; a line that crosses the table's column
gaps ends it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline.ingest.pdf.layout import Box, Line, TableGrid

_VALUE = re.compile(
    r"[#^@*†‡§Ω]{0,2}\s?[(\[]?[+\-−–]?\s?(?:(?:HK|US|NT|S|A|C|NZ)\$|[$€£¥])?\s?"
    r"(?:\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s?%?[)\]]?\s?[#^@*†‡§Ω]{0,2}")
_NIL = frozenset({"-", "–", "—", "−", "n.a.", "n/a", "na", "nil", "…", "...", "*", "x", "--"})
_NIL_FIRST = frozenset(w[0] for w in _NIL) | frozenset(w[0].upper() for w in _NIL)
_NIL_LONGEST = max(len(w) for w in _NIL)
_MARKER = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)]|[•▪●◦‣∙·*]")
_ITEM = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivxl]{1,5})[.)]\s+\w")
_SUB_ROW = re.compile(r"[-–—•▪●]\s")
_CONNECTOR = re.compile(r"(?i)(?:\b(?:and|or|of|for|the|in|on|to|from|by|with|at|a|an)|[,\-–(/&])$")
_DIGIT = re.compile(r"\d")
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\u1680\u2028\u2029]")  # str.isspace() but no word gap in a PDF line
_YEAR = re.compile(r"(?:19|20)\d\d")
_PERIOD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIGURE_CHARS = frozenset("0123456789–—-")
MIN_ROWS = 3  # data rows a table needs (the issue: columns consistent over three or more rows)
MIN_HEADED_ROWS = 2  # ... or under a header naming each figure column and stating a period (headed)
MAX_HEADER_LINES = 4


def is_value(text: str) -> bool:
    """A cell that is just a figure: '1,133.1', '(118.0)', '+7.8%', '$3,400', '–', 'N.A.'."""
    t = text.strip()
    if not _DIGIT.search(t):  # most words: no digit, so a figure only if it is a nil mark
        return t.lower() in _NIL
    return _VALUE.fullmatch(t) is not None


@dataclass
class Chunk:
    """A run of words of one line segment that sits in one table cell."""

    x0: float
    x1: float
    text: str
    value: bool


@dataclass
class Row:
    """Segments on one visual line; its words and chunks are read when first asked for (most rows
    of a page are prose, judged without them: `data`)."""

    lines: list[Line]
    top: float
    bottom: float
    size: float
    chars: str = ""
    boxes: list[Box] = field(default_factory=list)
    wide: list[float] = field(default_factory=list)  # per segment: a gap wider than this splits chunks
    _words: list[tuple[list[tuple[float, float, str]], float]] | None = None
    _chunks: list[Chunk] | None = None

    @property
    def words(self) -> list[tuple[list[tuple[float, float, str]], float]]:
        """Words of each segment, with the segment's wide gap."""
        if self._words is None:
            self._words = [(line_words(ln, self.chars, self.boxes), w) for ln, w in zip(self.lines, self.wide)]
        return self._words

    @property
    def chunks(self) -> list[Chunk]:
        if self._chunks is None:
            self._chunks = sorted((c for ws, w in self.words for c in word_chunks(ws, w)), key=lambda c: c.x0)
        return self._chunks

    @property
    def loose(self) -> list[Chunk]:
        """Chunks split at every wide gap (header lines: 'Estimate   Forecast'); computed when asked."""
        return sorted((c for ws, wide in self.words for c in word_chunks(ws, wide, True)), key=lambda c: c.x0)

    @property
    def x0(self) -> float:
        return self.chunks[0].x0

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chunks)

    def data(self) -> bool:
        """Two or more cells, a figure right of the first, and no list marker or lone number first."""
        if self._chunks is None and not self.may_hold_figures():
            return False
        if len(self.chunks) < 2 or not any(c.value for c in self.chunks[1:]):
            return False
        first = self.chunks[0].text.strip()
        # '1.', or '24. Provide ...': an item of a numbered list with a figure beside it
        return not (_MARKER.fullmatch(first) or _ITEM.match(first))

    def may_hold_figures(self) -> bool:
        """Could a chunk right of the first be a figure? False for most prose rows, told without
        reading words: the first chunk is the leftmost segment's start, and that segment holds
        another chunk only past a wide gap; a figure has a digit or is a nil word ('–', 'n.a.'),
        and a nil word is short and starts with one of few glyphs."""
        chars, boxes = self.chars, self.boxes
        first, wide = self.lines[0], self.wide[0]
        idx = first.idx
        gapped = any(boxes[idx[k]][0] - boxes[idx[k - 1]][2] > wide for k in first.spaces if 0 < k < len(idx))
        segments = self.lines if gapped else self.lines[1:]
        for ln in segments:
            idx = ln.idx
            # the stream from the segment's first glyph to its last holds all of them; a glyph that
            # str.strip() drops but the line finder keeps would hide a nil word: judge in full
            if idx and (_DIGIT.search(chars, min(idx), max(idx) + 1) or _ODD_SPACE.search(chars, min(idx), max(idx) + 1)):
                return True
        for ln in segments:
            idx = ln.idx
            starts = [0] + sorted(k for k in ln.spaces if 0 < k < len(idx))
            ends = starts[1:] + [len(idx)]
            for a, b in zip(starts, ends):
                if b - a <= _NIL_LONGEST and chars[idx[a]] in _NIL_FIRST and \
                        "".join([chars[i] for i in idx[a:b]]).lower() in _NIL:
                    return True
        return False


def line_words(ln: Line, chars: str, boxes: list[Box]) -> list[tuple[float, float, str]]:
    """(x0, x1, text) of every word of a segment."""
    idx = ln.idx
    if not idx:
        return []
    text = "".join([chars[i] for i in idx])
    words: list[tuple[float, float, str]] = []
    start = 0
    # glyphs of a word run left to right: its box is its first and last glyph's
    for cut in sorted(k for k in ln.spaces if 0 < k < len(idx)):
        words.append((boxes[idx[start]][0], boxes[idx[cut - 1]][2], text[start:cut]))
        start = cut
    words.append((boxes[idx[start]][0], boxes[idx[-1]][2], text[start:]))
    return words


def word_chunks(words: list[tuple[float, float, str]], wide: float, loose: bool = False) -> list[Chunk]:
    """Words of a segment grouped into chunks: a gap wider than `wide` splits next to a figure
    ('Total  38,704'), or anywhere when `loose` (header lines: 'Estimate   Forecast')."""
    chunks: list[Chunk] = []
    known = True  # is chunks[-1].value up to date (judged only where a wide gap asks for it)?
    for x0, x1, text in words:
        if chunks:
            prev = chunks[-1]
            if x0 - prev.x1 > wide:
                if not known:
                    prev.value, known = is_value(prev.text), True
                if loose or prev.value or is_value(text):
                    chunks.append(Chunk(x0, x1, text, False))
                    known = False
                    continue
            prev.x1, prev.text = x1, prev.text + " " + text
            known = False
            continue
        chunks.append(Chunk(x0, x1, text, False))
        known = False
    if chunks and not known:
        chunks[-1].value = is_value(chunks[-1].text)
    return chunks


def visual_rows(lines: list[Line], chars: str, boxes: list[Box]) -> list[Row]:
    """Segments grouped into visual rows, each cut into chunks at gaps wider than the page's word
    space (its median gap between words: fonts set spaces of a quarter to a third of an em)."""
    rows: list[Row] = []
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        row = rows[-1] if rows else None
        if row is not None and min(ln.bottom, row.bottom) - max(ln.top, row.top) > 0.5 * min(ln.size, row.size):
            row.lines.append(ln)
            row.top, row.bottom, row.size = min(row.top, ln.top), max(row.bottom, ln.bottom), max(row.size, ln.size)
            continue
        rows.append(Row([ln], ln.top, ln.bottom, ln.size, chars, boxes))
    # a table needs rows with a short figure-like segment right of the first: without three such
    # rows the page holds none, and its words need not be read
    for row in rows:
        row.lines.sort(key=lambda ln: ln.x0)
    if sum(1 for row in rows if len(row.lines) > 1 and any(
            len(ln.idx) <= 24 and any(chars[i] in _FIGURE_CHARS for i in ln.idx) for ln in row.lines[1:])) < MIN_ROWS:
        return []
    # the gaps between the words of every segment, from the glyph boxes (no words read)
    gaps = sorted(boxes[idx[k]][0] - boxes[idx[k - 1]][2]
                  for row in rows for ln in row.lines for idx in (ln.idx,) for k in ln.spaces if 0 < k < len(idx))
    space = gaps[len(gaps) // 2] if gaps else 0.0
    for row in rows:
        row.wide = [max(1.6 * space, 0.2 * ln.size) for ln in row.lines]
    return rows


def leading(rows: list[Row]) -> float:
    """The page's line pitch (top to top): both engines agree on it, unlike on glyph heights."""
    pitches = sorted(b.top - a.top for a, b in pairwise(rows) if 0.5 * a.size < b.top - a.top < 2 * a.size)
    return pitches[len(pitches) // 2] if pitches else (1.2 * rows[0].size if rows else 12.0)


def runs_of_data_rows(rows: list[Row], lead: float) -> list[tuple[int, int]]:
    """[first, last] row indices of runs of data rows close to each other (other rows between allowed)."""
    runs: list[tuple[int, int]] = []
    first = last = -1
    for k, row in enumerate(rows):
        if not row.data():
            continue
        if last >= 0 and all(rows[j].top - rows[j - 1].top <= 3.5 * lead for j in range(last + 1, k + 1)):
            last = k
            continue
        if last >= 0:
            runs.append((first, last))
        first = last = k
    if last >= 0:
        runs.append((first, last))
    return runs


def columns_of(rows: list[Row]) -> list[list[float]]:
    """x-ranges [x0, x1] of the columns: where the data rows' chunks project onto the x axis."""
    spans = sorted((c.x0, c.x1) for row in rows if row.data() for c in row.chunks)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1] + 1.0:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return cols


def column_of(chunk: Chunk, cols: list[list[float]]) -> int:
    """Index of the one column the chunk overlaps, -1 when it crosses a gap or lies outside."""
    hits = [k for k, (x0, x1) in enumerate(cols) if chunk.x0 < x1 + 0.5 and chunk.x1 > x0 - 0.5]
    if len(hits) != 1:
        return -1
    return hits[0]


def plausible(data: list[Row], cols: list[list[float]], least: int = MIN_ROWS) -> bool:
    """Enough rows, and a column of figures right of the first, filled in most rows (a bar
    chart's value labels wander from column to column)."""
    if len(data) < least or len(cols) < 2:
        return False
    for k in range(1, len(cols)):
        cells = [c for row in data for c in row.chunks if column_of(c, cols) == k]
        values = [c for c in cells if c.value]
        if len(values) >= least and len(values) >= 0.6 * len(cells) and len(values) >= 0.6 * len(data):
            break
    else:
        return False
    firsts = [row.chunks[0] for row in data]
    # a numbered list or a line-numbered transcript: its first column is all numbers (years label rows)
    return sum(c.value and not _YEAR.fullmatch(c.text.strip()) for c in firsts) < 0.5 * len(firsts)


def headed(header: list[Row], data: list[Row], cols: list[list[float]]) -> bool:
    """Does a stacked header name every figure column and state a period over them ('2019-20',
    'Estimate 2020-21')? Two rows of figures make a table only under such a header: alone they
    are as often two lines of a list."""
    shown = {column_of(c, cols) for row in data for c in row.chunks[1:] if c.value} - {-1, 0}
    phrases = [c for row in header for c in row.loose]
    over = [[c.text for c in phrases if c.x0 < cols[k][1] + 0.5 and c.x1 > cols[k][0] - 0.5] for k in shown]
    return bool(shown) and all(over) and any(_PERIOD.search(t) for texts in over for t in texts)


def fits(row: Row, cols: list[list[float]]) -> bool:
    """Every chunk of the row sits within one column (a prose line crosses the gaps)."""
    return all(column_of(c, cols) >= 0 for c in row.chunks)


def header_lines(rows: list[Row], first: int, cols: list[list[float]], width: float, lead: float) -> list[Row]:
    """Stacked header lines right above the first data row, over the table's columns."""
    out: list[Row] = []
    below = rows[first]
    step = lead
    lo, hi = cols[0][0], cols[-1][1]
    for k in range(first - 1, max(-1, first - 1 - MAX_HEADER_LINES), -1):
        row = rows[k]
        pitch = below.top - row.top
        if row.data() or pitch > 1.75 * lead or (out and pitch > 1.25 * step):
            break  # stacked header lines are evenly spaced; a caption stands further off
        step = pitch if not out else min(step, pitch)
        if row.x0 < lo - 2 * row.size or row.x1 > hi + 2 * row.size:
            break
        # a caption: over the labels only, or flush with them and running on over the figures
        if not any(c.x1 > cols[0][1] + 1.0 for c in row.loose) or \
                any(abs(c.x0 - cols[0][0]) < 2.0 and c.x1 > cols[0][1] + 0.5 * row.size for c in row.loose):
            break
        if any(c.x1 - c.x0 > 0.6 * width or len(c.text.split()) > 8 for c in row.chunks):
            break
        out.insert(0, row)
        below = row
    return out


def boundaries(cols: list[list[float]], header: list[Row]) -> list[float]:
    """x of each gap between columns, placed where no header phrase lies when there is such a place."""
    words = sorted((c.x0, c.x1) for row in header for c in row.loose)
    cuts: list[float] = []
    for (_, a), (b, _) in pairwise(cols):
        free: list[tuple[float, float]] = []
        x = a
        for w0, w1 in words:
            if w1 <= x or w0 >= b:
                continue
            if w0 > x:
                free.append((x, w0))
            x = max(x, w1)
        if x < b:
            free.append((x, b))
        if free:
            best = max(free, key=lambda f: f[1] - f[0])
            cuts.append((best[0] + best[1]) / 2)
            continue
        # header text fills the gap: cut where it crosses the fewest phrases (a phrase over both
        # columns is crossed anyway; a neighbour's word that overhangs the gap need not be)
        mid = (a + b) / 2
        edges = [mid] + [e for w0, w1 in words for e in (w0 - 0.01, w1 + 0.01) if a < e < b]
        cuts.append(min(edges, key=lambda e: (sum(1 for w0, w1 in words if w0 < e < w1), abs(e - mid))))
    return cuts


def header_cells(row: Row, xs: list[float], top: float, bottom: float) -> list[Box | None]:
    """One header line's cells; a phrase across a column gap ('2020-21 versus 2015-16' over two
    columns) is one merged cell, the columns it covers after the first are None."""
    n = len(xs) - 1
    span = list(range(n))  # span[c]: the last column merged into the cell starting at c
    covered = [False] * n
    for chunk in row.loose:
        c0 = max(0, min(n - 1, sum(1 for x in xs[1:-1] if x <= chunk.x0 + 0.5)))
        c1 = max(0, min(n - 1, sum(1 for x in xs[1:-1] if x < chunk.x1 - 0.5)))
        if c1 > c0 and not covered[c0]:
            span[c0] = max(span[c0], c1)
            for c in range(c0 + 1, c1 + 1):
                covered[c] = True
    return [None if covered[c] else (xs[c], top, xs[span[c] + 1], bottom) for c in range(n)]


def continues(row: Row, prev: Row, pitch: float) -> bool:
    """Does `row` carry on the label of `prev` ('- of which, recurrent' / 'government expenditure')?
    Closer than the rows are to each other, or starting in lower case, or after a word that
    cannot end a label, or set flush right under it (a right-aligned total's label)."""
    text = row.chunks[0].text.strip()
    above = prev.chunks[0] if prev.chunks else None
    if above is None or _SUB_ROW.match(text):  # '- of which, ...' is a row of its own
        return False
    if row.top - prev.top < 0.8 * pitch:
        return True
    right = abs(row.chunks[0].x1 - above.x1) < 2.0 and abs(row.chunks[0].x0 - above.x0) > 5.0
    return text[:1].islower() or bool(_CONNECTOR.search(above.text.strip())) or right


def table_in(rows: list[Row], first: int, last: int, width: float, lead: float
             ) -> tuple[TableGrid, list[Row]] | None:
    data = [r for r in rows[first:last + 1] if r.data()]
    cols = columns_of(data)
    short = len(data) < MIN_ROWS
    if not plausible(data, cols, MIN_HEADED_ROWS if short else MIN_ROWS):
        return None
    for k in range(first, last + 1):  # a line across the columns splits the run: judge each part
        if not fits(rows[k], cols) or _ITEM.match(rows[k].chunks[0].text):
            parts = [(first, k - 1), (k + 1, last)]
            for a, b in parts:
                while a <= b and not rows[a].data():
                    a += 1
                while b >= a and not rows[b].data():
                    b -= 1
                if b - a + 1 >= MIN_ROWS:
                    found = table_in(rows, a, b, width, lead)
                    if found is not None:
                        return found  # the caller looks again past the end of this one
            return None
    header = header_lines(rows, first, cols, width, lead)
    top = first  # label rows without figures may open the body ('Expenditure', a blank row)
    while not header and top > 0 and first - top < 3 and len(rows[top - 1].chunks) == 1 and \
            rows[top - 1].chunks[0].x1 < cols[1][0] and rows[top].top - rows[top - 1].top <= 1.75 * lead:
        top -= 1
        header = header_lines(rows, top, cols, width, lead)
        if header:
            first = top
    if short and not headed(header, data, cols):
        return None
    tail = last
    pitches = [b.top - a.top for a, b in pairwise(data)]
    pitch = min(pitches) if pitches else data[0].size
    while tail + 1 < len(rows):  # the last row's label may wrap below it
        nxt = rows[tail + 1]
        if len(nxt.chunks) == 1 and column_of(nxt.chunks[0], cols) == 0 and \
                nxt.top - rows[tail].lines[0].top <= 1.25 * lead and continues(nxt, rows[tail], pitch):
            tail += 1
            continue
        break
    groups: list[list[Row]] = [[h] for h in header]
    for k in range(first, tail + 1):
        row = rows[k]
        label_only = len(row.chunks) == 1 and column_of(row.chunks[0], cols) == 0
        if label_only and k > first and row.top - rows[k - 1].lines[0].top <= 1.25 * lead and \
                continues(row, rows[k - 1], pitch):
            groups[-1].append(row)
        elif row.data() and k > first and len(groups) > len(header) and \
                all(not r.data() for r in groups[-1]) and column_of(row.chunks[0], cols) == 0 and \
                row.lines[0].top - rows[k - 1].top <= 1.25 * lead and continues(row, rows[k - 1], pitch):
            groups[-1].append(row)  # a label that wraps with its figures on the last line
        else:
            groups.append([row])
    members = [r for g in groups for r in g]
    for row in members[len(header):]:  # wrapped labels and label-only rows widen their column
        for c in row.chunks:
            k = column_of(c, cols)
            if k >= 0:
                cols[k] = [min(cols[k][0], c.x0), max(cols[k][1], c.x1)]
    cuts = boundaries(cols, header)
    x0 = min(r.x0 for r in members) - 1.0
    x1 = max(r.x1 for r in members) + 1.0
    xs = [x0] + cuts + [x1]
    spans = [(min(r.top for r in g), max(r.bottom for r in g)) for g in groups]
    ys = [spans[0][0] - 0.5] + [(a[1] + b[0]) / 2 for a, b in pairwise(spans)] + [spans[-1][1] + 0.5]
    cells: list[list[Box | None]] = []
    for r, group in enumerate(groups):
        if r < len(header):
            cells.append(header_cells(group[0], xs, ys[r], ys[r + 1]))
        else:
            cells.append([(xs[c], ys[r], xs[c + 1], ys[r + 1]) for c in range(len(cols))])
    return TableGrid((x0, ys[0], x1, ys[-1]), cells, ruled=False, header=len(header)), members


def unruled_tables(lines: list[Line], chars: str, boxes: list[Box], width: float) -> list[TableGrid]:
    """Tables drawn without rules among the page's text lines, top to bottom."""
    text = [ln for ln in lines if ln.kind == "text"]
    # most pages are prose: fewer than three short segments with a digit or a dash hold no table
    if sum(1 for ln in text if len(ln.idx) <= 24 and any(chars[i] in _FIGURE_CHARS for i in ln.idx)) < MIN_ROWS:
        return []
    rows = visual_rows(text, chars, boxes)
    grids: list[TableGrid] = []
    taken: set[int] = set()
    lead = leading(rows)
    for first, last in runs_of_data_rows(rows, lead):
        while first <= last:
            found = table_in(rows, first, last, width, lead)
            if found is None:
                break
            grid, members = found
            if not any(id(r) in taken for r in members):
                grids.append(grid)
                taken.update(id(r) for r in members)
            ids = {id(m) for m in members}
            end = max(k for k, r in enumerate(rows) if id(r) in ids)
            first = end + 1
            while first <= last and not rows[first].data():
                first += 1
    return grids
