"""Chinese figures (issue 14, session 24): a party congress numbered without its term word (区三次党代会) and a term
whose session number a page lost (政协县七届次会议) are ordinals; a Common Era year in brackets after a dynasty or an era
year (南朝梁(554年), 贞观元年（627年）) is a date; a page's header fields ('日期:10-18' + '字号:') are not joined into one
figure; a count's head noun may hold a stop's character (4个村民委员会, 300名会员). Made-up sentences; each fails on the
code before (guards aside)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figure_breaks_zh import figure_break
from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["市三次党代会以来，全市发展加快。", "贯彻落实县十二次党代会精神。",
                                  "出席政协县七届次会议的委员列席大会。", "认真学习區五次黨代會報告。"])
def test_a_congress_or_term_numbered_without_di_is_an_ordinal(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [("两次党代会期间，变化很大。", 2), ("先后召开3次党代会。", 3),
                                         ("召开三次会议研究部署。", 3), ("连续三届获评先进。", 3)])
def test_two_congresses_and_meetings_still_count(text: str, value: int) -> None:
    assert [f[2] for f in figures(text)] == [Decimal(value)]


@pytest.mark.parametrize("text", ["该县于南朝梁(554年)置县，历史悠久。", "东晋（公元351年）设郡。",
                                  "唐贞观元年（627年）设州。", "秦(前221年)统一全国。", "东汉建安十三年（208年）置。"])
def test_a_year_glossing_a_dynasty_or_an_era_year_is_a_date(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "duration"] == []


@pytest.mark.parametrize("text, surface", [("合同期(3年)内完成。", "3年"), ("设立基金(10年)。", "10年"),
                                           ("历时(300年)。", "300年"), ("实施三年(2021-2023年)行动。", "三年"),
                                           ("三年(2023年)完成。", "三年")])
def test_spans_of_years_in_brackets_stay_durations(text: str, surface: str) -> None:
    assert (surface, "duration") in [(f[0], f[1]) for f in figures(text)]


def test_a_pages_header_fields_are_not_one_figure() -> None:
    assert not figure_break("日期:10-18", "字号:")
    assert not figure_break("发布日期：2024-03", "来源：某某网")
    assert figure_break("项目总投资约3", "亿元，其中")  # a figure split by a wrap is still joined


@pytest.mark.parametrize("text, units", [
    ("全镇共有4个村民委员会和2个居民委员会。", ["villagers' committee", "residents' committee"]),
    ("设立3个专门委员会。", ["committee"]), ("选出15名委员会委员。", ["member"]),
    ("发展300名会员。", ["member"]), ("3个项目将开工。", ["project"]), ("100家企业会参加。", ["enterprise"])])
def test_a_counts_head_noun_may_hold_a_stops_character(text: str, units: list[str]) -> None:
    assert [f[3] for f in figures(text) if f[1] == "count"] == units


@pytest.mark.parametrize("text", ["对今后一年的工作提出建议。", "今後一年的施政重點。"])
def test_the_coming_year_is_a_span_of_one_year(text: str) -> None:
    assert [(f[1], f[2]) for f in figures(text)] == [("duration", Decimal(1))]


@pytest.mark.parametrize("text", ["他们被迫四处逃散。", "義工四處奔走籌款。", "标语四处张贴。"])
def test_everywhere_before_a_verb_is_no_count(text: str) -> None:
    assert figures(text) == []


def test_four_sites_still_count() -> None:
    assert [f[2] for f in figures("新增四處地點。")] == [Decimal(4)]
