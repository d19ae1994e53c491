"""pipeline.extract.periods: a document's title line as its top heading (the lead's ruling of session 10),
list lead-ins that stop at the sentence before them, years that name a speech or a paper, and the classes
found beside them (two-digit split years, durations after an event, a figure restated after ', or').

Found on session 10's first batch (HKMA Exchange Fund releases and news, Singapore budget coverage) and in
the session-9 forecast's misses. Each case states a general rule with a made-up text (never a sentence of a
held-out or dev document); the rule's name is in the comment above it.
"""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    # a release's title that states a time governs the figures below without their own time, list items too
    ("Reserve Fund Results for 2031\n*************\n\n"
     "The fund earned $9 billion in 2031. The main components were:\n"
     "* gains on bonds of $5 billion;\n* gains on equities of $4 billion.\n",
     {"$9 billion": "2031", "$5 billion": "2031", "$4 billion": "2031"}),
    # ... after the preamble line of a government release, whose title is the next line
    ("The following is issued on behalf of the Monetary Authority:\n\n"
     "Reserve Fund position at end-May 2031\n\n"
     "Foreign currency assets rose by $2.5 billion.\n",
     {"$2.5 billion": "2031-05-31"}),
    # ... and it anchors a vague time below it ('for the year')
    ("Investment Results of the Reserve Fund in 2031\n\n"
     "Equity markets rose by over 15% for the year.\n",
     {"over 15%": "2031"}),
    # a headline whose year names the budget governs nothing; another time of the same headline does
    ("Budget 2031: households to get $700 in vouchers\n\n"
     "Each household will get $700 in vouchers.\n",
     {"$700": ""}),
    ("Budget 2031: overall surplus of $2 billion for financial year 2030\n\n"
     "The surplus is about 0.3 per cent of GDP.\n",
     {"about 0.3 per cent": "FY2030"}),
    # a headline that states two times, one per figure, has no single time: it governs nothing; a time before
    # '; budget ...' is no budget's name
    ("Budget 2031: surplus of $5b for FY30; budget deficit of $1b expected for FY31\n\n"
     "Stamp duties rose to $4 billion.\n",
     {"$4 billion": ""}),
    ("Budget 2031: surplus of $5b for FY30; budget plans unchanged\n\n"
     "Stamp duties rose to $4 billion.\n",
     {"$4 billion": "FY2030"}),
    # a headline without a year governs nothing ('at the end of October' states no year)
    ("Reserve Fund assets at $4 trillion\n\n"
     "Assets rose by $30 billion at the end of October.\n",
     {"$30 billion": ""}),
])
def test_a_title_line_governs_as_the_top_heading(text: str, want: dict[str, str]) -> None:
    got = line_periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


def test_a_paper_number_is_no_time_of_a_date_line() -> None:
    """'For discussion PWSC(2030-31)12 on 5 May 2030' is a paper's date line (its number holds a session year,
    which is no time): it governs nothing."""
    text = "For discussion PWSC(2030-31)12 on 5 May 2030\n\nThe block allocation is $30 million.\n"
    assert line_periods(text) == {"$30 million": ""}


def test_a_lead_in_does_not_reach_back_over_a_line_ended_by_a_full_stop() -> None:
    """A list's lead-in is its own sentence: a time in the sentence before it (ended by a full stop at a line's
    end) is not the lead-in's, and neighbouring sentences never give a period (PERIOD-GUIDELINES 2, 8.1)."""
    text = ("The fund's position at the end of June 2031 is set out below.\n"
            "Gains and Losses\n"
            "The income came from several components:\n"
            "- gains on bonds of $5 billion;\n"
            "- gains on equities of $3 billion.\n")
    got = line_periods(text)
    assert got["$5 billion"] == "" and got["$3 billion"] == ""


def test_a_heading_naming_a_speech_governs_nothing() -> None:
    """'This is an extract from the 2031 Budget speech by the Minister' names the speech: its year is no
    heading time (PERIOD-GUIDELINES 8.8), not even the open start 'from 2031'."""
    text = ("Extracts from the speech\n\n"
            "This is an extract from the 2031 Budget speech by the Finance Minister\n\n"
            "We can aim for growth of 2 per cent to 3 per cent.\n")
    assert line_periods(text) == {"2 per cent to 3 per cent": ""}


def test_a_two_digit_split_financial_year() -> None:
    """'FY16/17' (a body's own financial year, as Singapore's statutory boards write it) is the split year
    2016-17, as 'FY 2016-17' is; 'FY17' stays the Singapore financial year FY2017."""
    assert periods("Its net profit rose to $28 billion in FY26/27.") == {"$28 billion": "2026-27"}
    assert periods("The surplus was $9 billion for FY27.") == {"$9 billion": "FY2027"}


def test_a_duration_after_an_event_is_an_offset() -> None:
    """'repay one year after graduation' measures an offset from an event, like 'one year ago' or 'two
    years later': no stretch of time the text locates (PERIOD-GUIDELINES 7), whatever the year of the
    clause that restricts the noun before it ('borrowers who finish in 2031')."""
    got = periods("Graduates who finish their studies in 2031 may start repaying their loans one year after "
                  "graduation.")
    assert got == {"one year": ""}


def test_a_figure_restated_after_or_keeps_its_period() -> None:
    """'an income of $90 billion, or 4.1%, more than recouping the $60 billion loss in 2030': the percentage
    restates the income and takes its period (2031), not the time attached to the next figure."""
    got = periods("The results for 2031 were announced today: an income of $90 billion, or 4.1%, more than "
                  "recouping the $60 billion loss in 2030.")
    assert got == {"$90 billion": "2031", "4.1%": "2031", "$60 billion": "2030"}
