"""Chinese figures (issue 14, session 11): approximate pairs of neighbouring numerals are ranges (兩三年, 2、3倍);
N地 counts places (粵港澳三地); a bare 億元 before 以上 is an amount (億元以上項目); a verb that puts money in
(投入, 撥款, 注資) makes a scaled number money; 支持/支援 after a number is a verb, not the classifier 支;
億萬人民 is an idiom. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, Decimal | None, str]


def figures(text: str, locale: str = "cn") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.value_max, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text,expected", [
    ("青蛙計劃需時兩三年完成。", [("兩三年", "duration", Decimal(2), Decimal(3), "year")]),
    ("涉及三四个部门的审批。", [("三四个", "count", Decimal(3), Decimal(4), "unit")]),
    ("预计一两个月完工。", [("一两个月", "duration", Decimal(1), Decimal(2), "month")]),
    ("班次增加了2、3倍。", [("2、3倍", "ratio", Decimal(2), Decimal(3), "")]),
    ("票价上升两三倍。", [("两三倍", "ratio", Decimal(2), Decimal(3), "")]),
    ("吸引两三万人参观。", [("两三万人", "count", Decimal(20000), Decimal(30000), "person")]),
    ("收入增加1至2倍。", [("1至2倍", "ratio", Decimal(1), Decimal(2), "")]),
])
def test_neighbouring_numerals_are_a_range(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "三四月份天气潮湿。", "一二线城市房价上涨。", "每逢星期三四开放。", "三五成群地聚集。", "推进十四五规划实施。",
    "下午三四点钟开会。", "第2、3章另有说明。",
])
def test_labels_dates_and_idioms_are_no_pair(text: str) -> None:
    assert figures(text) == []


def test_a_list_of_two_multiples_is_two_multiples() -> None:
    assert [(f[1], f[2], f[3]) for f in figures("分别增长3、5倍。")] == [("ratio", Decimal(3), None), ("ratio", Decimal(5), None)]
    assert [f[2] for f in figures("分別增加1.5及2.5倍。", "hk")] == [Decimal("1.5"), Decimal("2.5")]


@pytest.mark.parametrize("text,expected", [
    ("粤港澳三地携手合作。", [("三地", "count", Decimal(3), None, "place")]),
    ("青閩四地政府同意。", [("四地", "count", Decimal(4), None, "place")]),
])
def test_numeral_and_di_count_places(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["该片区共有三地块。", "涉及两地区的学校。", "四地方政府。"])
def test_di_starting_another_word_counts_no_place(text: str) -> None:
    assert all(f[4] != "place" for f in figures(text))


def test_bare_yi_yuan_before_a_bound_is_an_amount() -> None:
    assert figures("新引进亿元以上项目12宗。")[0] == ("亿元以上", "money", Decimal(100000000), None, "CNY")
    assert figures("万元以下的补贴。") == [("万元以下", "money", Decimal(10000), None, "CNY")]


@pytest.mark.parametrize("text,locale,expected", [
    ("青蛙区将投入50亿推动改革。", "cn", [("50亿", "money", Decimal(5e9), None, "CNY")]),
    ("政府投放30亿支持企业。", "cn", [("30亿", "money", Decimal(3e9), None, "CNY")]),
    ("政府撥款5億支援業界。", "hk", [("5億", "money", Decimal(5e8), None, "HKD")]),
    ("向基金注資100億。", "hk", [("100億", "money", Decimal(1e10), None, "HKD")]),
])
def test_money_put_in_without_yuan(text: str, locale: str, expected: list[Fig]) -> None:
    assert figures(text, locale) == expected


def test_zhi_starting_a_verb_is_no_classifier() -> None:
    assert all(f[4] != "team" for f in figures("以20萬支持青年創業。", "hk"))
    assert figures("組建3支隊伍。") == [("3支", "count", Decimal(3), None, "team")]


def test_yi_wan_people_is_an_idiom() -> None:
    assert figures("造福亿万人民。") == []
