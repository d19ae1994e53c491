"""Session-21 English figure tails (issue 14), made-up texts: a phrase in straight single quotes is a quoted slogan
like one in curly quotes (DECISIONS 1), also inside a double-quoted speech; a number joined by a hyphen to a
frequency adjective ('six-monthly') is the duration of the interval; a counted noun phrase with coordinated
modifiers ('day training or vocational rehabilitation service places') may run to eight words. Each table has
inputs that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("\"We uphold the 'one river, three banks' principle,\" she said.", []),
    ("The 'two ports, one gate' idea is popular.", []),
    # unchanged: apostrophes open no quote; a long single-quoted sentence is speech
    ("Macao's 3 ports and the workers' 5 unions met.",
     [("3 ports", "count", "3", N, "port", ""), ("5 unions", "count", "5", N, "union", "")]),
    ("She said 'we will open 4 new clinics in the northern district next year' to the press.",
     [("4 new clinics", "count", "4", N, "clinic", "")]),
])
def test_single_quoted_slogans(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The fees will rise at six-monthly intervals.", [("six-monthly", "duration", "6", N, "month", "")]),
    ("A three-yearly review is due.", [("three-yearly", "duration", "3", N, "year", "")]),
    # unchanged: a bare frequency word after a count
    ("It pays 3 monthly instalments.", [("3 monthly instalments", "count", "3", N, "instalment", "")]),
])
def test_adjectival_frequencies(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("We will add 40 more residential care or day care service places.",
     [("40 more residential care or day care service places", "count", "40", N, "place", "")]),
    ("They offer 16 qualifying market expansion and investment development activities.",
     [("16 qualifying market expansion and investment development activities", "count", "16", N, "activity", "")]),
    # unchanged: without a coordination the counted noun stays within six words
    ("We hired 40 people from the very large nearby rural farming villages.",
     [("40 people", "count", "40", N, "person", "")]),
])
def test_long_coordinated_count_phrases(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("We held 3 (three) meetings.", [("3 (three) meetings", "count", "3", N, "meeting", "")]),
    # unchanged: the words restate another number; a bracketed phrase with a noun
    ("We held 3 (5) meetings.", []),
    ("We held nine (9) workshops.", [("nine (9) workshops", "count", "9", N, "workshop", "")]),
])
def test_digits_restated_in_words(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_rate_base_with_its_currency_after_the_one() -> None:
    check_figures("It earned HK$37.7 billion ($4.86 billion). (1 US dollar = 7.7551 Hong Kong dollar)",
                  [("HK$37.7 billion", "money", "37700000000", N, "HKD", ""),
                   ("$4.86 billion", "money", "4860000000", N, "USD", ""),
                   ("7.7551 Hong Kong dollar", "quantity", "7.7551", N, "HKD per USD", "")])
