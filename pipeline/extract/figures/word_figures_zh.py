"""A Chinese text's figures stated by a set word, no number and unit (rules over characters; words in
figure_lexicon.zh.json):

    翻一番 / 翻了一番 / 翻两番   -> ratio 2 / 2 / 4: 翻N番 doubles N times, 2**N ('翻一番多' more than 2); a bare 翻番
                                 ('doubled') names no number and gives none (DECISIONS-zh 6)
    零增长 / 实现零增長          -> percent 0: a growth reported as zero (零关税政策, 零碳 name a regime or a label:
                                 no figure)
    雙倍 / 双倍                  -> ratio 2: 'double' as a multiple (可以說是雙倍, 雙倍免稅額), as English 'double'
                                 (雙倍印花稅, 雙倍積分: a name's first word, word_multiples_not_before)
    每半年評估一次 / 每半個月      -> duration 0.5 year / 0.5 month: a rate's period of half a unit, as 每N年一次 is a
                                 duration of N years (the span is 半年, without 每)
    約半小時車程 / 過去半年        -> duration 0.5 hour / 0.5 year: half an hour anywhere (not a circle's name), half
                                 a year where 一年 would be a span (one_duration_lead / _after; never 上半年)

Called from afterpass_zh.second_look for each block; figures the scan found already keep their span, and a quoted
word is a name (“零增长”目标, GUIDELINES-zh 9).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.figures.figure_names_zh import named_by_figure
from pipeline.extract.figures.numbers_zh import lexicon

from pipeline.extract.figures.reading_zh import FigureZh

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["word_figures"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    half = "|".join(sorted(map(re.escape, [*lex["half_durations"], *lex["half_year"]["word"]]), key=len, reverse=True))
    numerals = "".join(map(re.escape, lex["doubling_numerals"]))
    rates = "|".join(sorted(map(re.escape, lex["zero_rates"]), key=len, reverse=True))
    multiples = "|".join(sorted(map(re.escape, lex["word_multiples"]), key=len, reverse=True))
    halves = "|".join(sorted(map(re.escape, lex["every_half"]), key=len, reverse=True))
    return re.compile(rf"翻了?([{numerals}])番"), re.compile(rf"零(?:{rates})"), re.compile(multiples), re.compile(halves), \
        re.compile(half)


def word_figures(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """翻N番 (ratio 2**N), 零增长 (percent 0) and 雙倍 (ratio 2) in text[start:end] that no found figure covers."""
    doubling, zero_rate, multiple, every_half, half = _patterns()
    text = reader.text
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in doubling.finditer(text, start, end):
        if not any(a < m.end() and m.start() < b for a, b in taken) and not reader.in_slogan(m.start()):
            times = reader.lex["doubling_numerals"][m.group(1)]
            fig = reader.finish(m.start(), m.end(), "ratio", Decimal(2) ** times, None, "")
            if not fig.qualifier and reader.char(m.end()) == "多":  # 翻了一番多: more than doubled
                fig = replace(fig, end=m.end() + 1, qualifier="多", qualifier_norm=reader.lex["qualifiers_infix"]["多"])
            out.append(fig)
    for m in zero_rate.finditer(text, start, end):  # not in quotes: “零增长”目标 names a target (a slogan's words)
        if not any(a < m.end() and m.start() < b for a, b in taken) and not reader.in_slogan(m.start()):
            out.append(reader.finish(m.start(), m.end(), "percent", Decimal(0), None, ""))
    for m in multiple.finditer(text, start, end):  # 雙倍印花稅: a tax's name, no multiple
        if not any(a < m.end() and m.start() < b for a, b in taken) and not reader.in_slogan(m.start()) and \
                not reader.at(m.end(), reader.lex["word_multiples_not_before"]):
            out.append(reader.finish(m.start(), m.end(), "ratio", Decimal(reader.lex["word_multiples"][m.group()]), None, ""))
    for m in every_half.finditer(text, start, end):  # 每半年評估一次: the period is 半年 (每 is the rate's word)
        if not any(a < m.end() and m.start() < b for a, b in taken) and not reader.in_slogan(m.start()):
            unit = reader.lex["every_half"][m.group()]
            out.append(FigureZh(m.start() + 1, m.end(), "duration", Decimal("0.5"), None, unit, "", ""))
            taken.append((m.start() + 1, m.end()))
    return out + _halves(reader, half, found, taken, start, end)


def _halves(reader: ZhReader, half: re.Pattern[str], found: list[FigureZh], taken: list[tuple[int, int]], start: int,
            end: int) -> list[FigureZh]:
    """約半小時, 過去半年: half an hour, and half a year where a span of 一年 would be read (not 上半年). N个半小时
    (一个半小时: 1.5 hours) is one duration of N + 0.5 hour: the scan's count N个 right before the half is taken out
    of found and joined to it (half_after_classifier); a classifier before the half with no such count gives none."""
    lex = reader.lex
    out = []
    for m in half.finditer(reader.text, start, end):
        s0 = m.start()
        if any(a < m.end() and s0 < b for a, b in taken) or reader.in_slogan(s0):
            continue
        if reader.char_in(s0 - 1, lex["half_after_classifier"]):  # 三个半小时: 3.5 hours, not 3 and 0.5
            count = next((f for f in found if f.end == s0 and f.kind == "count" and f.value_max is None), None)
            unit = lex["half_durations"].get(m.group())
            if count is not None and unit is not None:
                found.remove(count)
                out.append(FigureZh(count.start, m.end(), "duration", count.value + Decimal("0.5"), None, unit,
                                    count.qualifier, count.qualifier_norm))
            continue
        if reader.char_in(s0 - 1, lex["half_not_after"].get(m.group(), "")):
            continue  # 上半天, 大半天, 等了半天: the morning, most of a day, 'for ages' (half_not_after)
        q, qstart = reader.qualifier_before(s0)
        unit = lex["half_durations"].get(m.group(), "year")
        if unit == "year" and (reader.char_in(s0 - 1, lex["half_year"]["not_after"]) or
                               not (q or reader.before(s0, lex["one_duration_lead"]) or
                                    reader.at(m.end(), lex["one_duration_after"]))):
            continue  # 上半年, 下半年: a half of the calendar year; a bare 半年 states no span
        fig = FigureZh(qstart, m.end(), "duration", Decimal("0.5"), None, unit, q, lex["qualifiers_before"].get(q, ""))
        if not named_by_figure(reader, fig):  # 半小時生活圈: a circle's name
            out.append(fig)
    return out
