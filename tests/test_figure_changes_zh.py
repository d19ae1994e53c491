"""Chinese changes, plan names and spending (issue 14, session 10): 'increment 至 level' after a verb of change is
two figures (增加27億至490億元, 縮短一年至5.1年) while a band stays one range; a span inside a plan's name after 第N個
is no figure; a scaled amount after a verb of spending or before buying is money; a Chinese numeral of a hundred or
more right before its noun counts it (增五千病床). Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, Decimal | None, str]


def figures(text: str, locale: str = "hk") -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.value_max, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text,expected", [
    ("青蛙局的開支會增加15億至330億元。", [("15億", "money", Decimal("1.5e9"), None, "HKD"),
                                         ("330億元", "money", Decimal("3.3e10"), None, "HKD")]),
    ("平均審批時間已縮短兩年至4.2年。", [("兩年", "duration", Decimal(2), None, "year"),
                                      ("4.2年", "duration", Decimal("4.2"), None, "year")]),
    ("新增300至2400張病床。", [("300", "count", Decimal(300), None, "bed"), ("2400張病床", "count", Decimal(2400), None, "bed")]),
])
def test_increment_then_level(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("收費將減少10%至20%。", [("10%至20%", "percent", Decimal(10), Decimal(20), "")]),
    ("增長率提高3至5個百分點。", [("3至5個百分點", "percent", Decimal(3), Decimal(5), "")]),
    ("預計增加2至5家企業。", [("2至5家企業", "count", Decimal(2), Decimal(5), "enterprise")]),
])
def test_a_band_stays_one_range(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("管理局推進第一個十年學校發展計劃。", []),
    ("政府已籌備第二个五年医院建设规划。", []),
    ("政府未來十年會興建學校。", [("十年", "duration", Decimal(10), None, "year")]),
])
def test_a_span_in_a_plan_name_is_no_figure(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,locale,expected", [
    ("青蛙署又會用3300萬,更新設備。", "hk", [("3300萬", "money", Decimal("3.3e7"), None, "HKD")]),
    ("市里动用二千亿改造旧区。", "cn", [("二千亿", "money", Decimal("2e11"), None, "CNY")]),
    ("那150億買40個商鋪,值得嗎?", "hk", [("150億", "money", Decimal("1.5e10"), None, "HKD"),
                                      ("40個", "count", Decimal(40), None, "unit")]),
    ("系統使用3萬次。", "hk", [("3萬次", "count", Decimal(30000), None, "time")]),
])
def test_an_amount_spent_is_money(text: str, locale: str, expected: list[Fig]) -> None:
    assert figures(text, locale) == expected


def test_a_chinese_numeral_before_its_noun_counts_it() -> None:
    assert figures("十年撥款 增八千病床") == [("十年", "duration", Decimal(10), None, "year"),
                                        ("八千病床", "count", Decimal(8000), None, "bed")]
