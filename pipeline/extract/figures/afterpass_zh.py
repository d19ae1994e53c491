"""A second look at the figures one scan of a Chinese text found: readings that need the figure next to them or
the characters around a finished figure (rules over characters; words in figure_lexicon.zh.json).

    06:13 大洋网                 -> no figure (the minutes of a time of day, not '13 大' items)
    二00六年                      -> no figure (a year spelled digit by digit with Arabic zeros, not '6 years')
    由約50萬增至約56萬平方米       -> 約50萬 is area too: the first bound of a change takes the unit of the second
    1個至兩個項目                  -> one count 1-2 (the classifier written on both bounds)
    超千万项目38个                 -> 超千万 is money: projects named by their value, not ten million projects
    二期2×30万千瓦                -> count 2 and power 300000 kilowatt: 'N×' before a measure counts the units
    數以百萬計 / 20042012年間       -> no figure ('by the million'; two years a scrape glued together)
    特批200个亿                    -> money 2e10: 'N個億' is spoken Chinese for N億
    960康復服務名額惠傷健 (a heading) -> count 960 place: a headline drops the classifier before its noun
    翻一番, 零增长                 -> ratio 2, percent 0: figures stated by a set word (word_figures_zh)
    四套班子, 十年八載              -> no figure; duration 8-10 year: set terms and idioms (set_terms_zh)
    附件二列載的答覆               -> no figure: the number of an annex, a label (annex_labels_zh)
    南朝梁(554年)置县              -> no figure: a year glossing a dynasty or an era year (era_years_zh)

The compound durations (1小時21分鐘) are joined first (compound_zh).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.figures.annex_labels_zh import annex_label
from pipeline.extract.figures.bare_scale_money_zh import bare_scale_money
from pipeline.extract.figures.compound_zh import join_compound_durations
from pipeline.extract.figures.counted_amounts_zh import amounts_in_counts
from pipeline.extract.figures.era_years_zh import era_year
from pipeline.extract.figures.figure_names_zh import named_by_figure
from pipeline.extract.figures.changes_zh import written_alike
from pipeline.extract.figures.numbers_zh import has_scale, lexicon, parse_number
from pipeline.extract.figures.page_counters_zh import page_counters
from pipeline.extract.figures.level_tiers_zh import tier_counts
from pipeline.extract.figures.quoted_nouns_zh import quoted_nouns
from pipeline.extract.figures.rank_positions_zh import rank_position

from pipeline.extract.figures.reading_zh import FigureZh
from pipeline.extract.figures.set_terms_zh import idiom_ranges, in_set_term
from pipeline.extract.figures.tax_rates_zh import bare_tax_rates
from pipeline.extract.figures.word_figures_zh import word_figures

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["second_look"]

_CLOCK = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,2}[:：]$")
_SPELLED_YEAR = re.compile(r"[0-9０-９〇○零一二三四五六七八九]{2}[0０〇○]$")
_CN_NUM = "〇零一二兩两三四五六七八九十百千萬万億亿"
_GLUED_YEARS = re.compile(r"(?:19|20)[0-9]{2}(?:19|20)[0-9]{2}")
_BY_THE = re.compile(r"[數数]以$")
_PAGINATION = re.compile(r"第\s*[0-9０-９]+\s*[頁页]\s*[,，、/／]?\s*共\s*$")  # 第 36 頁,共 109 頁: a page's place in its set
_BARE_SCALE = re.compile(r"[十百千萬万億亿]+")  # 千億計: a bare scale word before 計 names an order of magnitude
_JI_WORDS = "劃划算量"  # 千億計劃 / 计算 / 计量: 計 opens a word ('plan', 'count'), it is no 'by the'
_HEADLINE_NUMBER = re.compile(r"[ \t\u3000■●◆◇□•·]*([0-9０-９]{2,}(?:,[0-9]{3})*)(?=[\u4e00-\u9fff])")
_HEADLINE_MAX = 24  # characters: a heading line, not a sentence
_TIMES = re.compile(r"(?<![0-9０-９.])([0-9０-９]{1,2}) ?× ?$")


def second_look(reader: ZhReader, figures: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """The scan's figures (compound durations joined) with the readings of this module applied."""
    text = reader.text
    out: list[FigureZh] = []
    for fig in join_compound_durations(figures, reader.lex, text):
        if fig.kind != "ratio" and _CLOCK.search(text, max(0, fig.start - 3), fig.start):
            continue  # 06:13: the minutes of a time of day
        year_span = fig.kind == "duration" and fig.unit == "year"
        if year_span and (_SPELLED_YEAR.search(text, max(0, fig.start - 3), fig.start) or
                          _GLUED_YEARS.match(text, fig.start, fig.end - 1)):
            continue  # 二00六年: the last digit of a year; 20042012年間: 2004 and 2012 with the dash lost
        if reader.char(fig.end) in "計计" and not reader.char_in(fig.end + 1, _JI_WORDS) and (
                _BY_THE.search(text, max(0, fig.start - 2), fig.start) or _BARE_SCALE.fullmatch(text, fig.start, fig.end)):
            continue  # 數以百萬計市民, 以千億計, 千億計赤字: 'by the million', an order of magnitude, no number stated
        if fig.unit == "page" and _PAGINATION.search(text, max(0, fig.start - 16), fig.start):
            continue  # 第 36 頁,共 109 頁: pagination, a page number (GUIDELINES: page numbers are no figures)
        if annex_label(reader, fig) or named_by_figure(reader, fig) or in_set_term(reader, fig) or rank_position(reader, fig):
            continue  # 附件二列載, 400億元俱樂部, 四小時經濟圈, 四套班子: a label or a name; 排名12位: a rank (rank_positions_zh)
        if year_span and era_year(reader, fig):
            continue  # 南朝梁(554年), 贞观元年（627年）: a Common Era year glossing a dynasty or an era (era_years_zh)
        fig = bare_scale_money(reader, fig)  # 2个产业突破百亿: an order of money, no count (bare_scale_money_zh)
        out.append(_yi_spoken(reader, _project_value(reader, _classifier_range(reader, fig))))
    out = idiom_ranges(reader, out, start, end)  # 十年八載: one range of years (set_terms_zh)
    extra = _change_first_bounds(reader, out, start, end) + _unit_multiples(reader, out) + \
        amounts_in_counts(reader, out, getattr(reader, "figure_at")) + \
        _headline_counts(reader, out, start, end) + word_figures(reader, out, start, end) + \
        page_counters(reader, out, start, end) + quoted_nouns(reader, out, start, end) + \
        tier_counts(reader, out, start, end) + bare_tax_rates(reader, out, start, end)  # 浏览次数 : 1192; 20萬 “嬰孩 ”; 三級置業階梯
    return sorted(out + extra, key=lambda f: f.start)


