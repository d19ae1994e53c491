"""Chinese figures (issue 14, session 20): 各一名 'one each' is a count; 兩度 'twice' counts times and 兩股 two
forces; 每半年 'every half year' is a duration of half a year; a share structure with spaced signs (0.5 : 25.6 : 73.9)
is one ratio. Made-up sentences; each fails on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, str]


def figures(text: str, locale: str = "cn") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["甲局、乙局和丙委各一名代表出席会议。", "两个学会各派一名专家参加评审。"])
def test_one_each_is_a_count_not_an_article(text: str) -> None:
    assert [(f[1], f[2]) for f in figures(text)][-1] == ("count", Decimal(1))


def test_the_article_one_stays_no_figure() -> None:
    assert figures("某区新建一所学校。") == []


@pytest.mark.parametrize("text,locale", [("當局曾兩度推出同類措施。", "hk"), ("该公司两度调整有关价格。", "cn")])
def test_liang_du_before_what_is_done_is_twice(text: str, locale: str) -> None:
    assert figures(text, locale) == [(text[text.index("度") - 1:text.index("度") + 1], "count", Decimal(2), "time")]


def test_liang_du_before_a_unit_is_no_count_of_times() -> None:
    assert figures("每户每日节约两度电。") == []


def test_liang_gu_counts_two_forces_but_not_shares() -> None:
    assert figures("这两股新力量推动了市场变化。") == [("两股", "count", Decimal(2), "force")]
    assert figures("他持有两股股票。") == []


@pytest.mark.parametrize("text,unit", [("债券每半年派息一次。", "year"), ("委員會每半個月開會一次。", "month")])
def test_every_half_year_is_a_duration_of_half_the_unit(text: str, unit: str) -> None:
    got = figures(text, "hk" if "會" in text else "cn")
    assert [(f[1], f[2], f[3]) for f in got] == [("duration", Decimal("0.5"), unit)]
    assert got[0][0].startswith("半")


def test_the_halves_of_a_calendar_year_stay_no_duration() -> None:
    assert figures("上半年完成投资。下半年继续推进。") == []


def test_a_share_structure_with_spaced_signs_is_one_ratio() -> None:
    got = figures("三次产业结构由0.8 : 30.0 : 69.2调整为0.6 : 25.0 : 74.4。")
    assert [(f[0], f[1]) for f in got] == [("0.8 : 30.0 : 69.2", "ratio"), ("0.6 : 25.0 : 74.4", "ratio")]
    assert got[0][2] == Decimal("0.026667")
