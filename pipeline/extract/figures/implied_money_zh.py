"""Amounts of money whose 元 is left implied across a sentence about money.

Spoken and Hansard Chinese drops 元 after an amount in 億 once the sentence is about money: '總開支是二百零五億,
今年已經達到五百八十億', '開支亦會停留在超過六百億這個高水平'. A number scaled by 億 (or 萬億) with nothing after
it that names what it counts (no unit, classifier or noun: those are read first) is money in the text's currency
when, earlier in the same sentence, a money noun (開支, 收入, 資產 ... the lexicon's money_nouns) comes or an
amount was written with its currency (總資產39786億港元,環比微降6億: the later amounts drop it, and share that
currency). A currency that only qualifies a noun (美元資產) names what the assets are held in, not the unit of the
amount. Numbers scaled by 萬 alone are left out: they count people as often as they count money ('受惠人數達20萬').

A sentence that compares the amount with a later one of money is about money too: '每年是16億，已比全年開支（12.4億）
多出4億' — a money noun later in the same sentence with a bare amount in 億 right after it (within a few characters)
makes the earlier bare amount money, unless the clause before it names what it counts ('人口達14億，開支2億').
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["implied_money"]

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_AMOUNT_WITH_YUAN = re.compile(r"[萬万億亿][元圓]")  # 120億元: an amount written with its 元
_AMOUNT_END = re.compile(r"[0-9０-９一二三四五六七八九十百千萬万億亿]$")
_CLAUSE_END = re.compile(r"[，,、：:（(]")
_BARE_YI = r"[（(「“]?[約约逾超近]?[0-9０-９.．一二三四五六七八九十百千兩两]+[萬万]?[億亿](?![元圓港美人])"
_LATER_WINDOW = 40  # characters after the amount searched for the later money noun and its amount


@lru_cache(maxsize=4)
def _named_currencies(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def implied_money(reader: ZhReader, first: int, surface: str) -> str | None:
    """The currency of the bare number `surface` at `first` when it ends in 億 and its sentence is about money:
    the currency the sentence names ('HKD' for 港元), '' for the text's own; None when it is no amount of money."""
    if not surface or surface[-1] not in "億亿" or surface[0] in "萬万億亿" and not (
            surface in ("萬億", "万亿") and reader.qualifier_before(first)[0]):
        return None  # 億萬人民; a bare 億 is read only after a lead word (逾億); 突破萬億: 'past a trillion'
    lo = max(0, first - 120)
    starts = [m.end() for m in _SENTENCE_END.finditer(reader.text, lo, first)]
    head = reader.text[starts[-1] if starts else lo:first]
    codes = reader.lex["currency_suffixes"]
    named = [codes[m.group()] for m in _named_currencies(tuple(k for k, v in codes.items() if v)).finditer(head)
             if _AMOUNT_END.search(head, 0, m.start())]  # 39786億港元, not 港元資產
    if named or any(noun in head for noun in reader.lex["money_nouns"]) or _AMOUNT_WITH_YUAN.search(head):
        return named[-1] if named else ""
    return "" if _compared_with_money(reader, first, head) else None


def _compared_with_money(reader: ZhReader, first: int, head: str) -> bool:
    """Whether a money noun later in the sentence has a bare amount in 億 right after it ('已比全年開支（12.4億）多出4億')
    while the clause before `first` names no counted noun ('人口達14億')."""
    clause = _CLAUSE_END.split(head)[-1]
    if any(noun in clause for noun in reader.lex["nouns"]):
        return False
    stop = _SENTENCE_END.search(reader.text, first, first + _LATER_WINDOW)
    tail = reader.text[first:stop.start() if stop else first + _LATER_WINDOW]
    nouns = "|".join(re.escape(n) for n in sorted(reader.lex["money_nouns"], key=len, reverse=True))
    return bool(re.search(r"(?:" + nouns + r")[^0-9０-９。；;]{0,3}" + _BARE_YI, tail[1:]))
