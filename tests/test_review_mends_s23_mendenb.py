"""Review mends (session 23, mendenb), made-up texts: 'reach(ed) N in <time>' states a level, no cohort, so the
sentence's other figures keep the time (reven M3; 'reaching age 55 in 2031' still picks out a cohort); a title whose
last words are a stock's as-at date ('... Balance Sheet - 31 December 2031') governs the figures below it, it is no
headline dated by its issue day (reven M9)."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures
from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    ("The number of licensed banks reached 150 in 2031, while their total deposits rose 5%.",
     {"150": "2031", "5%": "2031"}),
    ("Hong Kong's PMI reached 52 in March 2031, and retail sales rose 4%.", {"4%": "2031-03"}),
    # unchanged: a cohort picked out by an age after 'reach'
    ("Members reaching age 55 in 2031 will get $9,000.", {"$9,000": ""}),
    ("The sum will be $98,000 for members turning 55 in 2031.", {"$98,000": ""}),
])
def test_reached_n_in_a_time_is_a_level_not_a_cohort(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


def test_a_stock_titles_as_at_date_governs_the_figures_below() -> None:
    text = ("Exchange Fund Abridged Balance Sheet - 31 December 2031\n\n"
            "Total assets of the Exchange Fund stood at HK$4,100 billion, and the Monetary Base was HK$2,000 billion.\n")
    assert line_periods(text) == {"HK$4,100 billion": "2031-12-31", "HK$2,000 billion": "2031-12-31"}
    # unchanged: a headline dated by its issue day
    text = ("FS delivers 2031-32 Budget - 22 February 2031\n\n"
            "With a surplus of HK$9.8 billion, reserves reach HK$935 billion by 31 March 2031.\n")
    assert line_periods(text) == {"HK$9.8 billion": "", "HK$935 billion": "2031-03-31"}


@pytest.mark.parametrize("sentence, expected", [
    ("The Food and Environmental Hygiene Department will increase street cleansing from three times a week to four "
     "times a week in Kowloon.", [("three times", "count", "3", N, "time", ""), ("four times", "count", "4", N, "time", "")]),
    ("Applications for the scheme were three times as expected, reaching 30,000.",
     [("three times", "ratio", "3", N, "", ""), ("30,000", "count", "30000", N, "", "")]),
    # unchanged: a change of multiples; events as foreseen
    ("We will raise the cap from two times the median wage to three times from 2032.",
     [("two times", "ratio", "2", N, "", ""), ("three times", "ratio", "3", N, "", "")]),
    ("The central bank cut its policy rate twice and raised it four times as planned, ending the year at 3%.",
     [("twice", "count", "2", N, "time", ""), ("four times", "count", "4", N, "time", ""),
      ("3%", "percent", "3", N, "", "")]),
])
def test_a_change_of_frequencies_and_times_as_expected_after_be(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
