"""Ratios Chinese writes in shorthand: two digits before 比 (公私營房屋六四比 = 6:4) and a colon pair right after the
two terms it relates (公屋、居屋3：1).

GUIDELINES: a ratio's value is the first term over the second ('1:2' = 0.5). 六四比, 七三比 and 五五比 name the shares
of two things with one digit each; 比 then ends the phrase (六四比例 too), so a word of comparing after it (一一比對,
比較, 比如) or a longer numeral before the digits (二十六四比…) makes no ratio. A colon between two numbers is a ratio
only where the text says so (chinese.ratio_colon); two terms joined by 、 / 與 / 和 right before the pair say so too,
when the second number has one digit (no clock time writes its minutes with one digit).
Words: figure_lexicon.zh.json shorthand_ratio.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import lexicon

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["paired_terms", "shorthand_ratio"]

_TERM = r"[\u4e00-\u9fff]{1,6}"


def shorthand_ratio(reader: ZhReader, s0: int) -> FigureZh | None:
    """六四比 at s0: the ratio of the two digits (1.5), or None."""
    lex = lexicon()
    digits, words = lex["digits"], lex["shorthand_ratio"]
    a, b = reader.char(s0), reader.char(s0 + 1)
    if a not in digits or b not in digits or not digits[a] or not digits[b] or reader.char(s0 + 2) != "比":
        return None
    if reader.char_in(s0 - 1, words["not_after"]) or reader.char_in(s0 + 3, words["not_before"]):
        return None
    ratio = (Decimal(digits[a]) / Decimal(digits[b])).quantize(Decimal("0.000001"))
    return reader.finish(s0, s0 + 3, "ratio", ratio, None, "")


def paired_terms(reader: ZhReader, s0: int, right: str) -> bool:
    """Whether the colon pair at s0 (its right number `right`) follows two terms joined by 、 / 與 / 和 (公屋、居屋3：1)."""
    joins = re.escape(lexicon()["shorthand_ratio"]["pair_joins"])
    return len(right) == 1 and bool(re.search(rf"{_TERM}[{joins}]{_TERM}$", reader.text[max(0, s0 - 14):s0]))
