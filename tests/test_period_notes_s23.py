"""Session-23 English periods (issue 14), made-up texts: a byline's timestamp ('Jane Doe Sep 30, 2031 09:21') is a date
line that governs nothing, as do a headline ending in a spaced dash and the day it was issued ('FS delivers 2031-32
Budget - 22 February 2031') and a speech's title ('... SPEECH BY ... ON 5 MARCH 2031'); a page's date field glued to its
first line (' date 2031-02-18 ...') dates nothing; 'the
same as (in) 2030' is a comparison base; a headline opened by the document it reports on ('Budget 2031: $5b for ...')
names the document (session-10 ruling); a sentence opened by an infinitive of purpose ('To
meet the 2030 targets, ...') keeps its times to itself (PERIOD-GUIDELINES 3d); a time that picks out a cohort ('turning
55 in 2031', 'born in the 1950s') dates a count of those people but no amount given to them (3d)."""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods, periods


def test_a_bylines_timestamp_governs_nothing() -> None:
    text = ("Jane Doe Sep 30, 2031 09:21\nThe index rose 0.9% in August 2031.\n\n"
            "Deposits fell by 2.1% during the same period, reaching $40 billion at the end of August.\n")
    assert line_periods(text) == {"0.9%": "2031-08", "2.1%": "", "$40 billion": ""}
    # unchanged: a title that states a time still governs the text below it
    text = "Reserves at end-June 2031\n\nReserves stood at $40 billion.\n"
    assert line_periods(text) == {"$40 billion": "2031-06-30"}


@pytest.mark.parametrize("text, want", [
    ("Output grew 4.2% in 2031, the same as in 2030.", {"4.2%": "2031"}),
    ("Output grew 4.2% in 2031, the same as 2030.", {"4.2%": "2031"}),
    ("Budget 2031: $5b for new clinics", {"$5b": ""}),
    ("Singapore Budget 2031: $6.2b package for seniors", {"$6.2b": ""}),
    # unchanged: a budget's year without the headline's colon
    ("The 2031 Budget will add $5b for clinics.", {"$5b": "2031"}),
])
def test_same_as_bases_and_document_labels(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("To meet the 2030 and 2035 emission targets, we will set aside $6 billion for 50 000 old lorries.",
     {"$6 billion": "", "50 000 old lorries": ""}),
    ("To reach 60% renewables by 2035, we will spend $5 billion.", {"60%": "2035", "$5 billion": ""}),
    # unchanged: a time in the main clause; a lower-case list item
    ("To meet the targets, we will set aside $6 billion in 2031-32.", {"$6 billion": "2031-32"}),
    ("to provide $1 billion in 2031-32, of which $200 million is for schools.",
     {"$1 billion": "2031-32", "$200 million": "2031-32"}),
])
def test_a_fronted_purpose_keeps_its_times(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("The sum will be $98,000 for members turning 55 in 2031 and $101,000 for those turning 55 in 2032.",
     {"$98,000": "", "$101,000": ""}),
    ("We will set up a $3 billion fund for residents born in the 1960s, with top-ups for five years.",
     {"$3 billion": "", "five years": ""}),
    ("About 90,000 seniors turning 65 in 2031 will each get $500.", {"About 90,000 seniors": "2031", "$500": ""}),
    # unchanged: a time of the clause
    ("Members will receive $900 in 2031.", {"$900": "2031"}),
])
def test_a_cohorts_time_dates_no_amount(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


def test_a_pages_date_stamp_dates_nothing() -> None:
    text = " date 2031-02-18 SINGAPORE: The Government will spend S$9 billion over five years to help workers."
    assert periods(text) == {"S$9 billion": "", "five years": ""}
    # unchanged: a date written in a sentence
    assert periods("The fee rises on 2031-02-18 to $40.") == {"$40": "2031-02-18"}


def test_a_headline_dated_by_its_issue_day_and_a_speech_title_govern_nothing() -> None:
    text = ("FS delivers 2031-32 Budget - 22 February 2031\n\n"
            "With a surplus of HK$9.8 billion, reserves reach HK$935 billion by 31 March 2031.\n")
    assert line_periods(text) == {"HK$9.8 billion": "", "HK$935 billion": "2031-03-31"}
    text = "TRANSCRIPT OF BUDGET 2031 ROUND-UP SPEECH BY THE MINISTER ON 5 MARCH 2031\n\nThree Priorities\n\nWe spent $5 billion.\n"
    assert line_periods(text) == {"Three Priorities": "", "$5 billion": ""}
    # unchanged: a stock date after the dash, and a title stating its time, govern the text below
    assert line_periods("Reserve assets - end-June 2031\n\nReserves stood at $40 billion.\n") == {"$40 billion": "2031-06-30"}
    assert line_periods("Position at 30 June 2031\n\nDeposits rose 2%.\n") == {"2%": "2031-06-30"}
