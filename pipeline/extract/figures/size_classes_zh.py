"""A size class named by a bare scale word: 超萬億城市, 千億企業, 百億級產業集群, 千萬級機場.

Reports rank cities, firms and clusters by a threshold written as a bare scale word before the noun (超萬億城市 'a
city whose output is over a trillion', 千億園區 'a hundred-billion park'). The threshold is the figure, the noun is
what it classes: a class of 億 is money in the text's currency (the session-17 ruling 百億級 = money, now also
without 級), and a class of 萬 before an airport, a city or a population counts the people it serves
(千萬級機場: ten million passengers a year). Digits or 十 make a real count (十億人口, 3萬企業): no class.
A bare 億元 before a noun is the same class (13家億元產值企業, 億元鎮: firms, towns of a hundred million yuan); so is a
bare 億 class a few characters before a cluster's, an industry's or an economy's head (千亿农业集群, 万亿海洋经济: lexicon
class_heads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["class_head", "people_class", "size_class", "yuan_class"]

_SCALES = frozenset("百千萬万億亿")


def size_class(surface: str) -> bool:
    """Whether the number is a bare scale word of 億 (百億, 千亿, 萬億, 超萬億's 萬億): a class of money."""
    return bool(surface) and set(surface) <= _SCALES and any(ch in surface for ch in "億亿")


def people_class(reader: ZhReader, surface: str, after: int) -> bool:
    """Whether a bare scale word of 萬 with 級 (ending at `after`) classes an airport, city or population by the
    people it serves (千萬級干線機場, 千万级人口城市)."""
    if not surface or not set(surface) <= _SCALES or any(ch in surface for ch in "億亿"):
        return False
    lex = reader.lex["people_classes"]
    return any(reader.at(after + k, lex) for k in range(0, 5))


def yuan_class(reader: ZhReader, surface: str, pos: int) -> bool:
    """Whether a bare 億 (the number ending at `pos`) written with 元 before a noun classes it (億元產值企業)."""
    return surface in ("億", "亿") and reader.char_in(pos, "元圓") and "\u4e00" <= reader.char(pos + 1) <= "\u9fff"


def class_head(reader: ZhReader, pos: int) -> bool:
    """Whether a cluster's, industry's or economy's head (集群, 产业, 经济 …) ends a phrase of Chinese characters within a
    few characters after `pos` (千亿农业集群, 万亿海洋经济), with no break or number between."""
    lex = reader.lex["class_heads"]
    for k in range(0, int(lex["window"]) + 1):
        if k and not "\u4e00" <= reader.char(pos + k - 1) <= "\u9fff":
            return False
        if reader.at(pos + k, lex["heads"]):
            return True
    return False
