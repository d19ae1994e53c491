"""A discount written N折: a price at N tenths of the full one (七折 = 70 per cent, 五二折 = 52, 8.5折 = 85).

GUIDELINES-zh 5 reads N成 (tenths) as percent N×10; N折 counts tenths of the price the same way, and two digits
(五二折, 九五折) are tenths and hundredths. 折 also means 'convert' (折合, 折算), 'depreciate' (折舊) or 'fold' (三折頁),
and 一波三折 is an idiom: those words after 折, or 波 / 第 before the number, make no figure.
Words: figure_lexicon.zh.json discount.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import lexicon

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["discount_at"]

_ARABIC = re.compile(r"([1-9])(?:\.([0-9]))?折")


def discount_at(reader: ZhReader, s0: int) -> FigureZh | None:
    """The discount N折 starting at s0 as a percent figure, or None."""
    lex = lexicon()
    digits, words = lex["digits"], lex["discount"]
    m = _ARABIC.match(reader.text, s0)
    if m:
        tenths, hundredths, end = int(m.group(1)), int(m.group(2) or 0), m.end()
    else:
        a, b = reader.char(s0), reader.char(s0 + 1)
        if a not in digits or not 0 < digits[a] < 10:
            return None
        if b == "折":
            tenths, hundredths, end = digits[a], 0, s0 + 2
        elif b in digits and reader.char(s0 + 2) == "折":
            tenths, hundredths, end = digits[a], digits[b], s0 + 3
        else:
            return None
    if reader.char_in(s0 - 1, words["not_after"] + "0123456789.") or reader.char_in(end, words["not_before"]):
        return None
    return reader.finish(s0, end, "percent", Decimal(tenths * 10 + hundredths), None, "")