def _headline_counts(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """A short heading line (no sentence stop) that opens with a count in Arabic digits right before the noun it
    counts, its classifier dropped as headlines do (960康復服務名額惠傷健, 8000公屋單位明年落成): a count, the unit from
    the noun (lexicon nouns, within six characters). Years and sentences are left alone."""
    text = reader.text
    out: list[FigureZh] = []
    taken = [(f.start, f.end) for f in found]
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        line = text[pos:stop]
        if 0 < len(line.strip()) <= _HEADLINE_MAX and not re.search(r"[。，,；;：:！？!?]", line):
            m = _HEADLINE_NUMBER.match(line)  # the count opens the line (after a bullet), not '1.第89號-…', '01-25 …'
            s0, s1 = (pos + m.start(1), pos + m.end(1)) if m else (0, 0)
            if m and not reader.is_year(m.group(1)) and not any(a < s1 and s0 < b for a, b in taken):
                noun_end, noun = reader.noun_after(s1)
                value = parse_number(m.group(1))
                if noun and noun_end is not None and noun_end - s1 <= 6 and value is not None and value >= 3:
                    out.append(FigureZh(s0, noun_end, "count", value, None, reader.lex["nouns"][noun], "", "", noun))
        pos = stop + 1
    return out


def _unit_multiples(reader: ZhReader, found: list[FigureZh]) -> list[FigureZh]:
    """电厂二期2×30万千瓦, 2×2400吨生产线: 'N×' right before a capacity (power, mass, volume) states N units of that
    size, a count N (the measure stays the size of one unit)."""
    out = []
    for fig in found:
        if fig.kind not in ("power", "energy", "mass", "volume", "quantity"):
            continue  # 3×4米, 10×20平方米: a size in two dimensions, no count
        m = _TIMES.search(reader.text, max(0, fig.start - 4), fig.start)
        if m is not None:
            n = parse_number(m.group(1))
            if n is not None and n > 0:
                out.append(replace(fig, start=m.start(1), end=m.end(1), kind="count", value=n, value_max=None,
                                   unit="unit", qualifier="", qualifier_norm="", subject=""))
    return out


def _classifier_range(reader: ZhReader, fig: FigureZh) -> FigureZh:
    """1個至兩個灣仔北項目, 兩個至三個月: a range whose classifier is written on both bounds is one figure 1-2."""
    if fig.kind != "count" or fig.value_max is not None:
        return fig
    lex = reader.lex
    span = reader.text[fig.start:fig.end]
    first = reader.num_re.match(span)
    if first is None:
        return fig
    cls = reader.at(fig.start + first.end(), lex["_classifiers"])
    rng = reader.at(fig.start + first.end() + len(cls), lex["range_words"]) if cls else ""
    if not rng:
        return fig
    q = first.end() + len(cls) + len(rng)
    second = reader.num_re.match(span, q)
    if second is None or not span.startswith(cls, second.end()):
        return fig
    hi = parse_number(second.group())
    if hi is None or not hi > fig.value:
        return fig
    return replace(fig, value_max=hi)


def _yi_spoken(reader: ZhReader, fig: FigureZh) -> FigureZh:
    """特批200个亿, 投资几十个亿: a count whose classifier 個/个 stands right before 億/亿 is spoken Chinese for N億, an
    amount of money in the text's currency (not before people: 13個億人口 would count people)."""
    if fig.kind != "count" or fig.value_max is not None or reader.text[fig.end - 1:fig.end] not in ("個", "个") or \
            not reader.char_in(fig.end, "億亿") or reader.char_in(fig.end + 1, "人"):
        return fig
    return replace(fig, end=fig.end + 1, kind="money", value=fig.value * 100000000,
                   unit=reader.local_currency(fig.start), currency_inferred=True)


def _project_value(reader: ZhReader, fig: FigureZh) -> FigureZh:
    """超千万项目, 亿元项目: a number of millions right before 项目 with no classifier of its own states the projects'
    value (money in the text's currency), not how many projects there are."""
    if fig.kind != "count" or fig.value < 1000000 or fig.value_max is not None:
        return fig
    span = reader.text[fig.start:fig.end]
    if not span.endswith(("项", "項")) or reader.char(fig.end) != "目":
        return fig
    number = span[:-1]
    if not has_scale(number) or not number[-1] in "萬万億亿":
        return fig
    return replace(fig, end=fig.end - 1, kind="money", unit=reader.local_currency(fig.start), currency_inferred=True)


@lru_cache(maxsize=1)
def _change_lead() -> re.Pattern[str]:
    """由/從 [qualifier] N <verb of change> 至/到 at the end of the window before the level reached (lexicon
    change_bound_verbs, qualifiers_before): built once per process."""
    lex = lexicon()
    verbs = "|".join(sorted(map(re.escape, lex["change_bound_verbs"]), key=len, reverse=True))
    quals = "|".join(sorted(map(re.escape, lex["qualifiers_before"]), key=len, reverse=True))
    return re.compile(rf"[由從从][^，。；,;、\n]{{0,6}}?(?P<q>{quals})?(?P<num>[0-9０-９.,]+[萬万億亿]*|[{_CN_NUM}]+)"
                      rf"(?:{verbs})[至到]$")


def _change_first_bounds(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """由約50萬增至約56萬平方米, 從目前約九十萬急增至二百一十萬: the first bound of a change (由/從 N, a verb of change,
    至/到 M unit) written without its unit shares the unit of the level reached: two figures (GUIDELINES: a change
    is two figures). Both numbers are written alike (both Arabic or both Chinese; both with a scale word or both
    without), as in changes_zh.is_change."""
    lex = reader.lex
    text = reader.text
    out = []
    taken = [(f.start, f.end) for f in found]
    change_lead = _change_lead()
    for fig in found:
        if fig.kind in ("ratio", "fraction") or fig.value_max is not None:
            continue
        window = text[max(start, fig.start - 24):fig.start]
        lead = change_lead.search(window)
        if lead is None:
            continue
        s0 = fig.start - len(window) + lead.start("num")
        s1 = fig.start - len(window) + lead.end("num")
        surface = lead.group("num")
        second = text[fig.start:fig.end]
        second_num = reader.num_re.search(second)
        value = parse_number(surface)
        if value is None or second_num is None or any(a < s1 and s0 < b for a, b in taken) or \
                not written_alike(surface, second_num.group()):
            continue
        q = lead.group("q") or ""
        first = s0 - len(q)
        out.append(replace(fig, start=first, end=s1, value=value, value_max=None, qualifier=q,
                           qualifier_norm=lex["qualifiers_before"].get(q, "") if q else ""))
    return out
