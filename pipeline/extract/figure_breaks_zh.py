"""A Chinese line break inside a figure: never a paragraph end, whatever the length of the line before.

`chinese.unwrap` joins lines that a layout wrapped when the line before is full-width (a heading is short). A
figure can be split after a line of any length, though (the last line of a text box, a narrow column, a
line the layout broke at the space of '3 000'): '約3 000' + '個宿位', '撥款約' + '30億元', '3' + '000個'. Such a
break is no heading's or list item's end, since those never end in a bare number, a qualifier or a currency
word waiting for its number: the line before ends in a number and the next begins with what a number takes
after it (a scale word, a unit, a classifier, a currency, %, 倍, a qualifier like 多 / 以上) or with the
rest of the number; or the line before ends in a qualifier, a currency word or 百分之 and the next begins
with a number. A table's row is no wrapped line: a number set apart at its end by a gap (or a tab) is a
cell ('總額 3 000' + '項目數目 12'), unless a qualifier or currency word stands before the gap ('約 3 000').
A web page's field lines are no wrapped sentence either: a line that is a label and a number alone ('日期:10-18')
followed by a line that opens with another label ('字号:') holds two fields, the number the first one's value.
The words are the figure lexicon's (figure_lexicon.zh.json), one source of truth with the
figure reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.numbers_zh import lexicon

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ENDS_IN_NUMBER = re.compile(r"[0-9０-９]$")
_THOUSANDS_REST = re.compile(r"[0-9０-９]{3}(?![0-9０-９])")  # '3' + '000個': the break stands for the space
_ENDS_IN_THOUSANDS_MARK = re.compile(r"[0-9０-９],$")  # '3,' + '000個'
_STARTS_WITH_NUMBER = re.compile(r"[0-9０-９]")
_LAST_CELL = re.compile(r"(?<![0-9０-９,.])\s+[0-9０-９][0-9０-９,.\u00a0 ]*$")  # a number set apart by a gap at the line's end
_CN_NUMERALS = "〇零一二兩两三四五六七八九十百千"
_ENDS_IN_SCALED = re.compile(r"[0-9０-９][萬万億亿]$")  # '25億' + '720萬元', '2,990萬' + '元': a scaled number goes on
_LOWER_PART = re.compile(r"[0-9０-９][0-9０-９,]*[萬万千百]")
_FIELD_LINE = re.compile(r"[\u4e00-\u9fff]{1,6}[:：]\s*[0-9０-９][0-9０-９./\-]*$")  # 日期:10-18: a page's field
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}[:：]")  # 字号: / 来源: opening the next line: the next field
_GAPPED_LAST_CELL = re.compile(r"\S(?:\t|[ \u00a0\u3000]{2,})[-−]?[0-9０-９][0-9０-９,.]*$")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(what follows a number, what precedes one) in the figure lexicon, longest first."""
    lex = lexicon()
    after = [*lex["scales"], *lex["small_units"], *lex["_currency_suffixes"], *lex["_units"], *lex["_durations"],
             *lex["_classifiers"], *lex["_qualifiers_after"], *lex["_qualifiers_infix"], "%", "％", "倍", "成"]
    before = [*lex["_qualifiers_before"], *lex["_currency_prefixes"], "百分之"]
    return (tuple(sorted(set(after), key=len, reverse=True)), tuple(sorted(set(before), key=len, reverse=True)))


def table_row(line: str) -> bool:
    """A line that ends in a number set apart by a tab or a gap of two spaces or more is a table's row
    ('2016年6月   50.0    52.5'), never a line a layout wrapped mid-sentence: prose is not set in columns."""
    return _GAPPED_LAST_CELL.search(line) is not None


def figure_break(line: str, nxt: str) -> bool:
    """True when the break between `line` (stripped, the line before) and `nxt` (the next line) splits a
    figure, so the two lines are one sentence."""
    if not line or not nxt or not _CJK.search(line):
        return False  # a line of digits alone is a page number or a table cell
    after, before = _words()
    cell = _LAST_CELL.search(line)
    if "\t" in line or cell and not line[:cell.start()].endswith(before):
        return False  # '撥款總額 3 000' + '項目數目 12': a table's rows, the number a cell of its own
    if _ENDS_IN_NUMBER.search(line):
        if _FIELD_LINE.match(line) and _FIELD_LABEL.match(nxt):
            return False  # '日期:10-18' + '字号:': two fields of a page's header, no figure across them
        return nxt.startswith(after) or _THOUSANDS_REST.match(nxt) is not None
    if _ENDS_IN_SCALED.search(line):  # the rest of the amount (its lower part or its currency) opens the next line
        return _LOWER_PART.match(nxt) is not None or nxt.startswith(tuple(lexicon()["_currency_suffixes"]))
    if _ENDS_IN_THOUSANDS_MARK.search(line):
        return _THOUSANDS_REST.match(nxt) is not None
    if line[-1] in _CN_NUMERALS:  # '三十' + '億元': a numeral written in characters, then a scale or currency
        return nxt.startswith(tuple(lexicon()["scales"])) or nxt.startswith(tuple(lexicon()["_currency_suffixes"]))
    if line.endswith(before):
        return _STARTS_WITH_NUMBER.match(nxt) is not None or nxt[0] in lexicon()["_cn_chars"]
    return False
