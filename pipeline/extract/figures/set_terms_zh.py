"""Chinese figures that set terms and idioms decide (rules over characters; words in figure_lexicon.zh.json).

    县四套班子领导, 红十字会, 十字路口   -> no figure: the numeral is inside a set term that names one thing (set_terms)
    往往需時十年八載                   -> duration 8-10 year: N年M載 'N or M years' is one range (idiom_year_ranges)

Called from afterpass_zh.second_look; the set terms are compiled once into one pattern, searched only around a
figure, and the idiom only in a block that holds its 載.
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

__all__ = ["idiom_ranges", "in_set_term"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], int, re.Pattern[str]]:
    lex = lexicon()
    terms = sorted(lex["set_terms"], key=len, reverse=True)
    numerals = "".join(k for k in lex["digits"] if k not in "零〇○") + "".join(lex["small_units"])
    idiom = lex["idiom_year_ranges"]
    years = "|".join(map(re.escape, idiom["years"]))
    second = "".join(idiom["second"])
    return (re.compile("|".join(map(re.escape, terms))), max(map(len, terms)),
            re.compile(rf"([{numerals}]{{1,2}})(?:{years})([{numerals}]{{1,2}})[{second}]"))


def in_set_term(reader: ZhReader, fig: FigureZh) -> bool:
    """Whether `fig` lies inside a set term (四套班子, 红十字): its numeral names a thing and counts nothing."""
    terms, longest, _ = _patterns()
    lo = max(0, fig.start - longest)
    return any(m.start() <= fig.start and fig.end <= m.end()
               for m in terms.finditer(reader.text, lo, min(len(reader.text), fig.end + longest)))


def idiom_ranges(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """`found` with each N年M載 (十年八載) read as one duration from the smaller to the larger numeral."""
    text = reader.text
    second = reader.lex["idiom_year_ranges"]["second"]
    if not any(c in text[start:end] for c in second):
        return found
    out = found
    for m in _patterns()[2].finditer(text, start, end):
        a, b = reader.read_num(m.start(1), m.end(1)), reader.read_num(m.start(2), m.end(2))
        if a is None or b is None or a[0] == b[0] or reader.in_slogan(m.start()):
            continue
        lo, hi = sorted((a[0], b[0]))
        out = [f for f in out if f.end <= m.start() or m.end() <= f.start] + \
            [FigureZh(m.start(), m.end(), "duration", Decimal(lo), Decimal(hi), "year", "", "")]
    return sorted(out, key=lambda f: f.start)
