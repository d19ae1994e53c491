"""Chinese figures (issue 14, session 25, zhfig): a bare number in the clause after a tax rate's noun is the rate in per
cent with its % left out (把股票稅率由0.1提高至0.13 → 0.1% and 0.13%; 稅率下調至16.5 → 16.5%). A number with its own
unit, %, 元 or 第, and numbers after the clause's end, stay as before. Made-up sentences; the bare-rate cases fail on
the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, expected", [
    ("當局把印花稅稅率由0.1提高至0.13。", [("0.1", "percent", Decimal("0.1")), ("0.13", "percent", Decimal("0.13"))]),
    ("利得稅稅率下調至16.5，影響不大。", [("16.5", "percent", Decimal("16.5"))]),
    ("新稅率为15，明年生效。", [("15", "percent", Decimal(15))])])
def test_a_bare_number_after_a_tax_rate_is_percent(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("稅率表第3欄列明。", []), ("首200萬元稅率為8.25%。", [("200萬元", "money", Decimal("2e6")), ("8.25%", "percent", Decimal("8.25"))]),
    ("稅率不變，另撥5000元。", [("5000元", "money", Decimal(5000))]), ("稅率維持，涉及120個商戶。", [("120個", "count", Decimal(120))])])
def test_numbers_with_their_own_unit_or_after_the_clause_stay(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("增值税税率分为3档，分别为13%、9%和6%。", [("13%", "percent", Decimal(13)), ("9%", "percent", Decimal(9)),
                                               ("6%", "percent", Decimal(6))]),
    ("个人所得税税率表共有7级。", [])])
def test_a_count_of_bands_or_brackets_is_no_rate(text: str, expected: list) -> None:
    # a bare number before a word that is no word of the change (档 'band', 级 'bracket') counts the tiers (revzh M7)
    assert figures(text) == expected
