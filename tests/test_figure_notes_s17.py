"""Session-17 figure and period tails (issue 14), made-up texts: a tilde between two numbers is a range; a group's
nickname that opens with its number ('the four little dragons') is no count; a Year of Assessment written 'YA2031' /
'YA 2031' is a tax year, and after 'from' it is when a rule takes effect, not a comparison base; a newsletter's issue
number before its month ('No.3 May, 2030') is no day, and the issue line dates nothing. Each table has inputs that
must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures
from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("sentence, expected", [
    ("Growth should average 3~4% a year.", [("3~4%", "percent", "3", "4", "", "")]),
    ("About 2～3 percentage points will come from exports.",
     [("About 2～3 percentage points", "percent", "2", "3", "", "about")]),
    ("The works take 6~8 years and cost $5~6 billion.",
     [("6~8 years", "duration", "6", "8", "year", ""), ("$5~6 billion", "money", "5000000000", "6000000000", "HKD", "")]),
    # unchanged: a tilde that joins no two numbers
    ("Rents rose ~5% in the quarter.", [("5%", "percent", "5", N, "", "")]),
])
def test_tilde_ranges(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The city rose to become one of the four little dragons of Asia.", []),
    ("Korea and Taiwan, two of the four Asian tigers, grew fast.", [("two", "count", "2", N, "tiger", "")]),
    # unchanged: the same words before another noun count
    ("The zoo keeps four little pandas and four tigers.",
     [("four little pandas", "count", "4", N, "panda", ""), ("four tigers", "count", "4", N, "tiger", "")]),
])
def test_group_nicknames(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("text, want", [
    ("The corporate tax rate will be cut to 15% from YA2034.", {"15%": "2034.."}),
    ("From YA 2033, the exemption will cover the first $150,000 of income.", {"$150,000": "2033.."}),
    ("Firms will get a rebate of 30% in YA2032, capped at $20,000.", {"30%": "2032", "$20,000": "2032"}),
    ("Salaries tax for YA 2031/32 will be cut by 100%, subject to a ceiling of $2,500.",
     {"100%": "2031-32", "$2,500": "2031-32"}),
    ("The scheme runs until YA2035, with a cap of $300,000.", {"$300,000": "..2035"}),
    # unchanged: after a figure, 'from' a calendar year is still a comparison base
    ("Tax revenue rose 6% from 2030.", {"6%": ""}),
])
def test_year_of_assessment_abbreviations(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


def test_tax_years_win_over_a_release_heading() -> None:
    text = ("FY2032 Budget Statement: Annex on tax measures\n\nTax changes in FY2032\n\n"
            "The corporate income tax rate will be cut to 16% from YA2034.\n"
            "A rebate of 40% will be given for YA2033.\n"
            "The measures will cost $900 million.\n")
    got = line_periods(text)
    assert got["16%"] == "2034.."
    assert got["40%"] == "2033"
    assert got["$900 million"] == "FY2032"  # the heading still governs a figure with no time of its own


@pytest.mark.parametrize("text", [
    "No.4 August, 2031\n\nBanks opened 1,500 accounts for small firms.\n",
    "Banking Newsletter  No.4 August, 2031\n\nBanks opened 1,500 accounts for small firms.\n",
    "Issue 12, August 2031\n\nBanks opened 1,500 accounts for small firms.\n",
])
def test_an_issue_line_dates_nothing(text: str) -> None:
    assert line_periods(text)["1,500 accounts"] == ""


def test_issue_numbers_are_no_days() -> None:
    # 'Vol. 9 March 2031' is volume 9 of March 2031; a day before a month is still a day
    assert periods("Deposits, as reported in Vol. 9 March 2031, rose 2%.")["2%"] != "2031-03-09"
    assert periods("On 9 March 2031, deposits rose 2%.")["2%"] == "2031-03-09"
    # unchanged: a heading that states a month still governs (no issue number before it)
    assert line_periods("Review of August 2031\n\nBanks opened 1,500 accounts.\n")["1,500 accounts"] == "2031-08"


@pytest.mark.parametrize("sentence, expected", [
    # a hyphen that ends a line goes on at the next one: one adjectival count
    ("The city runs a two-\ntrack system and a three-\ntier review.",
     [("two-\ntrack", "count", "2", N, "track", ""), ("three-\ntier", "count", "3", N, "tier", "")]),
    ("It is a five-\nyear plan.", [("five-\nyear", "duration", "5", N, "year", "")]),
    # unchanged: a suspended hyphen at a line end, and a capitalised word after the break
    ("We build two-\nand three-bedroom flats.",
     [("two-", "count", "2", N, "bedroom", ""), ("three-bedroom", "count", "3", N, "bedroom", "")]),
])
def test_hyphen_at_a_line_end(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("A one stop service centre will help investors.", []),
    ("Firms can use the one-stop portal.", []),
    # unchanged: 'one' before another noun still counts
    ("At least one service centre will open.", [("At least one service centre", "count", "1", N, "centre", "at least")]),
])
def test_one_stop_unhyphenated(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_a_heading_may_open_with_its_figure() -> None:
    # a heading line between blank lines that starts with a figure and a capitalised word governs like any other
    text = ("Overview\n\n30% Property Tax Rebate in Year of Assessment 2031\n\n"
            "  \u2022 Owners will get a rebate capped at $1,000.\n\n"
            "Other measures\n\nLevies stay at $500.\n")
    got = line_periods(text)
    assert got["$1,000"] == "2031"
    # unchanged: a lone number cell between blank lines is no heading
    flat = "Forecast\n\n2031\n\n249.4\n\nRevenue rose by $7 billion.\n"
    assert line_periods(flat)["$7 billion"] == ""
