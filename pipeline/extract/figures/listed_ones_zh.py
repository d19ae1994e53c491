"""一 + classifier inside a list of counts is a count: 三個發展區和一個保育區, 兩個曲棍球場、一個欖球場、95間體育館.

一 before a classifier is mostly the article 'a' (GUIDELINES-zh 8: 一所 is no figure). Coordinated with counts it
is one of them: the text lists how many of each kind, and 'one' there is as much a quantity as 'three' (DECISIONS 7:
HK government Chinese writes such a 1 as 1個, Mainland and news writing as 一個). The list is a count of another
number (not 一) with a classifier, at most max_gap characters of its noun and 和 / 及 / 與 / 、 right before 一, or
一's noun and 、 right before such a count, or before a verb of at most max_verb characters and the count (圍繞一個核心、
突出五個重點: parallel verb phrases) — all in one clause; an ordinal (第二个) is no count. A collective classifier
(一批, 一系列) stays 'a'.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import lexicon

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["one_in_count_list"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two list shapes, built once: the classifiers sorted longest first (a count is no ordinal: 第二个…和一个)."""
    lex = lexicon()
    numerals, gap = lex["listed_ones"]["numerals"], lex["listed_ones"]["max_gap"]
    classifiers = "|".join(map(re.escape, sorted(lex["classifiers"], key=len, reverse=True)))
    count = rf"(?<!第)(?:[0-9０-９][0-9０-９,.]*|(?<![{numerals}])[{numerals}]+)(?:{classifiers})"
    before = re.compile(count + rf"[^，。；,;：:！？\n0-9０-９]{{0,{gap}}}[和及與与、]$")
    verb = rf"(?:[\u4e00-\u9fff]{{1,{lex['listed_ones']['max_verb']}}}(?=[0-9０-９{numerals}]))?"  # 一個核心、突出五個重點
    after = re.compile(rf"[^，。；,;：:！？\n0-9０-９]{{0,{gap}}}、" + verb + count)
    return before, after


def one_in_count_list(reader: ZhReader, first: int, after: int) -> bool:
    """Whether 一 at `first` with its classifier ending at `after` stands in a list of counts."""
    lex = reader.lex["listed_ones"]
    if reader.text[first + 1:after] in lex["collective"]:
        return False  # 5個公園和一批社區公園: 'a batch of' counts nothing
    before, later = _patterns()
    return bool(before.search(reader.text, max(0, first - lex["max_gap"] - 8), first) or
                later.match(reader.text, after))
