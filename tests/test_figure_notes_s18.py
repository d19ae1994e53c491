"""Session-18 English figure tails (issue 14), made-up texts: a tens word whose hyphen ends a line goes on with the
unit word at the next one ('twenty-\\nfive parks' = 25); 'one stop' before a preposition, a conjunction or a stop is
a count of stops, while the idiom 'one stop' stays an adjective before its noun ('a one stop shop'); bare numbers
listed before the last, which alone carries the unit, are figures of that unit each ('five, 10 or 15 years'); the old
value of a change written 'from the current X' gets no period from a start point, as after a bare 'from'; after a
noun of change and its amount, 'over' and a noun phrase name the comparison base, whose time is no period of the
change ('an increase of 7% over the recurrent expenditure in 2030-31'); a Year of Assessment written as one calendar
year ('YA2031') is Singapore's way of counting tax years and votes for the Singapore dollar (Hong Kong writes a split
year); 'the preceding N years' after a span its sentence states are the N years before that span; a figure inside a
fronted participle or cause phrase ('Taking into account the 3 000 units, ...') takes no time from the main clause
after it; two bare months joined as a range ('between mid-February and early May') are one range of months, resolved
against the year its sentence or heading states; an infinitive that qualifies the subject ('a fund with $500 million
to promote research would start in T') ends at the subject's verb, and T is the main clause's. Each has inputs that
must stay as they are."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.currency import infer_currency
from tests.figure_cases import N, Row, check_figures
from tests.period_cases import periods


@pytest.mark.parametrize("sentence, expected", [
    ("The plan adds twenty-\nfive parks to the district.", [("twenty-\nfive parks", "count", "25", N, "park", "")]),
    ("It will take thirty-\nnine months.", [("thirty-\nnine months", "duration", "39", N, "month", "")]),
    # unchanged: a suspended hyphen at a line end, and a number word with no unit word after the hyphen
    ("Wards have twenty-\nand thirty-bed rooms.",
     [("twenty-", "count", "20", N, "bed", ""), ("thirty-bed", "count", "30", N, "bed", "")]),
    ("The plan adds twenty\nnew parks.", [("twenty\nnew parks", "count", "20", N, "park", "")]),
])
def test_a_number_word_wrapped_at_its_hyphen(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The extension will add one stop at the new town.", [("one stop", "count", "1", N, "stop", "")]),
    ("The shuttle makes only one stop.", [("one stop", "count", "1", N, "stop", "")]),
    # unchanged: the idiom before its noun
    ("Residents can use a one stop service centre.", []),
    ("It will be a one stop shop for permits.", []),
])
def test_one_stop_counts_only_as_a_noun(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Owners may choose terms of five, 10 or 15 years.",
     [("five", "duration", "5", N, "year", ""), ("10", "duration", "10", N, "year", ""),
      ("15 years", "duration", "15", N, "year", "")]),
    ("Rebates of 3, 5 and 8 per cent apply.",
     [("3", "percent", "3", N, "", ""), ("5", "percent", "5", N, "", ""), ("8 per cent", "percent", "8", N, "", "")]),
    # unchanged: two numbers joined by 'or' alone are a range, and years or labels in a list are no figures
    ("The loan runs for two or three years.", [("two or three years", "duration", "2", "3", "year", "")]),
    ("In 2031, 2032 and 2033 the fund paid 4 per cent.", [("4 per cent", "percent", "4", N, "", "")]),
])
def test_numbers_listed_before_a_shared_unit(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_the_current_old_value_takes_no_start_point() -> None:
    got = periods("The rate will be cut from the current 60% to 45% for expenses incurred on or after 1 May 2031.")
    assert got["60%"] == "" and got["45%"] == "2031-05-01.."
    # unchanged: an interval dates both ends
    got = periods("The share rose from the current 30% to 35% in 2031.")
    assert got["30%"] == "2031" and got["35%"] == "2031"


def test_over_after_a_noun_of_change_names_the_base() -> None:
    got = periods("This is a rise of 6 per cent over the recurrent spending in 2030-31.")
    assert got["6 per cent"] == ""
    # unchanged: the figure's own year still dates the change, and a verb of change with 'over' is left alone
    got = periods("Spending is $50 billion in 2031-32, an increase of 6% over the revised estimate for 2030-31.")
    assert got["$50 billion"] == "2031-32" and got["6%"] == "2031-32"


def test_a_single_year_of_assessment_votes_for_the_singapore_dollar() -> None:
    assert infer_currency("The cap rises from $100,000 to $150,000. This takes effect from YA2031.") == "SGD"
    assert infer_currency("The rebate applies from Year of Assessment 2031.") == "SGD"
    # unchanged: a split year of assessment is Hong Kong's
    assert infer_currency("A rebate of $3,000 applies for the year of assessment 2031/32 (YA 2031/32).") == "HKD"


def test_the_preceding_years_before_a_stated_span() -> None:
    got = periods("Between 2031 and 2034, wages grew by 2.9% a year, up from 2.1% a year in the preceding four years.")
    assert got["2.9%"] == "2031..2034" and got["2.1%"] == "2027..2030" and got["four years"] == "2027..2030"
    # unchanged: a stretch with no stated span or year has no period
    got = periods("Wages grew 2.1% a year in the preceding four years.")
    assert got["2.1%"] == "" and got["four years"] == ""


def test_a_fronted_phrase_keeps_its_figure_from_the_main_clause_time() -> None:
    got = periods("Taking into account the 3 000 hostel places, supply will rise to 9 000 places by 2032.")
    assert got["3 000 hostel places"] == "" and got["9 000 places"] == "2032"
    # unchanged: a time that leads the sentence before the phrase covers it
    got = periods("In 2032, taking into account 3 000 hostel places, supply rose to 9 000 places.")
    assert got["3 000 hostel places"] == "2032" and got["9 000 places"] == "2032"


def test_a_range_of_bare_months_takes_the_stated_year() -> None:
    got = periods("In 2032, the undertaking was triggered six times between mid-March and early June.")
    assert got["six times"] == "2032-03..2032-06"
    # unchanged: with no stated year a range of months dates nothing, and one bare month still takes the year
    assert periods("Deposits rose 5% between March and June.")["5%"] == ""
    assert periods("In 2032, deposits rose 5% in June.")["5%"] == "2032-06"


def test_an_infinitive_qualifying_the_subject_ends_at_its_verb() -> None:
    got = periods("A new fund with $800 million to support local start-ups would begin operation in the second half of 2032.")
    assert got["$800 million"] == "2032-H2"
    # unchanged: a time inside a relative clause after the infinitive stays that clause's
    assert periods("We will set aside $800 million to support firms that will expand in 2032.")["$800 million"] == ""
