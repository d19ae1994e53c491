"""A plain-text table flattened to one cell per line: the header's column names say what its bare numbers are.

Statistics bulletins copied from web pages lose their table grid: each cell lands on a line of its own, the header
first (the row-label column's name, then one line per number column), then each row as its label line followed by
its numbers, one per line:

    表1居民消費價格指數(以上年為100)      <- title (prose above the table ends with 。)
    指標                                  <- header: the labels' column
    價格指數                              <- header: column 1
    比上年±%                              <- header: column 2
    居民消費價格總指數                    <- row label
    103.0                                 <- column 1
    3.0                                   <- column 2

A number that is a whole line in such a block is a figure of its column: a column named with % (比上年±%, 增長%) is
a percent, an index column (價格指數) a quantity (an index level), a money column (億元, 萬元, 元) money in that scale
and the text's currency. Other columns (no unit named) are left alone. The block must be regular: after the header,
every row is one label line and the same number of number lines, two rows at least.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.table_units_zh import line_bounds
from pipeline.extract.figures.unit_lines_zh import PERCENT

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["column_cell"]

_NUMBER_LINE = re.compile(r"\s*[-−+]?[0-9]+(?:\.[0-9]+)?\s*")
_SEARCH_LINES = 80
_MONEY_SCALES = (("億元", Decimal(10) ** 8), ("亿元", Decimal(10) ** 8), ("萬元", Decimal(10) ** 4),
                 ("万元", Decimal(10) ** 4), ("元", Decimal(1)))


def _column_kind(header: str) -> tuple[str, Decimal] | None:
    """(kind, factor) a column's name declares: %, an index, or money in a scale; None if it names no unit."""
    if any(w in header for w in PERCENT):
        return "percent", Decimal(1)
    if re.search(r"指[數数]", header):
        return "quantity", Decimal(1)
    for word, factor in _MONEY_SCALES:
        if word in header:
            return "money", factor
    return None


def _table_lines(text: str, pos: int, step: int) -> list[str]:
    """The table's lines from the line boundary at pos going up (step -1, nearest first) or down (step 1)."""
    out: list[str] = []
    while len(out) < _SEARCH_LINES:
        if step < 0:
            if pos <= 0:
                break
            hs = text.rfind("\n", 0, pos - 1) + 1
            line, pos = text[hs:pos - 1].strip(), hs
        else:
            if pos >= len(text):
                break
            he = text.find("\n", pos)
            he = len(text) if he < 0 else he
            line, pos = text[pos:he].strip(), he + 1
        if not line or line.endswith(("。", "；", ";")) or len(line) > 40:
            break
        out.append(line)
    return out


def column_cell(reader: ZhReader, first: int, end: int) -> tuple[str, Decimal, str] | None:
    """(kind, factor, currency) when the bare number at [first, end) is a whole line of a flattened table whose
    column header declares a unit; None otherwise."""
    text = reader.text
    ls, le = line_bounds(text, first)
    if not _NUMBER_LINE.fullmatch(text, ls, le):
        return None
    above = list(reversed(_table_lines(text, ls, -1)))
    lines = above + [text[ls:le].strip()] + _table_lines(text, le + 1, 1)
    block = "".join("N" if _NUMBER_LINE.fullmatch(x) else "L" for x in lines)
    m = re.match(r"(L+?)((?:LN+)+)", block)
    if m is None or m.end(2) <= len(above):
        return None
    rows = re.findall(r"LN+", m.group(2))
    width = len(rows[0]) - 1
    if len(rows) < 2 or any(len(r) - 1 != width for r in rows) or len(m.group(1)) < width + 1:
        return None
    offset = len(above) - len(m.group(1))  # the number's place in the rows, counted in lines
    column = offset % (width + 1) - 1  # 0: the first number column (-1 would be a label line)
    if column < 0:
        return None
    declared = _column_kind(lines[len(m.group(1)) - width + column])
    if declared is None:
        return None
    kind, factor = declared
    return kind, factor, reader.local_currency(first) if kind == "money" else ""
