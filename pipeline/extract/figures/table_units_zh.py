"""The unit a Chinese plain-text table declares for its cells: '单位:%', '單位：百萬元' over the rows.

Statistics releases, budget papers and yearbooks print their tables' numbers bare and state the unit once, on the
title line or a line of its own above the header ('表1 中国制造业PMI及构成指数 单位:%', '（單位：%）',
'單 位 : 百 萬 元' in a letter-spaced yearbook page). A number that is a whole cell of a row under such a line (a row
of three cells or more, not the row's first cell, which is its label) is a figure in that unit:

- a percent unit (%, 百分比) makes it a percent;
- a money unit, an optional scale and a currency word (元, 百萬元, 億元, 千港元, 百萬美元), makes it money: the cell
  times the scale, in the currency named, or the text's own for a bare 元 (a Hong Kong yearbook's 元 is HKD).

Other units (萬噸, 人) are left alone: the figure reader's per-number rules already read those tables' rows. The
search goes up from the number's line through the table (at most `_SEARCH_LINES` lines) and stops at prose: a line
that ends a sentence (。) is no part of a table. The text is read as laid out (`reader.layout`), where the gaps between
cells still stand. The unit lines are read by unit_lines_zh (which the reader also asks where a unit line stands:
its numerals state no amount).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.unit_lines_zh import UNIT_LINE, declared_unit

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["declared_unit_cell", "line_bounds"]

_SEARCH_LINES = 60
_CELL_NUMBER = re.compile(r"[-−]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[-−]?[0-9]+(?:\.[0-9]+)?")
_GAP = re.compile(r"[ \t\u3000]+")


def line_bounds(text: str, i: int) -> tuple[int, int]:
    """[start, end) of the line that holds text[i]."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def declared_unit_cell(reader: ZhReader, first: int, end: int) -> tuple[str, Decimal, str] | None:
    """(kind, factor, currency code or '') when the bare number at [first, end) is a cell of a table row under a
    unit line ('单位:%', '單位：百萬元'); None otherwise."""
    text = reader.text
    if reader.layout is not None:
        text, cmap = reader.layout
        first, end = cmap[first], cmap[end - 1] + 1
    if not _CELL_NUMBER.fullmatch(text[first:end]):
        return None
    ls, le = line_bounds(text, first)
    before, after = text[ls:first], text[end:le]
    if not before.strip() or before[-1:] not in " \t\u3000" or (after and after[0] not in " \t\u3000"):
        return None  # the first cell is the row's label; a cell stands apart from its neighbours
    if len(_GAP.split(text[ls:le].strip())) < 3:
        return None
    pos = ls
    for _ in range(_SEARCH_LINES):
        if pos == 0:
            return None
        hs, he = line_bounds(text, pos - 1)
        m = UNIT_LINE.search(text, hs, he)
        if m:
            return declared_unit(m.group(1))
        if text[hs:he].rstrip().endswith("。"):
            return None  # prose: the table (if any) began below it
        pos = hs
    return None
