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
cells still stand. The unit line itself states no amount: `unit_line_spans` gives its span, where numerals are no
figures (the reader treats it like a quoted name).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import lexicon, parse_number

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["declared_unit_cell", "unit_line_spans"]

_SEARCH_LINES = 60
_UNIT_LINE = re.compile(r"[单單][ \u3000]*位[ \u3000]*[:：][ \u3000]*([^\n:：]{1,16}?)[ \u3000]*[)）]?[ \u3000]*$", re.M)
_PERCENT = ("%", "％", "百分比")
_CELL_NUMBER = re.compile(r"[-−]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[-−]?[0-9]+(?:\.[0-9]+)?")
_GAP = re.compile(r"[ \t\u3000]+")


def _line(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def _unit(declared: str) -> tuple[str, Decimal, str] | None:
    """'%' -> ('percent', 1, ''); '百萬元' -> ('money', 1e6, ''); '億美元' -> ('money', 1e8, 'USD'); else None."""
    unit = re.sub(r"[ \u3000（）()]", "", declared)
    if unit in _PERCENT:
        return "percent", Decimal(1), ""
    for word, code in sorted(lexicon()["currency_suffixes"].items(), key=lambda kv: -len(kv[0])):
        if unit.endswith(word):
            scale = unit[:-len(word)]
            factor = parse_number(scale) if scale else Decimal(1)
            return ("money", factor, str(code)) if factor is not None else None
    return None


def unit_line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of '單位：百萬元' lines in text[start:end]: the numerals in them (百萬) state a unit, not an amount."""
    return [(m.start(), m.end()) for m in _UNIT_LINE.finditer(text, start, end) if _unit(m.group(1))]


def declared_unit_cell(reader: ZhReader, first: int, end: int) -> tuple[str, Decimal, str] | None:
    """(kind, factor, currency code or '') when the bare number at [first, end) is a cell of a table row under a
    unit line ('单位:%', '單位：百萬元'); None otherwise."""
    text = reader.text
    if reader.layout is not None:
        text, cmap = reader.layout
        first, end = cmap[first], cmap[end - 1] + 1
    if not _CELL_NUMBER.fullmatch(text[first:end]):
        return None
    ls, le = _line(text, first)
    before, after = text[ls:first], text[end:le]
    if not before.strip() or before[-1:] not in " \t\u3000" or (after and after[0] not in " \t\u3000"):
        return None  # the first cell is the row's label; a cell stands apart from its neighbours
    if len(_GAP.split(text[ls:le].strip())) < 3:
        return None
    pos = ls
    for _ in range(_SEARCH_LINES):
        if pos == 0:
            return None
        hs, he = _line(text, pos - 1)
        m = _UNIT_LINE.search(text, hs, he)
        if m:
            return _unit(m.group(1))
        if text[hs:he].rstrip().endswith("。"):
            return None  # prose: the table (if any) began below it
        pos = hs
    return None
