"""Amounts of money whose 元 is left implied across a sentence about money.

Spoken and Hansard Chinese drops 元 after an amount in 億 once the sentence is about money: '總開支是二百零五億,
今年已經達到五百八十億', '開支亦會停留在超過六百億這個高水平'. A number scaled by 億 (or 萬億) with nothing after
it that names what it counts (no unit, classifier or noun: those are read first) is money in the text's currency
when a money noun (開支, 收入, 撥款, 投資 ... the lexicon's money_nouns) comes earlier in the same sentence. Numbers
scaled by 萬 alone are left out: they count people as often as they count money ('受惠人數達20萬').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["implied_money"]

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def implied_money(reader: ZhReader, first: int, surface: str) -> bool:
    """True when the bare number `surface` at `first` ends in 億 and its sentence names money before it."""
    if not surface or surface[-1] not in "億亿" or surface[0] in "萬万億亿":
        return False  # 億萬人民; a bare 億 is read only after a lead word (逾億)
    lo = max(0, first - 120)
    starts = [m.end() for m in _SENTENCE_END.finditer(reader.text, lo, first)]
    head = reader.text[starts[-1] if starts else lo:first]
    return any(noun in head for noun in reader.lex["money_nouns"])
