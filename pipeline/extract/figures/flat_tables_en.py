"""An English plain-text table that lost its grid: the unit stated once, the cells bare numbers.

Budget web pages, news-wire tables and PDF conversions print a table's numbers bare and state their unit once,
in the title ('Key Budget Figures (S$B)', 'Table 3.1a: Overall Fiscal Position for FY2017 to FY2023
($ million)'), on a line of its own above or below the rows ('($ billion)', 'billions of Singapore dollars') or in a
column's name ('Amount (S$B)'). Copied as text, the table comes out in one of two shapes:

- one cell per line: the header's cells ('Category', 'FY23', 'FY24', 'Change'), then each row as its label line
  followed by its cells, one per line ('Operating Revenue', '104.3', '108.6', '+4.2%'); a row may stop short;
- one row per line: a header line of column times ('FY2012/13 FY2013/14'), then each row as its label and its
  cells ('Operating Revenue 55.18 55.03', 'Primary Surplus / Deficit 2,259 (4,086)'); a footnote number between
  the label and the cells ('Contribution 4 14,724 16,413') belongs to the label when the header counts the cells.

A bare number that is such a cell is a figure in the declared unit: money (the cell times the scale, in the
currency named, a bare '$' in the document's), or a percent under '(%)' / '(% of GDP)'. Accounting negatives
'(2.6)' are negative; '-', '—' and 'n.a.' cells state nothing. A cell with its own unit ('+4.2%') is left to the
figure scanner. A table is a run of short lines (a prose line or a blank line ends it) with two rows at least;
cells that look like years are headers, never amounts. The same reading gives each cell its column, and the
column its header text: the periods module (periods/flat_cells.py) dates the cells by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pipeline.extract.figures.flat_layout_en import double_spaced_blanks, row_measure
from pipeline.extract.figures.match import FigureMatch
from pipeline.extract.figures.reader import lexicon

__all__ = ["FlatCell", "flat_cells", "with_table_cells"]

_CELL = r"[-−–+]?\(?[-−–]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?\)?%?"
_NIL = r"[-–—]|n\.a\.|N\.A\.|n/a|N/A|\?o:p>"  # ("?o:p>": what an empty cell's <o:p></o:p> of a Word-made page leaves)
_CELL_RE = re.compile(rf"(?:{_CELL}|{_NIL})")
_NUMBER_LINE = re.compile(rf"[ \t]*({_CELL}|{_NIL})[ \t]*")
_ROW = re.compile(rf"[ \t]*(.*?[^\W\d_].*?)((?:[ \t]+(?:{_CELL}|{_NIL}))+)[ \t]*")
_BARE_ROW = re.compile(rf"[ \t]*(?:{_CELL})(?:[ \t]+(?:{_CELL}))+[ \t]*")
_TIME = r"(?:FY[ ]?)?(?:19|20)[0-9]{2}(?:[-/–](?:[0-9]{2}|(?:19|20)[0-9]{2}))?|FY[0-9]{2}(?:/[0-9]{2})?"
_TIME_TOKEN = re.compile(_TIME)
_TIME_HEADER = re.compile(rf"[ \t]*(?:{_TIME})(?:[ \t]+(?:{_TIME}))+[ \t]*")
_YEARISH = re.compile(r"(?:19|20)[0-9]{2}")
_MONTHS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?=\s|$)")
_YEAR_END = re.compile(r"(?i)\b(?:as\s+)?at\s+(?:the\s+)?end\s+of\s+(?:the\s+)?year\b|\byear[- ]end\b")
_PCT_CHANGE = re.compile(r"(?i)(?:pct|%|per ?cent)\s*change|change\s*\((?:%|pct)\)|%\s*chg|y-o-y\s*%")
_MAX_LINE = 150
_MAX_ROWS = 400


@dataclass(frozen=True)
class FlatCell:
    """A cell of a flattened table: its span, its column (0 = the first number column) and the header texts of the
    table's number columns (empty when unknown); `value` is None for a cell with its own unit ('+4.2%') or none
    ('-'); `kind`, `factor`, `currency` the unit its row, section or table declares ('' when none)."""

    start: int
    end: int
    column: int
    headers: tuple[str, ...]
    value: Decimal | None
    negative: bool
    kind: str = ""
    factor: Decimal = Decimal(1)
    currency: str = ""
    unit: str = ""

    @property
    def header(self) -> str:
        return self.headers[self.column] if 0 <= self.column < len(self.headers) else ""


@dataclass(frozen=True)
class _Unit:
    kind: str
    factor: Decimal
    currency: str  # an ISO code, '$' for the document's dollar, '' for a percent or a count
    unit: str = ""  # a count's singular noun


@lru_cache(maxsize=2)
def _unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Decimal], dict[str, str]]:
    """(a unit in brackets or alone on its line, 'billions of Singapore dollars', scale by lower-case word, count
    unit words → their noun)."""
    lex = lexicon("en")
    scales = {k.lower(): Decimal(v) for k, v in lex["scales"].items()}
    scale_alt = "|".join(sorted(map(re.escape, scales), key=len, reverse=True))
    cur_alt = "|".join(sorted(map(re.escape, lex["currency_prefixes"]), key=len, reverse=True))
    words = sorted((k for k in lex["currency_suffixes"] if k[:1].isalpha()), key=len, reverse=True)
    pct_alt = "|".join(map(re.escape, lex["table_percent_units"]))
    counts = {str(k).lower(): str(v) for k, v in lex["table_count_units"].items()}
    count_alt = "|".join(map(re.escape, counts))
    bracket = re.compile(rf"(?i)\((?:in[ ]+|unit:[ ]*)?(?P<cur>{cur_alt})[ ]?(?P<scale>{scale_alt})\)|"
                         rf"\((?P<pct>{pct_alt})\)|\((?P<count>{count_alt})\)|"
                         rf"^[ \t]*(?:in[ ]+|unit:[ ]*)?(?P<cur2>{cur_alt})[ ]?(?P<scale2>{scale_alt})[ \t]*$")
    spelt = re.compile(rf"(?i)^[ \t]*\(?(?:in[ ]+)?(?P<scale>billions|millions|thousands)[ ]+of[ ]+"
                       rf"(?P<word>{'|'.join(map(re.escape, words))})\)?[ \t]*$")
    return bracket, spelt, scales, counts


def _declared(line: str) -> _Unit | None:
    bracket, spelt, scales, counts = _unit_patterns()
    lex = lexicon("en")
    m = bracket.search(line)
    if m is not None:
        if m.group("pct"):
            return _Unit("percent", Decimal(1), "")
        if m.group("count"):
            return _Unit("count", Decimal(1), "", counts[m.group("count").lower()])
        cur = m.group("cur") or m.group("cur2")
        scale = (m.group("scale") or m.group("scale2")).lower()
        code = lex["currency_prefixes"].get(cur) or lex["currency_prefixes"].get(cur.upper(), "")
        return _Unit("money", scales[scale], str(code)) if code else None
    m = spelt.match(line)
    if m is not None:
        code = lex["currency_suffixes"].get(m.group("word").lower(), "")
        return _Unit("money", scales[m.group("scale").lower()], str(code)) if code else None
    return None


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon("en")["label_words"])


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _prose(line: str) -> bool:
    s = line.strip()
    return len(s) > _MAX_LINE or (s[-1:] in ".!?;" and len(s.split()) > 8)


def _blocks(text: str, lines: list[tuple[int, int]], spaced: frozenset[int]) -> list[tuple[int, int]]:
    """[first, last) line indices of runs of short lines (a blank or prose line ends a run; blank lines between two
    rows of cells, a printed table's group separators, and the blank lines of a table spaced one cell per paragraph
    (`spaced`), do not)."""
    out, first = [], None
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip() and first is not None and (k in spaced or _bridged(text, lines, k)):
            continue
        if not line.strip() or _prose(line):
            if first is not None:
                out.append((first, k))
            first = None
        elif first is None:
            first = k
    if first is not None:
        out.append((first, len(lines)))
    return out


def _bridged(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """The blank line k lies inside a printed table: short lines before it, and a line of cells among the next
    three lines that are not blank (group separators, a blank under the header)."""
    before = next((j for j in range(k - 1, max(-1, k - 4), -1) if text[slice(*lines[j])].strip()), None)
    if before is None or _prose(text[slice(*lines[before])]):
        return False
    seen = 0
    for j in range(k + 1, min(len(lines), k + 8)):
        line = text[slice(*lines[j])]
        if not line.strip():
            continue
        if _prose(line):
            return False
        if _row_cells(text, *lines[j]) is not None or _bare_row(text, *lines[j]) is not None:
            return True
        seen += 1
        if seen == 3:
            break
    return False


def _bare_row(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """Spans of a line of two cells or more and no label (a subtotal row: '  1,002,756   1,011,645   1,061,854')."""
    if "\t" in text[a:b] or "|" in text[a:b] or not _BARE_ROW.fullmatch(text, a, b):
        return None
    cells = [(a + x.start(), a + x.end()) for x in _CELL_RE.finditer(text[a:b])]
    return cells if len(cells) >= 2 and not all(_YEARISH.fullmatch(text[x:y]) for x, y in cells) else None


def _value(cell: str) -> tuple[Decimal | None, bool]:
    """(absolute value, negative) of a bare cell; (None, False) for a nil cell or one with its own unit."""
    if "%" in cell or not any(c.isdigit() for c in cell):
        return None, False
    negative = cell.startswith(("-", "−", "–", "(")) or "(-" in cell
    digits = cell.strip("+-−–()").replace(",", "")
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", digits):
        return None, False
    return Decimal(digits), negative


def _row_cells(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """Spans of the cells at the end of a 'label cell cell' line, or None (a tab-separated or pipe table row is
    normalize.text_tables' own)."""
    if "\t" in text[a:b] or "|" in text[a:b]:
        return None
    m = _ROW.fullmatch(text, a, b)
    if m is None or len(m.group(2).split()) == 1 and m.group(1).split()[-1].lower().strip(".:") in _label_words():
        return None  # 'Table 12', 'Appendix 6', 'Chapter 3': a label's number
    return [(a + x.start(), a + x.end()) for x in _CELL_RE.finditer(text[a:b], m.start(2) - a)
            if not text[a + x.end():a + x.end() + 1].strip() and (a + x.start() == a or not text[a + x.start() - 1].strip())]


def _label_unit(text: str, lines: list[tuple[int, int]], k: int, label: str, last: int) -> _Unit | None:
    """The unit a row's label declares ('New loans drawn down (HK$ mln) 25,162 ...'), read on with the next line
    when the label leaves a bracket open there ('HIBOR (Hong Kong interbank 93.5 94.9' / 'offered rates) (pct)')."""
    unit = _declared(label)
    if unit is None and _open(label) and k + 1 < last:
        unit = _declared(label.rstrip() + " " + text[slice(*lines[k + 1])].strip())
    return unit


def _open(label: str) -> bool:
    """A row label that leaves a bracket open: its next line goes on with it."""
    return label.count("(") > label.count(")")


def _time_headers(text: str, lines: list[tuple[int, int]], first: int, upto: int) -> tuple[list[str], bool]:
    """The column times a table's header lines state ('2017 2016' over 'Jan Dec M/M Pct' → 'Jan 2017', 'Dec 2016';
    'FY2012/13 FY2013/14'; months alone give no year) and whether a percent-change column follows them."""
    years: list[str] = []
    months: list[str] = []
    change = False
    run_end = -2
    for k in range(first, upto):
        line = text[slice(*lines[k])]
        if _TIME_HEADER.fullmatch(line) or _TIME_TOKEN.fullmatch(line.strip()):
            found_years = [m.group() for m in _TIME_TOKEN.finditer(line)]
            years = years + found_years if run_end == k - 1 else found_years  # '1999' over '2003   2004'
            run_end = k
        found = _MONTHS.findall(line)
        rest = _MONTHS.sub("", line)
        if len(found) >= 2 and not re.search(r"[0-9]", rest) and len(rest.split()) <= 4:
            months = found  # 'Jan Dec M/M Pct'
        if _PCT_CHANGE.search(line) or (k + 1 < upto and _PCT_CHANGE.search(line + " " + text[slice(*lines[k + 1])])):
            change = True
    if months and years and len(months) == len(years):
        return [f"{m} {y}" for m, y in zip(months, years)], change
    if years and any(_YEAR_END.search(text[slice(*lines[k])]) for k in range(first, upto)):
        return [f"end of {y}" for y in years], change  # 'As at end of year' over the years
    return years or months, change


def _block_cells(text: str, lines: list[tuple[int, int]], first: int, last: int) -> list[FlatCell]:
    kinds = []
    for k in range(first, last):
        a, b = lines[k]
        if _NUMBER_LINE.fullmatch(text, a, b) and not _YEARISH.fullmatch(text[a:b].strip()):
            kinds.append("N")
        elif _TIME_HEADER.fullmatch(text, a, b):
            kinds.append("H")
        elif _row_cells(text, a, b) or _bare_row(text, a, b):
            kinds.append("R")
        else:
            kinds.append("L")
    out: list[FlatCell] = []
    if kinds.count("R") >= 2:
        out += _row_form(text, lines, first, last, kinds)
    if sum(1 for k in range(1, len(kinds)) if kinds[k] == "N" and kinds[k - 1] == "L") >= 2:
        out += _line_form(text, lines, first, last, kinds)
    return out


def _outer_unit(text: str, lines: list[tuple[int, int]], first: int, last: int, kinds: list[str],
                row_kind: str) -> _Unit | None:
    """The unit the table's title or header lines declare (above its first row, or the line just above the block
    over a blank line), else its footer lines ('billions of Singapore dollars' under the rows)."""
    rows = [k for k, kind in enumerate(kinds) if kind == row_kind]
    top = rows[0] if rows else len(kinds)
    if row_kind == "N":  # one cell per line: the first row's label line is no header
        top = max(0, top - 1)
    for k in range(top):
        unit = _declared(text[slice(*lines[first + k])])
        if unit is not None:
            return unit
    k = first - 1
    while k >= 0 and not text[slice(*lines[k])].strip() and first - k < 3:
        k -= 1
    if k >= 0 and first - k < 3 and not _prose(text[slice(*lines[k])]):
        unit = _declared(text[slice(*lines[k])])
        if unit is not None:
            return unit
    after = rows[-1] + 1 if rows else len(kinds)
    if rows and row_kind == "R":
        a, _ = lines[first + rows[-1]]
        cells = _row_cells(text, *lines[first + rows[-1]]) or [(a, a)]
        after += 1 if _open(text[a:cells[0][0]]) else 0  # the last row's label goes on below it
    for k in range(after, len(kinds)):
        unit = _declared(text[slice(*lines[first + k])])
        if unit is not None:
            return unit
    return None


def _cell(text: str, s: int, e: int, column: int, headers: list[str], unit: _Unit | None) -> FlatCell:
    value, negative = _value(text[s:e])
    if unit is None:
        return FlatCell(s, e, column, tuple(headers), value, negative)
    return FlatCell(s, e, column, tuple(headers), value, negative, unit.kind, unit.factor, unit.currency, unit.unit)


def _row_form(text: str, lines: list[tuple[int, int]], first: int, last: int, kinds: list[str]) -> list[FlatCell]:
    """'Operating Revenue 55.18 55.03' under 'FY2012/13 FY2013/14'; a row's or a section's own unit ('No. of
    applications (cases) 9,914 10,505 -5.6', 'New loan approvals (HK$ mln)' over its rows) before the table's."""
    outer = _outer_unit(text, lines, first, last, kinds, "R")
    top = kinds.index("R")
    headers, change = _time_headers(text, lines, first, first + top)
    rows: list[tuple[int, list[tuple[int, int]]]] = []
    for k, kind in enumerate(kinds):
        if kind == "R":
            rows.append((k, _row_cells(text, *lines[first + k]) or _bare_row(text, *lines[first + k]) or []))
    widths = [len(cells) for _, cells in rows]
    modal = max(set(widths), key=lambda w: (widths.count(w), w)) if widths else 0
    want = len(headers) + (1 if change else 0) if headers else modal
    if change and headers:
        headers = headers + ["Change"]
    out: list[FlatCell] = []
    section: _Unit | None = None  # a label line's unit, for the rows below it
    row_at = dict(rows)
    for k, kind in enumerate(kinds):
        a, b = lines[first + k]
        if kind == "L" and k > top:
            above = row_at.get(k - 1)
            label = text[lines[first + k - 1][0]:above[0][0]] if above else ""
            unit = _declared(text[a:b])
            if unit is not None and not _open(label):
                section = unit  # 'New loan approvals (HK$ mln)' (not the rest of the row above's label)
            continue
        if kind != "R":
            continue
        cells = row_at[k]
        if len(cells) > want:  # a footnote number after the label ('Contribution 4 14,724 16,413')
            extra = cells[:len(cells) - want]
            if all(re.fullmatch(r"[0-9]{1,2}", text[s:e]) for s, e in extra):
                cells = cells[len(extra):]
        if not (len(cells) == want or change and len(cells) == want - 1 >= 1):
            continue  # not a row of this table ('Feb 25', a page number); a ratio row has no change cell
        label = text[a:cells[0][0]]
        own = _label_unit(text, lines, first + k, label, first + len(kinds)) if label.strip() else None
        unit = own or section or outer
        for j, (s, e) in enumerate(cells):
            if _YEARISH.fullmatch(text[s:e]):
                continue
            pct = change and j == want - 1
            out.append(_cell(text, s, e, j, headers, _Unit("percent", Decimal(1), "") if pct else unit))
    return out


def _line_form(text: str, lines: list[tuple[int, int]], first: int, last: int, kinds: list[str]) -> list[FlatCell]:
    """'Operating Revenue' / '104.3' / '108.6' / '+4.2%' under 'Category' / 'FY23' / 'FY24' / 'Change'."""
    outer = _outer_unit(text, lines, first, last, kinds, "N")
    widths, k = [], 0
    while k < len(kinds):
        if kinds[k] == "N":
            j = k
            while j < len(kinds) and kinds[j] == "N":
                j += 1
            widths.append(j - k)
            k = j
        else:
            k += 1
    width = max(widths, default=0)
    start_n = kinds.index("N") if "N" in kinds else len(kinds)
    label_run = 0
    while label_run < start_n and kinds[start_n - 1 - label_run] == "L":
        label_run += 1
    headers: list[str] = []
    heads = [k for k in range(start_n - label_run, start_n - 1) if kinds[k] == "L"]
    declared = [(k, _declared(text[slice(*lines[first + k])])) for k in heads]
    units = [(k, u) for k, u in declared if u]  # '2008–09' over '($ billion)' each
    if units and len(heads) - len(units) >= width:
        heads = [k for k, u in declared if not u]
        outer = outer or units[0][1]
    if len(heads) >= width + 1 or label_run >= width + 2:  # the header's cells, then the first row's label
        headers = [text[slice(*lines[first + k])].strip() for k in heads[len(heads) - width:]]
    out: list[FlatCell] = []
    column = -1
    unit: _Unit | None = outer
    for k, kind in enumerate(kinds):
        if kind != "N":
            column = -1
            continue
        column += 1
        a, b = lines[first + k]
        m = _NUMBER_LINE.fullmatch(text, a, b)
        if m is None or k == 0 or (column == 0 and kinds[k - 1] != "L"):
            continue
        if column == 0:  # the row's label line may state the row's own unit ('Loans (HK$ mln)'), or another measure
            label = text[slice(*lines[first + k - 1])]
            measure = row_measure(label)
            unit = _declared(label) or (outer if measure is None else _Unit(measure[0], Decimal(1), "", measure[1]))
        out.append(_cell(text, m.start(1), m.end(1), column, headers, unit))
    return out


def flat_cells(text: str) -> list[FlatCell]:
    """Every cell of the text's flattened tables, with the unit its row, section or table declares (kind '' where
    none does: its cells still have columns, for the periods)."""
    if text.count("\n") < 2:
        return []
    lines = _lines(text)
    out: list[FlatCell] = []
    spaced = _spaced(text, lines)
    for first, last in _blocks(text, lines, spaced):
        if last - first < 3 or last - first > _MAX_ROWS:
            continue
        if spaced and any(k in spaced for k in range(first, last)):  # a table with a blank line between its cells
            kept = [lines[k] for k in range(first, last) if k not in spaced]
            out += _block_cells(text, lines[:first] + kept, first, first + len(kept))
            continue
        out += _block_cells(text, lines, first, last)
    return out


def _spaced(text: str, lines: list[tuple[int, int]]) -> frozenset[int]:
    return double_spaced_blanks(text, lines, _prose, lambda a, b: _NUMBER_LINE.fullmatch(text, a, b) is not None)


def with_table_cells(text: str, found: list[FigureMatch], default_currency: str) -> list[FigureMatch]:
    """The scanner's figures with the bare cells of flattened tables read in their declared unit (a figure the
    scanner read over such a cell gives way to it)."""
    if "\n" not in text or not _might_declare(text):
        return found
    cells = [c for c in flat_cells(text) if c.kind and c.value is not None]
    if not cells:
        return found
    spans = [(c.start, c.end) for c in cells]
    kept = [f for f in found if not any(f.start < e and s < f.end for s, e in spans)]
    for c in cells:
        value = (c.value or Decimal(0)) * c.factor
        code = default_currency if c.currency == "$" else c.currency
        kept.append(FigureMatch(c.start, c.end, c.kind, -value if c.negative else value, None,
                                code if c.kind == "money" else c.unit, "", "", c.currency == "$"))
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


_MIGHT = (r"(?i)\([^()\n]{0,12}(?:million|billion|thousand|bn|mn|mln|bln|m|b|%|pct)[^()\n]{0,8}\)|"
          r"^[ \t]*\(?(?:in[ ]+|unit:[ ]*)?[A-Z]{0,3}\$?[ ]?(?:million|billion|bn|mn)\)?[ \t]*$|"
          r"(?:billions|millions|thousands) of [a-z ]*dollars|"
          r"(?:billions|millions|thousands) of (?:yuan|renminbi)")


@lru_cache(maxsize=1)
def _might_pattern() -> re.Pattern[str]:
    """A cheap gate for a declared unit: scales, percents, and the count units `_declared` reads ('(cases)')."""
    counts = "|".join(map(re.escape, lexicon("en")["table_count_units"]))
    return re.compile(rf"{_MIGHT}|(?i:\((?:{counts})\))", re.M)


def _might_declare(text: str) -> bool:
    return _might_pattern().search(text) is not None
