"""A tiered structure named with its number of tiers: 三級置業階梯, 三级医疗卫生服务网络, 四级指挥体系 — N级 counts the
tiers when a structure's head (階梯, 體系, 網絡 …) follows, right after or after the words of its domain (置業,
医疗卫生服务, 应急指挥: level_tier_heads.domains), as N级 right before 联动 or 网格 does (level_tier_after;
GUIDELINES adjectival counts, 'a 3-tier model'; s15 ruling: levels counted). A grade before another noun
(三级医院, 二级市场, 八级地震的结构, 三级公路网络) is no figure, and two tiers are written 兩級 / 两级: 二级 is a grade
(二级市场体系).
Words: figure_lexicon.zh.json level_tier_heads.

Called from afterpass_zh.second_look with the figures the scan found.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import lexicon
from pipeline.extract.figures.reading_zh import FigureZh

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["tier_counts"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex = lexicon()["level_tier_heads"]
    heads = "|".join(map(re.escape, lex["heads"]))
    domains = "|".join(map(re.escape, lex["domains"]))
    return re.compile(rf"(?<![第0-9０-９一二三四五六七八九十])([三四五六七八九兩两])[級级](?=(?:{domains}){{0,3}}(?:{heads}))")


def tier_counts(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """The N级 tier counts in text[start:end] that no figure of `found` covers."""
    digits = lexicon()["digits"]
    out = []
    for m in _pattern().finditer(reader.text, start, end):
        s0, e0 = m.start(), m.end()
        if reader.in_slogan(s0) or any(f.start < e0 and s0 < f.end for f in found):
            continue
        out.append(FigureZh(s0, e0, "count", Decimal(digits[m.group(1)]), None, "level", "", "", ""))
    return out
