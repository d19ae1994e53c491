"""Session-20 English periods (issue 14), made-up texts: a year list after 'YAs' / 'Years of Assessment' is the
span of those tax years; a limit after 'but' stays in its clause; a duration ending at a year's end or after
'N more years until' is located by its span (PERIOD-GUIDELINES 7); a ', which' clause takes the time right before
it or the time that leads its sentence; a year before 'baseline' is a comparison base."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Firms get a rebate of 25% for YAs 2031 and 2032, capped at $10,000.",
     {"25%": "2031..2032", "$10,000": "2031..2032"}),
    ("The rebate stays at 30% for Years of Assessment 2031 and 2032.", {"30%": "2031..2032"}),
    ("I will extend the rebate for Years of Assessment or YAs 2031 and 2032 at 30% of tax payable, but up to a "
     "lower cap of $20,000 per YA.", {"30%": "2031..2032", "$20,000": "2031..2032"}),
    # unchanged: 'but' with a verb opens a clause of its own
    ("The fund grew 5% in 2031, but it will shrink 3%.", {"5%": "2031", "3%": ""}),
])
def test_tax_year_lists_and_limits(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("We will extend the deduction rate for another three years till end-2031.", {"three years": "2029..2031"}),
    ("The allowance will be extended for two more years until YA2033.", {"two more years": "2032..2033"}),
    # unchanged: a stretch to a year
    ("The scheme runs for five years until 2031.", {"five years": "2027..2031"}),
])
def test_durations_ending_at_a_stated_time(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("We will extend the scheme until the end of March 2031, which will involve revenue foregone of $240 million.",
     {"$240 million": "..2031-03-31"}),
    ("Since 2030, we have introduced five rounds of relief measures, which are worth $110 billion.",
     {"five rounds": "2030..", "$110 billion": "2030.."}),
    # unchanged: a clause with a time of its own; no time before the clause
    ("Since 2030, we have run four schemes, which will cost $5 billion in 2035.",
     {"four schemes": "2030..", "$5 billion": "2035"}),
    ("We have run four schemes, which cost $5 billion.", {"four schemes": "", "$5 billion": ""}),
])
def test_which_clauses_take_the_sentences_time(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("We will cut emissions by 65 per cent by 2040 against a 2030 baseline, i.e. a cut of 26 per cent overall.",
     {"65 per cent": "2040", "26 per cent": "2040"}),
    # unchanged
    ("We will cut emissions by 65 per cent by 2040 against a 2030 baseline.", {"65 per cent": "2040"}),
    ("Emissions fell 20% in 2035 against a 2030 baseline.", {"20%": "2035"}),
])
def test_a_baseline_year_is_a_comparison_base(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("The assets rose to $424.9 billion at the end of January 2031 from $417.5 billion at the end of December last "
     "year.", {"$424.9 billion": "2031-01-31", "$417.5 billion": "2030-12-31"}),
    ("Prices in May 2031 were 5% above the $3 billion of May last year.", {"5%": "2031-05", "$3 billion": "2030-05"}),
    # against a year alone 'last year' counts from the writing, which the text does not state (was 2031-05)
    ("Inflation was 1.7% in 2031, and 2% in May last year.", {"1.7%": "2031", "2%": ""}),
])
def test_a_month_of_last_year_beside_a_stated_month(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_the_first_quarters_of_a_financial_year() -> None:
    text = "Rates are waived for four quarters of 2031-32, with a ceiling of $1,500 in the first two quarters."
    assert periods(text) == {"four quarters": "2031-32", "$1,500": "2031-32", "two quarters": "2031-32"}
    # unchanged: the first quarters of a calendar year stated elsewhere in the sentence; of no stated year
    assert periods("GDP grew 2.4% in the first three quarters, and 3% for 2031 as a whole.") == \
        {"2.4%": "2031-Q1..2031-Q3", "three quarters": "2031-Q1..2031-Q3", "3%": "2031"}
    assert periods("Exports rose 5% in the first two quarters.") == {"5%": "", "two quarters": ""}


def test_a_programme_that_comprised() -> None:
    text = "He said the 2031-32 Land Sale Programme comprised 15 residential sites, including seven new sites."
    assert periods(text) == {"15 residential sites": "2031-32", "seven new sites": "2031-32"}
