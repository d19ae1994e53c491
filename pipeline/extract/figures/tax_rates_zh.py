"""A tax rate written without its %: 把股票稅率由0.1提高至0.13, 利得稅稅率下調至16.5 — news drops the per-cent sign
after a tax rate's noun, and the bare number in that clause is the rate in per cent (GUIDELINES: a percentage), like
0.1% written out. Only numbers of at most 100 with nothing after them that would make them another quantity (a
unit, %, a scale word, 元, a classifier), not after 第, and only up to the clause's end; a Chinese character after
the number must be a word of the change (由0.1提高至0.13: bare_tax_rates.then), as 分为3档 / 共有7级 count bands.
Words: figure_lexicon.zh.json bare_tax_rates.

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

__all__ = ["bare_tax_rates"]

_CLAUSE = re.compile(r"[^，。；;,！？\n]*")
_BARE = re.compile(r"(?<![0-9０-９.第])([0-9]+(?:\.[0-9]+)?)(?=[\u4e00-\u9fff，。；;,！？\s]|$)")


@lru_cache(maxsize=1)
def _leads() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, lexicon()["bare_tax_rates"]["leads"])))


def bare_tax_rates(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """Percent figures for the bare numbers in the clauses after a tax rate's noun in text[start:end]."""
    text, lex = reader.text, reader.lex
    limit, then = Decimal(lexicon()["bare_tax_rates"]["max_value"]), lexicon()["bare_tax_rates"]["then"]
    out: list[FigureZh] = []
    for lead in _leads().finditer(text, start, end):
        clause = _CLAUSE.match(text, lead.end(), end)
        stop = clause.end() if clause else lead.end()
        for m in _BARE.finditer(text, lead.end(), stop):
            s0, e0 = m.start(1), m.end(1)
            if any(f.start < e0 and s0 < f.end for f in found + out) or reader.suffix_at(e0) or \
                    reader.char_in(e0, "萬万億亿元圓%％倍成年月日號号") or reader.at(e0, lex["_classifiers"]) or \
                    ("\u4e00" <= reader.char(e0) <= "\u9fff" and not reader.char_in(e0, then)):
                continue
            value = Decimal(m.group(1))
            if 0 < value <= limit:
                out.append(FigureZh(s0, e0, "percent", value, None, "", "", "", ""))
    return out
