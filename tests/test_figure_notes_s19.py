"""Session-19 English figure tails (issue 14), made-up texts: days listed with one month are dates; 'half-day'
beside 'whole-day' names a kind of session; 'one … the other' names each of two things already counted; a
number between a ranking's opener and a superlative is a rank cut-off; a footnote digit glued to a counted noun
keeps the count. Each table has inputs that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The bank will hold eight tenders on 3, 10, 17 and 24 March and 7, 14, 21 and 28 April 2031.",
     [("eight tenders", "count", "8", N, "tender", "")]),
    ("Hearings will be held on June 4, 11 and 18.", []),
    # unchanged: a count after a date, and counts listed before a month of their own
    ("On June 4, 14 banks joined the scheme.", [("14 banks", "count", "14", N, "bank", "")]),
    ("On 4 June, 14 banks and 21 firms joined.",
     [("14 banks", "count", "14", N, "bank", ""), ("21 firms", "count", "21", N, "firm", "")]),
    ("We opened 5, 10 and 15 centres in May.",
     [("5", "count", "5", N, "centre", ""), ("10", "count", "10", N, "centre", ""),
      ("15 centres", "count", "15", N, "centre", "")]),
])
def test_day_lists_are_dates(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Nurseries will offer more half-day places. Whole-day places will also rise.", []),
    ("Parents may choose half-day or full-day classes.", []),
    # unchanged: alone, a half day is a length of time; a half-month payment too
    ("A half-day seminar will be held.", [("half-day", "duration", "0.5", N, "day", "")]),
    ("Staff get a half-month bonus.", [("half-month", "duration", "0.5", N, "month", "")]),
])
def test_half_day_sessions(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The fund backs two labs, one working on robotics and the other on materials.",
     [("two labs", "count", "2", N, "lab", "")]),
    # unchanged: each of two parts counted ('one ... and one ...')
    ("We built two halls, one in Sha Tin and one in Tuen Mun.",
     [("two halls", "count", "2", N, "hall", ""), ("one", "count", "1", N, "hall", ""),
      ("one", "count", "1", N, "hall", "")]),
])
def test_one_and_the_other(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The city is one of the five busiest container ports in the world.", []),
    ("Among the ten largest lenders, growth was slow.", []),
    ("The region's three biggest banks merged.", []),
    # unchanged: a superlative without a ranking's opener counts
    ("The two largest banks hold 40% of deposits.",
     [("two largest banks", "count", "2", N, "bank", ""), ("40%", "percent", "40", N, "", "")]),
])
def test_superlative_cutoffs(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The park now has 300 tenants3.", [("300 tenants", "count", "300", N, "tenant", "")]),
    ("We set up 16 centres1 in total.", [("16 centres", "count", "16", N, "centre", "")]),
    # unchanged: a verb with its amount is no counted noun
    ("Each pack of 20 costs $94.", [("$94", "money", "94", N, "HKD", "")]),
])
def test_footnote_after_counted_noun(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Residents enjoy a life expectancy of 85 years.", []),
    ("Its people have a life expectancy among the highest anywhere - 83 years for men and 88 years for women.", []),
    # unchanged: a design life is a length of time, and so is a later clause's duration
    ("The lifespan of the bridge is 120 years.", [("120 years", "duration", "120", N, "year", "")]),
    ("Life expectancy is 85 years, and the works take 5 years.", [("5 years", "duration", "5", N, "year", "")]),
    # a stretch of time in the cue's own clause stays a duration (lead review, session 19)
    ("As life expectancy rises, the number of elders will double over the next 20 years.",
     [("double", "ratio", "2", N, "", ""), ("20 years", "duration", "20", N, "year", "")]),
    ("Life expectancy has risen steadily for 10 years.", [("10 years", "duration", "10", N, "year", "")]),
])
def test_life_expectancy_is_an_age(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Talents from more than a dozen of countries came.",
     [("more than a dozen of countries", "count", "12", N, "country", "more than")]),
    ("We have two dozen of sites.", [("two dozen of sites", "count", "24", N, "site", "")]),
    # unchanged
    ("We opened a dozen sites.", [("a dozen sites", "count", "12", N, "site", "")]),
])
def test_dozen_of_plural(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # 'their number' stands for 'the number of' the plural noun 'their' refers back to
    ("The duties were shared among policy bureaux, increasing their number from 13 to 16.",
     [("13", "count", "13", N, "bureau", ""), ("16", "count", "16", N, "bureau", "")]),
    ("The clinics expanded, raising their number from 30 to 45.",
     [("30", "count", "30", N, "clinic", ""), ("45", "count", "45", N, "clinic", "")]),
    # unchanged: 'their number of <noun>' and a ranking label
    ("The clinics raised their number of staff from 30 to 45.",
     [("30", "count", "30", N, "staff", ""), ("45", "count", "45", N, "staff", "")]),
    ("Companies kept their number 3 ranking.", []),
])
def test_their_number(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
