"""Session-24 English periods (issue 14), made-up texts: a located duration spans the units it counts
(PERIOD-GUIDELINES 7): N units to a stated end start N−1 units before it, also after a comma ('another six months,
till the end of 2031' → 2031-07..2031-12) and before 'the end of' a financial year ('for five years until the end of
FY2031' → FY2027..FY2031); N years from a month or a day end N years later less one month or day; a start of effect
written as an infinitive (', to take effect from YA2032') or after 'force' dates the rule's new level and change; a budget outside the annual cycle (an off-budget package, a
supplementary or mini-budget) dates its amounts as a budget does (3e); a two-digit financial year of the 1990s is in the 1900s ('FY99' → FY1999); the stretch
'for all four quarters in the 2031-32 financial year' is the clause's time, as 'for four quarters of 2031-32' is, and
dates the ceiling of the waiver; a line in capitals over a dashed item ('FY2031 BUDGET OUTTURN' / '- Revenue was ...',
a speech converted from print with single line breaks) is a heading."""

from __future__ import annotations

import pytest

from pipeline.extract.periods.duration_spans import span_ending, span_last
from pipeline.extract.periods.model import When
from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    ("The Government will extend the rebates by another six months, till the end of 2031.",
     {"six months": "2031-07..2031-12"}),
    ("I will extend the waiver by another four months, until the end of March 2031.",
     {"four months": "2030-12..2031-03"}),
    ("The levy will be waived for six months, through June 2031.", {"six months": "2031-01..2031-06"}),
    ("The grant will be extended for five years until the end of FY2031.", {"five years": "FY2027..FY2031"}),
    ("Members are appointed for a term of two years with effect from March 15, 2031.",
     {"two years": "2031-03-15..2033-03-14"}),  # (from January 1: whole years, test_period_whole_unit_spans, s28)
    ("The trial will run for three years starting from April 2031.", {"three years": "2031-04..2034-03"}),
    # unchanged: years to a year, from a school year, to a year's end
    ("We will extend the scheme by another two years till end-2031.", {"two years": "2030..2031"}),
    ("The trial will run for four years starting from the 2031/32 school year.", {"four years": "2031-32..2034-35"}),
    ("Rents rose 5% over the four years to 2031-32.", {"5%": "2028-29..2031-32", "four years": "2028-29..2031-32"}),
])
def test_a_located_duration_spans_its_units(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_span_ends() -> None:
    assert span_last(When("date", 2032, 229), 1, "year") == When("date", 2033, 228)
    assert span_last(When("month", 2031, 11), 3, "month") == When("month", 2032, 1)
    assert span_ending(When("date", 2031, 630), 2, "year") is None  # a mid-year day ends no count of years
    assert span_ending(When("date", 2031, 615), 2, "month") is None
    assert span_ending(When("fy", 2031), 3, "year") == (When("fy", 2029), When("fy", 2031))


@pytest.mark.parametrize("text, want", [
    ("I will cut the corporate tax rate by one percentage point to 24.5%, to take effect from YA2032.",
     {"one percentage point": "2032..", "24.5%": "2032.."}),
    ("The rate will be lowered to 16% to take effect from 2032.", {"16%": "2032.."}),
    ("The fee will be raised to $30, to come into force from 1 April 2032.", {"$30": "2032-04-01.."}),
    # unchanged: a change from a year stays compared with it; an infinitive of purpose keeps its time
    ("The levy rose 5% from 2031.", {"5%": ""}),
    ("We will spend $2 billion to build 300 flats in 2032.", {"$2 billion": "", "300 flats": "2032"}),
])
def test_an_infinitive_of_effect_dates_the_rule(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("The diesel tax for taxis was reduced from $5,100 to $4,700 in the 2031 Off-Budget package.",
     {"$5,100": "2031", "$4,700": "2031"}),
    ("The 2031 supplementary budget provided $3 billion for jobs.", {"$3 billion": "2031"}),
    ("In the 2031 mini-budget, the levy was cut by $50.", {"$50": "2031"}),
    # unchanged: a year in a plan's name
    ("We will invest a further $2 billion in the Digital Plan 2030.", {"$2 billion": ""}),
])
def test_a_budget_outside_the_cycle_dates_its_amounts(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("Revenue in FY99 was $24.1 billion.", {"$24.1 billion": "FY1999"}),
    ("Spending in FY98-00 was $600 million.", {"$600 million": "FY1998..FY2000"}),
    # unchanged: two digits of this century
    ("Revenue in FY31 was $24.1 billion.", {"$24.1 billion": "FY2031"}),
    ("Spending in FY15-17 was $600 million.", {"$600 million": "FY2015..FY2017"}),
])
def test_a_two_digit_financial_year_of_the_1990s(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("He waived rates for all four quarters in the 2031-2032 financial year, subject to a ceiling of $1,500 per quarter.",
     {"four quarters": "2031-32", "$1,500": "2031-32"}),
    ("Rates were waived for all four quarters of 2031-32, subject to a ceiling of $2,000 per quarter.",
     {"four quarters": "2031-32", "$2,000": "2031-32"}),
    # unchanged: the stretch 'of' a period; a stretch with no stated time
    ("Rates were waived for four quarters of 2031-32, subject to a ceiling of $2,000 per quarter.",
     {"four quarters": "2031-32", "$2,000": "2031-32"}),
    ("We spent $5 billion over the five years in which the plan ran.", {"$5 billion": "", "five years": ""}),
])
def test_all_the_quarters_of_a_year_are_the_clauses_time(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("BUDGET STATEMENT\nMr Speaker, Sir\nFY2031 BUDGET OUTTURN\n- With revenue estimated at $24.1 billion, the outturn was good.\n",
     {"$24.1 billion": "FY2031"}),
    ("Part II\nREVIEW OF 2031\n- Exports rose 4%.\n- Imports rose 6% in 2032.\n", {"4%": "2031", "6%": "2032"}),
    # unchanged: a line in capitals over a sentence, not over an item; a capitals heading without a time
    ("BUDGET STATEMENT\nREVIEW OF 2031\nExports rose 4%.\n", {"4%": ""}),
    ("Mr Speaker, Sir\nPUBLIC HOUSING\n- We built 300 flats.\n", {"300 flats": ""}),
])
def test_a_capitals_line_over_dashed_items_is_a_heading(text: str, want: dict[str, str]) -> None:
    assert line_periods(text) == want
