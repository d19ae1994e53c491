"""The unit a Chinese plain-text table declares for its cells: '单位:%' / '單位：%' over the rows.

Statistics releases and budget tables print their numbers bare and state the unit once, on the title line or a
line of its own above the header ('表1 中国制造业PMI及构成指数 单位:%', '（單位：%）'). A number that is a whole
cell of a row under such a line (a row of three cells or more, not the row's first cell, which is its label) is a
figure in that unit. Only the percent unit is read here: a money unit's table ('(億元)') is left alone by
bare_counts_zh, and a measure's table names its unit in words the figure reader already knows per number.

The search goes up from the number's line through the table (at most `_SEARCH_LINES` lines) and stops at prose: a
line that ends a sentence (。) is no part of a table. The text is read as laid out (`reader.layout`), where the
gaps between cells still stand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["declared_percent_cell"]

_SEARCH_LINES = 40
_UNIT_PERCENT = re.compile(r"(?:单位|單位)\s*[:：]\s*(?:%|％|百分比)\s*[)）]?\s*$")
_CELL_NUMBER = re.compile(r"[-−]?[0-9]+(?:\.[0-9]+)?")
_GAP = re.compile(r"[ \t\u3000]+")


def _line(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def declared_percent_cell(reader: ZhReader, first: int, end: int) -> bool:
    """Whether the bare number at [first, end) is a cell of a table row under a '单位:%' line."""
    text = reader.text
    if reader.layout is not None:
        text, cmap = reader.layout
        first, end = cmap[first], cmap[end - 1] + 1
    if not _CELL_NUMBER.fullmatch(text[first:end]):
        return False
    ls, le = _line(text, first)
    before, after = text[ls:first], text[end:le]
    if not before.strip() or not (before[-1:] in " \t\u3000") or (after and after[0] not in " \t\u3000"):
        return False  # the first cell is the row's label; a cell stands apart from its neighbours
    if len(_GAP.split(text[ls:le].strip())) < 3:
        return False
    pos = ls
    for _ in range(_SEARCH_LINES):
        if pos == 0:
            return False
        hs, he = _line(text, pos - 1)
        line = text[hs:he].strip()
        if _UNIT_PERCENT.search(line):
            return True
        if line.endswith("。"):
            return False  # prose: the table (if any) began below it
        pos = hs
    return False
