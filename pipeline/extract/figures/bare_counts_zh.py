"""Bare Chinese numbers that count without a unit, classifier or noun after them (the last reading `classify` tries).

Three shapes of real text state a count and leave its noun to the context:

- a scaled number that closes a clause or meets a threshold word: '旅客突破5100萬。';
- a number written with thousands separators: '每年建屋47,000的目標', '只有41,600' (grouped digits are a quantity,
  never a year, a code or a paragraph number);
- the level of an index named just before it ('價格總指數為103.0'): a quantity;
- a change of a named ratio stated just before it: '收入比值2.50,比上年缩小0.05' (a ratio, not a count);
- a cell of a table under a unit line ('单位:%', '單位：百萬元') is in that unit (table_units_zh);
- a cell of a table flattened to one cell per line is in the unit its column's header names (column_lists_zh);
- a cell of a plain-text table: the row of a subtotal or total ('新界小計 13,732', '合計 800') and the cell under a
  header that names a count ('分區 屋苑 單位數目' over 'X區 Y苑 800 居屋'); the header's noun gives the unit.

A document that declares a money column ('(百萬元)', '(億元)') leaves its bare numbers alone: they are amounts in
that unit, and which column a number sits in is not read here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.column_lists_zh import column_cell
from pipeline.extract.figures.numbers_zh import has_scale
from pipeline.extract.figures.table_units_zh import declared_unit_cell, line_bounds

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["bare_count"]

_GROUPED = re.compile(r"[0-9]{1,3}(?:[,，][0-9]{3})+")
_PLAIN_INT = re.compile(r"[0-9]{1,3}(?:[,， ][0-9]{3})*|[0-9]+")
_MONEY_HEADER = re.compile(r"[（(][^（()）\n]{0,6}(?:元|港幣|港币|人民幣|人民币)[^（()）\n]{0,3}[)）]")
_HEADER_SEARCH_LINES = 40
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


_DECLARED: list[tuple[str, bool]] = []  # (text, declares money): the last document's answer


def _declares_money(text: str) -> bool:
    """Whether the text declares a money column ('(百萬元)'), found once per document, not per bare number."""
    if not _DECLARED or _DECLARED[0][0] is not text:
        _DECLARED[:] = [(text, _MONEY_HEADER.search(text) is not None)]
    return _DECLARED[0][1]


def _cells(line: str) -> list[str]:
    return [c for c in re.split(r"[ \t\u3000]+", line.strip()) if c]


def _table_cell(reader: ZhReader, first: int, end: int) -> tuple[bool, str]:
    """(True, unit) when the number [first, end) is a whole cell of a table row that counts: a total row, or a
    row under a header naming a count in the number's column. Columns are read in the text as laid out
    (`reader.layout`: the extractor drops the spaces between Chinese characters that separate the cells)."""
    lex = reader.lex
    text = reader.text
    if reader.layout is not None:
        text, cmap = reader.layout
        first, end = cmap[first], cmap[end - 1] + 1
    ls, le = line_bounds(text, first)
    if not _PLAIN_INT.fullmatch(text[first:end]):
        return False, ""
    label = text[ls:first].strip(" \t\u3000")
    if any(label.endswith(w) for w in lex["table_total_labels"]) and not text[end:le].strip(" \t\u3000"):
        return True, ""  # 新界小計 13,732: the row of a subtotal, one number after its label
    cells = _cells(text[ls:le])
    if len(cells) < 3 or not (first == ls or text[first - 1] in " \t\u3000") or \
            not (end == le or text[end] in " \t\u3000"):
        return False, ""  # the number must be a cell of its own
    col = len(_cells(text[ls:first]))
    pos = ls
    for _ in range(_HEADER_SEARCH_LINES):
        if pos == 0:
            break
        hs, he = line_bounds(text, pos - 1)
        header = _cells(text[hs:he])
        heads = [h for h in lex["table_count_headers"] if len(header) == len(cells) and header[col].endswith(h)]
        if heads:
            return True, lex["nouns"].get(header[col][:-len(heads[0])], "")
        pos = hs
    return False, ""


def _ratio_earlier(reader: ZhReader, first: int) -> bool:
    """A named ratio with its number earlier in the sentence ('城乡居民人均收入比值2.50,'): a bare change after it
    ('比上年同期缩小0.05') changes that ratio."""
    head = _SENTENCE_END.split(reader.text[max(0, first - 60):first])[-1]
    return any(re.search(re.escape(w) + r"[为為是]?[0-9]", head) for w in reader.lex["rate_leads"])


def bare_count(reader: ZhReader, first: int, p: int, surface: str, value: Decimal, value_max: Decimal | None,
               infix: str) -> FigureZh | None:
    """A count for the bare number `surface` at [first, p), or None."""
    lex, text = reader.lex, reader.text
    if has_scale(surface) and surface[0] not in "萬万億亿" and value >= 10000 and \
            (reader.char_in(p, lex["clause_ends"]) or p >= len(text) or reader.at(p, lex["threshold_words"]) or
             reader.char(p) == "\n" and bool(reader.qualifier_before(first)[0])):
        return reader.finish(first, p, "count", value, value_max, "", infix=infix)  # '……突破5100萬。', '超550万' + line end
    if value_max is not None or infix or reader.char_in(p, "元圓年月日號号"):
        return None
    if not has_scale(surface) and reader.before(reader.qualifier_before(first)[1], lex["ratio_change_verbs"]) and \
            _ratio_earlier(reader, first):
        return reader.finish(first, p, "ratio", value, None, "")  # 收入比值2.50,比上年缩小0.05
    declared = None if has_scale(surface) else declared_unit_cell(reader, first, p)
    if declared is not None:  # '单位:%' / '單位：百萬元' over the table: its cells are in that unit
        kind, factor, code = declared
        unit = code or (reader.local_currency(first) if kind == "money" else "")
        return reader.finish(first, p, kind, value * factor, None, unit)
    listed = None if has_scale(surface) else column_cell(reader, first, p)
    if listed is not None:  # a table flattened to one cell per line: its column header names the unit
        return reader.finish(first, p, listed[0], value * listed[1], None, listed[2])
    if _declares_money(text):
        return None  # '(百萬元)': a table's bare numbers are money in the declared unit
    in_table, unit = _table_cell(reader, first, p)
    if in_table:
        return reader.finish(first, p, "count", value, None, unit)  # 新界小計 13,732
    if not has_scale(surface) and reader.before(reader.qualifier_before(first)[1], lex["index_leads"]):
        return reader.finish(first, p, "quantity", value, None, "")  # 總指數為103.0: an index level
    if _GROUPED.fullmatch(surface) and not reader.char_in(p, "0123456789.．"):
        return reader.finish(first, p, "count", value, None, "")  # 每年建屋47,000的目標
    return None
