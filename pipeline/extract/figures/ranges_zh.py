"""Ranges in Chinese figures: 'X至Y', 'X-Y' and the approximate pairs of neighbouring numerals.

Chinese states an approximate number by writing two neighbouring numerals side by side: 兩三年 ('two or three
years'), 三四個部門, 一兩個月, 七八成; in Arabic digits the pair is joined by 、 (增加2、3倍), and so are two Chinese
numerals at times (兩、三小時). Such a pair is one
range, like 2至3 (GUIDELINES: a range is one figure with value_max). Only neighbouring numerals make a pair:
'分別增長3、5倍' lists two figures, and 三五成群 is an idiom. A pair is not read before a word that makes its
numerals labels or dates: 三四月 (March and April), 一二線城市 (tier labels), 周三四 (weekdays).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.changes_zh import is_change
from pipeline.extract.figures.numbers_zh import has_scale, trailing_scale

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["minus_sign", "opens_item", "pair_first", "read_range"]

# a dash between two Arabic numbers with a space on either side ('2,700 - 3,400億元', '13 - 17個月')
_SPACED_DASH = re.compile(r"\s?[-–—－~～]\s?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _neighbour_pair(reader: ZhReader, i: int) -> bool:
    """Two Chinese numerals at i that name neighbouring numbers (兩三, 三四, 一兩) and are not a label or a date."""
    lex = reader.lex
    digits = lex["digits"]
    a, b = reader.char(i), reader.char(i + 1)
    if a not in digits or b not in digits or a in lex["zero_digits"]:
        return False
    if digits[b] != digits[a] + 1 and not (a + b in lex["approx_wide_pairs"] and reader.at(i + 2, lex["approx_wide_pairs_before"])):
        return False  # 三五年 ('three to five years') is the one wider pair, and only before a unit of time
    if reader.char_in(i - 1, lex["approx_pair_not_after"]) or reader.char_in(i + 2, lex["approx_pair_not_before"]):
        return False
    run = "".join(digits)
    before = i - 1
    while reader.char(before) in (" ", "\u3000", "\xa0"):
        before -= 1  # 二 〇 三五年: a year spelled digit by digit may be spaced out in a scraped page
    if reader.char_in(before, run):
        return False  # 二〇三五年: the end of a year written digit by digit, no pair
    return not reader.char_in(i + 2, run + "十百千")  # 三四五: a longer run is no pair


def pair_first(reader: ZhReader, s0: int) -> tuple[Decimal, int, str] | None:
    """The first numeral of a neighbouring pair at s0 (兩 of 兩三年) as (value, end, surface); None if there is none."""
    if not _neighbour_pair(reader, s0):
        return None
    return Decimal(reader.lex["digits"][reader.char(s0)]), s0 + 1, reader.char(s0)


def _digit_pair(reader: ZhReader, s0: int, pos: int, value: Decimal, end: int) -> tuple[Decimal, int, str] | None:
    """'2、3倍', '兩、三小時': the second of two neighbouring numbers joined by 、 and written alike (both Arabic, or
    two single Chinese numerals as in 兩三小時), when they are not items of a longer list (一、二、三) nor labels or
    dates (三、四月, 第一、二期: the pair's own exceptions)."""
    if reader.char(pos) != "、" or reader.char(s0 - 1) == "、" or opens_item(reader, s0):
        return None
    other = reader.read_num(pos + 1, end)
    if other is None or reader.char(other[1]) == "、" or other[0] != value + 1 and not _shared_tens(reader, value, other[2]):
        return None
    if other[2].isdigit() and reader.char(s0).isdigit():
        return other
    lex = reader.lex
    if pos != s0 + 1 or not {reader.char(s0), other[2][0]} <= set(lex["digits"]) or \
            reader.char_in(s0 - 1, lex["approx_pair_not_after"]) or reader.char_in(other[1], lex["approx_pair_not_before"]):
        return None
    return other


def _shared_tens(reader: ZhReader, value: Decimal, second: str) -> Decimal:
    """二、三十人, 七、八百萬: the second numeral of a pause-mark pair carries the tens (hundreds, ...) both share —
    the factor (10 for 三十), or 0 where the second is no neighbour numeral with one unit after it."""
    digits = reader.lex["digits"]
    if len(second) < 2 or second[0] not in digits or digits[second[0]] != value + 1 or value == 0:
        return Decimal(0)
    for unit in ("十", "百", "千"):
        if second[1:].startswith(unit):
            rest = second[2:]
            if rest and rest not in ("萬", "万", "億", "亿", "萬億", "万亿"):
                return Decimal(0)
            return Decimal({"十": 10, "百": 100, "千": 1000}[unit]) * (trailing_scale(rest) if rest else 1)
    return Decimal(0)


def _infix_scale(reader: ZhReader, surface: str, other: tuple[Decimal, int, str] | None) -> tuple[Decimal, int, str] | None:
    """提供26萬至40多萬個單位: the upper bound written with 多 ('over') before the scale word the lower one has is
    that scaled number (400 000), so the two make a range of the same scale; the bound as read otherwise."""
    if other is None or not has_scale(surface) or has_scale(other[2]) or not reader.char_in(other[1], "多余餘"):
        return other
    scale = reader.at(other[1] + 1, ["萬億", "万亿", "億", "亿", "萬", "万"])
    if not scale or trailing_scale(scale) != trailing_scale(surface):
        return other
    return other[0] * trailing_scale(scale), other[1] + 1 + len(scale), other[2] + scale


def opens_item(reader: ZhReader, s0: int) -> bool:
    """The number at s0 opens a line or a sentence: 'N、' there numbers a heading or an item (五、六项改革全面完成 is
    item 五 of a report), not the first of a pair."""
    before = reader.text[max(0, s0 - 8):s0].rstrip(" \t\u3000")
    return not before or before[-1] in "\n。；：;:！？!?）)"


def minus_sign(reader: ZhReader, i: int, fig_end: int) -> bool:
    """The dash at i, right before a figure ending at fig_end, is a minus sign (增长率为-2.11‰, a table cell '-2.0')
    — not a range's dash (2-3%) and not a list's bullet: a dash opening a line whose item goes on in words after
    the figure ('-20億元成立基金, 資助…')."""
    if re.match(r"[0-9A-Za-z０-９%％]", reader.char(i - 1)):
        return False
    line_start = reader.text.rfind("\n", 0, i) + 1
    if reader.text[line_start:i].strip():
        return True
    line_end = reader.text.find("\n", fig_end)
    return not _CJK.search(reader.text, fig_end, len(reader.text) if line_end < 0 else line_end)


def read_range(reader: ZhReader, s0: int, pos: int, value: Decimal, surface: str,
               end: int) -> tuple[Decimal, Decimal | None, int, str]:
    """(value, value_max, end, surface) of the figure whose first number `surface` spans s0..pos: a range word (至,
    到, -) or a neighbouring pair makes the range; a change (增加27億至490億元) and a span of years are not ranges.
    The surface returned is the bound that carries the scale when only the upper one writes it (26至40万单位 reads
    like 40万单位)."""
    lex = reader.lex
    arabic = surface[0].isdigit()
    rng = reader.at(pos, lex["range_words"])
    spaced = _SPACED_DASH.match(reader.text, pos, end) if arabic and not rng else None
    if spaced and spaced.group().strip() and len(spaced.group()) > 1:
        rng = spaced.group()  # 2,700 - 3,400億元: a spaced dash between two Arabic numbers
    other = None
    if rng:
        other = reader.read_num(pos + len(rng), end)
        if other is not None and not (rng in ("至", "到") or (arabic and other[2][0].isdigit())):
            other = None
        other = _infix_scale(reader, surface, other)  # 26萬至40多萬: the upper bound's 多 before its scale word
    elif arabic or reader.char(pos) == "、":
        other = _digit_pair(reader, s0, pos, value, end)
    elif pos == s0 + 1 and _neighbour_pair(reader, s0):
        other = reader.read_num(pos, end)
    if other is None:
        return value, None, pos, surface
    v1 = value
    shared = not has_scale(surface) and has_scale(other[2])
    tens = _shared_tens(reader, value, other[2]) if not arabic and reader.char(pos) == "、" else Decimal(0)
    if tens:
        v1, shared = value * tens, True  # 二、三十人: 20 to 30
    elif shared:
        v1 = value * trailing_scale(other[2])  # 兩三萬人, 10至20億元: the scale is shared
    if other[0] > v1 and not (reader.is_year(surface) and reader.is_year(other[2])) and \
            not (rng in ("至", "到") and is_change(reader, s0, surface, v1, other[2], other[0])):  # 增长1-3%: a dash joins no change
        return v1, other[0], other[1], other[2] if shared else surface
    return value, None, pos, surface
