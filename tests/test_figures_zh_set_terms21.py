"""Chinese figures (issue 14, session 21): set terms that hold a numeral name one thing (四套班子, 红十字会); N年M載
is one range of years; half an hour and half a year as durations; 雙 after a number counts pairs; N大部分 counts
major parts; a Latin money noun glued before an amount (GDP255亿元). Made-up sentences; each fails on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, Decimal | None, str]


def figures(text: str, locale: str = "cn") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.value_max, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["甲县四套班子领导出席了开幕式。", "市四大班子主要负责同志参加调研。",
                                  "乙市红十字会开展应急救护培训。", "在十字路口增设信号灯。", "推行行政执法三项制度。"])
def test_a_numeral_inside_a_set_term_is_no_figure(text: str) -> None:
    assert figures(text) == []


def test_a_count_next_to_a_set_term_stays() -> None:
    assert [(f[1], f[2]) for f in figures("红十字会新增3个服务站。")] == [("count", Decimal(3))]


@pytest.mark.parametrize("text,lo,hi", [("工程往往需時十年八載才完成。", 8, 10), ("这类改革要三年五载才见成效。", 3, 5)])
def test_n_years_or_m_zai_is_one_range(text: str, lo: int, hi: int) -> None:
    got = figures(text, "hk" if "時" in text else "cn")
    assert [(f[1], f[2], f[3], f[4]) for f in got] == [("duration", Decimal(lo), Decimal(hi), "year")]


def test_a_year_or_so_with_half_stays_an_idiom() -> None:
    assert figures("这事一年半载办不完。") == []


@pytest.mark.parametrize("text,locale", [("由新市鎮前往碼頭約半小時車程。", "hk"), ("步行半小时即可到达公园。", "cn")])
def test_half_an_hour_is_a_duration(text: str, locale: str) -> None:
    assert [(f[1], f[2], f[4]) for f in figures(text, locale)] == [("duration", Decimal("0.5"), "hour")]


def test_half_an_hour_naming_a_circle_stays_a_name() -> None:
    assert figures("构建中心城区半小时生活圈。") == []


@pytest.mark.parametrize("text,locale", [("過去半年，出口持續回升。", "hk"), ("项目为期半年。", "cn"), ("半年内完成整改。", "cn")])
def test_half_a_year_where_one_year_would_be_a_span(text: str, locale: str) -> None:
    got = figures(text, locale)
    assert [(f[0][-2:], f[1], f[2], f[4]) for f in got] == [("半年", "duration", Decimal("0.5"), "year")]


@pytest.mark.parametrize("text", ["上半年完成投资计划。", "下半年启动建设。", "全年工作分半年考核。"])
def test_halves_of_the_calendar_year_and_a_bare_half_year_stay_unread(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text,value", [("全县年产鞋5亿双。", 500000000), ("年產手套3萬雙。", 30000), ("捐赠运动鞋200双。", 200)])
def test_shuang_after_a_number_counts_pairs(text: str, value: int) -> None:
    assert [(f[1], f[2], f[4]) for f in figures(text)] == [("count", Decimal(value), "pair")]


def test_shuang_starting_a_word_is_no_pair() -> None:
    assert all(f[4] != "pair" for f in figures("全区共有12双创示范基地和5双向通道。"))


def test_n_major_parts_is_a_count_but_most_is_not() -> None:
    assert [(f[1], f[2]) for f in figures("报告分为回顾和安排两大部分。")] == [("count", Decimal(2))]
    assert figures("大部分企业实现盈利。") == [] and figures("其中一大部分用于民生。") == []


def test_an_amount_glued_after_a_latin_money_noun_is_money() -> None:
    got = figures("全区实现GDP312亿元，增长6%。")
    assert [(f[0], f[1], f[2]) for f in got][0] == ("312亿元", "money", Decimal(31200000000))


def test_a_code_glued_to_latin_letters_stays_no_figure() -> None:
    assert figures("引进A320机型，开通T2航站楼。") == []
