"""Chinese figures (issue 14, session 11): an amount in 億 with its 元 dropped in a sentence about money is money
(Hansard speech: 總開支是二百零五億，今年已達五百八十億); 前N季度 and 其後N季 are durations of quarters like 首兩季;
a quoted list of numbered slogans (“四個堅持、三個支撐、兩個走在前列”) names slogans even when it is long.
Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, str]


def figures(text: str, locale: str = "hk") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


def test_an_amount_in_yi_in_a_sentence_about_money_is_money() -> None:
    text = "青蛙工程的總支出去年是一百零五億，今年已經達到三百八十億。"
    assert figures(text) == [("一百零五億", "money", Decimal("10500000000"), "HKD"),
                             ("三百八十億", "money", Decimal("38000000000"), "HKD")]
    assert figures("撥款亦會維持在超過四百億這個水平。") == [("超過四百億", "money", Decimal("40000000000"), "HKD")]


@pytest.mark.parametrize("text,expected", [
    ("全國人口超過14億。", [("超過14億", "count", Decimal("1400000000"), "person")]),
    ("開支增加，惠及1.2億人。", [("1.2億人", "count", Decimal("120000000.0"), "person")]),
    ("受惠人數達20萬。", [("20萬", "count", Decimal("200000"), "")]),
])
def test_counted_amounts_stay_counts(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("青蛙市前三季度出口增長。", [("三季度", "duration", Decimal(3), "quarter")]),
    ("首兩季寬免差餉，其後兩季減半。", [("兩季", "duration", Decimal(2), "quarter"), ("兩季", "duration", Decimal(2), "quarter")]),
])
def test_the_first_or_following_quarters_are_durations(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["三季度出口增長。", "比前一季度上升。", "今年一季度。", "一年四季皆宜。"])
def test_a_named_quarter_is_no_duration(text: str) -> None:
    assert figures(text) == []


def test_a_long_quoted_list_of_numbered_slogans_names_slogans() -> None:
    assert figures("落实“四个坚持、三个支撑、两个走在前列”的要求。", "cn") == []


def test_a_quoted_list_of_targets_keeps_its_figures() -> None:
    assert [f[0] for f in figures("提出“新增就业10万人、培训5万人次”的目标。", "cn")] == ["10万人", "5万人次"]


def test_overspending_is_a_sentence_about_money() -> None:
    text = "超支過億的還包括青蛙署及蝌蚪處,分別超約1.5億及3.7億。"
    assert [(f[0], f[1]) for f in figures(text)] == [("過億", "money"), ("約1.5億", "money"), ("3.7億", "money")]


def test_a_counted_noun_is_not_sought_past_another_number() -> None:
    text = "年旅客量260萬人次「青蛙通」平台實現296個事項網上辦理。"
    assert [f[2] for f in figures(text, "cn")] == [Decimal(2600000), Decimal(296)]
