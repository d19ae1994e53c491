"""A year in brackets after a dynasty or an era year is a date, not a span of years (words in figure_lexicon.zh.json
era_years):

    南朝梁(554年)置县 / 东晋（公元351年）设郡  -> no figure: the year of the Common Era the dynasty's event fell in
    唐贞观元年（627年）设州                  -> no figure: the Common Era year glossing an era year (元年, 十三年)
    建安十三年（208年）                      -> no figure either: the era year in Chinese numerals is a date too

Chinese histories gloss a reign or a dynasty with its Common Era year in brackets; a year before 1000 has three
digits or fewer, so the reader (which takes four-digit years as dates) reads it as a duration. The gloss stands
alone in its brackets (an optional 公元 / 公元前 / 前 before the number); after a dynasty name it is read as a date
when the number is 100 or more or is marked 公元 / 前 (合同期(3年) and a fund's 基金(10年) keep their spans), and after an
era year written in Chinese numerals (贞观元年, 建安十三年) when it differs from that year's own number; that era year,
glossed so (a year before 1950: reigns and 民国 years end in 1949), is a date as well (实施三年(2021-2023年) and
三年(2023年)完成 keep their spans).

Called from afterpass_zh.second_look for each figure the scan found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import parse_number

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["era_year"]

_OPEN = "(（"
_CLOSE = ")）"
_ERA_NUMERALS = "元一二三四五六七八九十廿"
_LAST_ERA_YEAR = 1950  # reign and 民国 years end in 1949: 用三年(2023年) is a span and the year it ends in
_GLOSS = re.compile(r"(?:公元前?|前)?([0-9]{1,4})年[)）]")  # (208年): one Common Era year alone in its brackets


def era_year(reader: ZhReader, fig: FigureZh) -> bool:
    """Whether `fig` (a duration in years) is a Common Era year glossing a dynasty or an era year, or the era year
    such a gloss follows (module note)."""
    if fig.kind != "duration" or fig.unit != "year" or fig.value_max is not None:
        return False
    if reader.char_in(fig.end, _OPEN):
        gloss = _GLOSS.match(reader.text, fig.end + 1)
        return gloss is not None and reader.text[fig.start] in _ERA_NUMERALS and \
            int(gloss.group(1)) != fig.value and int(gloss.group(1)) < _LAST_ERA_YEAR
    if not reader.char_in(fig.end, _CLOSE):
        return False
    lex = reader.lex["era_years"]
    mark = reader.before(fig.start, lex["marks"])  # 公元, 公元前, 前
    bracket = fig.start - len(mark) - 1
    if not reader.char_in(bracket, _OPEN):
        return False
    if reader.before(bracket, lex["dynasties"]):
        return bool(mark) or fig.value >= 100
    text = reader.text
    if not text.startswith("年", bracket - 1):
        return False
    q = bracket - 1
    while q > 0 and text[q - 1] in _ERA_NUMERALS and bracket - 1 - q < 4:
        q -= 1
    numeral = text[q:bracket - 1]
    if not numeral:
        return False
    own = 1 if numeral == "元" else parse_number(numeral)
    return own is not None and own != fig.value
