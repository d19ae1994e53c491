"""Chinese figures (issue 14, session 13): a surplus, deficit, reserve or debt (盈餘, 赤字, 儲備, 債務 ...) is money, so
a bare scaled number after it keeps its 元 implied ('盈餘逾千億' is money, not a count); 全年四季 (rates' four quarters
of the year) is a span of quarters. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str) -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text,locale,surface,value,currency", [
    ("去年綜合盈餘逾千億,今年轉為赤字。", "hk", "逾千億", Decimal("1e11"), "HKD"),
    ("该区财政赤字近百亿,须压减开支。", "cn", "近百亿", Decimal("1e10"), "CNY"),
    ("財政儲備超過九千億,足以應付十多個月開支。", "hk", "超過九千億", Decimal("9e11"), "HKD"),
    ("全市地方政府债务余额约两千亿,风险可控。", "cn", "约两千亿", Decimal("2e11"), "CNY"),
])
def test_a_scaled_number_after_a_balance_noun_is_money(text: str, locale: str, surface: str, value: Decimal,
                                                       currency: str) -> None:
    assert (surface, "money", value, currency) in figures(text, locale)


def test_a_count_with_its_classifier_after_a_balance_noun_stays_a_count() -> None:
    assert figures("获得贷款的企业逾万家。", "cn") == [("逾万家", "count", Decimal(10000), "enterprise")]


def test_the_four_quarters_of_the_year_are_a_span() -> None:
    assert ("四季", "duration", Decimal(4), "quarter") in figures("業主可獲寬免全年四季差餉,每季以2,000元為上限。", "hk")
    assert not [f for f in figures("該區氣候溫和,四季如春。", "hk") if f[1] == "duration"]
