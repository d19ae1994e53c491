"""Chinese figures (issue 14, session 26): a Hong Kong fiscal year written with two two-digit years a slash apart
(20/21年, 25/26年) is a date, not a span of 21 or 26 years (GUIDELINES: years and dates are no figures); the second
year must follow the first (99/00 too), so a fraction of a year or two unrelated numbers keep their reading.
Made-up sentences; the first two tests fail on the code before (99/00年 aside: its leading zero already made it a year)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["綜合赤字在18/19年轉為盈餘。", "即使到27/28年，經營賬仍是赤字。",
                                  "該計劃於99/00年推出。", "預算案估計31/32年的收入回升。"])
def test_a_fiscal_year_in_two_digit_years_is_a_date(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "duration"] == []


def test_amounts_after_the_fiscal_year_stay() -> None:
    assert figures("綜合赤字18/19年是320億，來年是150億。") == [
        ("320億", "money", Decimal("32000000000"), "HKD"), ("150億", "money", Decimal("15000000000"), "HKD")]


@pytest.mark.parametrize("text, surface", [("工程已用了3/4年完成。", "4年"), ("兩項計劃分別為期10/15年。", "15年"),
                                           ("合約為期5年。", "5年")])
def test_other_slashes_and_spans_keep_their_years(text: str, surface: str) -> None:
    assert surface in [f[0] for f in figures(text) if f[1] == "duration"]
