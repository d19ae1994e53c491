"""Chinese figures (issue 14, session 25, zhfig): ratios in shorthand — two digits before 比 (公私營房屋六四比 = 6:4,
GUIDELINES ratio = first / second) and a colon pair right after the two terms it relates (公屋、居屋3：1). Made-up
sentences; the ratio cases fail on the code before, the guards pass on both."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, surface, value", [
    ("土地分配維持八二比。", "八二比", Decimal(4)), ("建議改為七三比，以增加供應。", "七三比", Decimal("2.333333")),
    ("公私营住宅按六四比例规划。", "六四比", Decimal("1.5")), ("男女學員五五比。", "五五比", Decimal(1))])
def test_two_digits_before_bi_are_a_ratio(text: str, surface: str, value: Decimal) -> None:
    assert figures(text) == [(surface, "ratio", value)]


@pytest.mark.parametrize("text, surface, value", [
    ("新屋苑中出租、出售單位2：1。", "2：1", Decimal(2)), ("其中本地與海外學生4:1。", "4:1", Decimal(4))])
def test_a_colon_pair_after_two_joined_terms_is_a_ratio(text: str, surface: str, value: Decimal) -> None:
    assert figures(text) == [(surface, "ratio", value)]


@pytest.mark.parametrize("text", ["工作人員逐一比對資料。", "與去年同期一一比較。", "會議在上午、下午9：30舉行。",
                                  "兩地相比較，差距仍大。", "市民二十六四比例不明。"])
def test_comparing_words_clock_times_and_longer_numerals_make_no_shorthand_ratio(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "ratio"] == []


@pytest.mark.parametrize("text", ["中国队对日本队3：1获胜。", "甲隊對乙隊2：1。"])
def test_a_score_after_two_opponents_is_no_ratio(text: str) -> None:
    # 對 / 同 join two opponents, and the colon pair after them is a match score, no ratio of quantities (revzh S2)
    assert [f for f in figures(text, "cn") if f[1] == "ratio"] == []
