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
cells still stand. A table scraped from a web page may keep its grid as '|' between cells ('| 基本工程儲備基金 |
33,110 | 33,110 |', a total underlined '5,800 ________ |'): a number alone between bars (or a bar and the line's end) is
a cell too, whatever the number of cells on its line. A table's unit may also be stated in a note above it ('(所有
數字單位為百萬元 並按…價格計算)', unit_lines_zh.UNIT_NOTE) or in brackets on its title line ('政府開支 (百萬元)',
'（以百萬元計）'), unless a header between says a column is in % (which cells are money is then not read). The unit lines are read by unit_lines_zh (which the reader also asks where a unit line stands:
its numerals state no amount).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.unit_lines_zh import PERCENT, UNIT_LINE, UNIT_NOTE, UNIT_PAREN, declared_unit, note_unit

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["declared_unit_cell", "line_bounds"]

_SEARCH_LINES = 60
_CELL_NUMBER = re.compile(r"[-−]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[-−]?[0-9]+(?:\.[0-9]+)?")
_GAP = re.compile(r"[ \t\u3000]+")
_BAR_BEFORE = re.compile(r"(?:^|\|)[ \t\u3000]*$")
_BAR_AFTER = re.compile(r"[ \t\u3000_]*(?:\||$)")


def line_bounds(text: str, i: int) -> tuple[int, int]:
    """[start, end) of the line that holds text[i]."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def _title_unit(text: str, hs: int, he: int) -> re.Match[str] | None:
    """'政府開支 (百萬元)': a bracketed money unit on a title line, not inside a row of cells (a column's own unit)."""
    m = UNIT_PAREN.search(text, hs, he)
    line = text[hs:he]
    return m if m and line.count("|") <= 2 and len(_GAP.split(line.strip())) <= 2 else None


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
    if re.fullmatch(r"(?:19|20)[0-9]{2}", text[first:end]) and "|" in text[ls:le]:
        return None  # '| 2024 | 512 |': a year labels its row
    barred = "|" in text[ls:le] and _BAR_BEFORE.search(before) is not None and _BAR_AFTER.match(after) is not None
    if not barred and (not before.strip() or before[-1:] not in " \t\u3000" or (after and after[0] not in " \t\u3000")):
        return None  # the first cell is the row's label; a cell stands apart from its neighbours
    if not barred and len(_GAP.split(text[ls:le].strip())) < 3:
        return None
    pos, percent_column = ls, False
    for _ in range(_SEARCH_LINES):
        if pos == 0:
            return None
        hs, he = line_bounds(text, pos - 1)
        m = UNIT_LINE.search(text, hs, he)
        if m:
            return declared_unit(m.group(1))
        note = UNIT_NOTE.search(text, hs, he) or _title_unit(text, hs, he)
        unit = note_unit(note.group(1)) if note else None
        if unit:
            return None if percent_column else unit  # a % column: which cells are money is unread
        percent_column = percent_column or any(w in text[hs:he] for w in PERCENT)
        if text[hs:he].rstrip().endswith("。"):
            return None  # prose: the table (if any) began below it
        pos = hs
    return None
