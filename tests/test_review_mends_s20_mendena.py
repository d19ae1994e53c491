"""Review mends of session 20 (mendena), made-up texts: 'plus' after an amount is a bound only for a count with
its noun after it (M1); the currency-word stage rule holds only for 'Euro' before a stage and a word (M3); 'about'
after said/told/know is the approximator (M8). Each table keeps the inputs the original fixes were for."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures
from tests.period_cases import periods


@pytest.mark.parametrize("sentence, expected", [
    ("The starting salary is $18,000 plus allowances.", [("$18,000", "money", "18000", N, "HKD", "")]),
    ("Borrowers must repay $500 plus interest within 2031.", [("$500", "money", "500", N, "HKD", "")]),
    ("Inflation was 2% plus a margin in 2031.", [("2%", "percent", "2", N, "", "")]),
    ("Each household gets $300 plus a further $200 in vouchers.",
     [("$300", "money", "300", N, "HKD", ""), ("$200", "money", "200", N, "HKD", "")]),
    # unchanged: a count with its noun after 'plus' is a bound
    ("The plan provides 8 800 plus residential units.",
     [("8 800 plus residential units", "count", "8800", N, "unit", "at least")]),
])
def test_plus_is_a_bound_only_for_a_count(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Each visitor paid 500 RMB 2 times a year.",
     [("500 RMB", "money", "500", N, "CNY", ""), ("2 times", "count", "2", N, "time", "")]),
    ("Exports totalled 300 Yuan 4 years ago.",
     [("300 Yuan", "money", "300", N, "CNY", ""), ("4 years", "duration", "4", N, "year", "")]),
    ("The club paid 500 Euro 3 years ago.",
     [("500 Euro", "money", "500", N, "EUR", ""), ("3 years", "duration", "3", N, "year", "")]),
    # unchanged: the emission standard
    ("Only 300 Euro VI buses remain.", [("300 Euro VI buses", "count", "300", N, "bus", "")]),
])
def test_stage_rule_only_for_euro_before_a_word(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Police said about 2,000 people joined the march in 2031.",
     [("about 2,000 people", "count", "2000", N, "person", "about")]),
    ("The Secretary told about 300 guests that the plan works.",
     [("about 300 guests", "count", "300", N, "guest", "about")]),
    ("Officials know about 40 firms in the scheme.", [("about 40 firms", "count", "40", N, "firm", "about")]),
    # unchanged: a topic after talk
    ("I have talked about two key enablers.", [("two key enablers", "count", "2", N, "enabler", "")]),
])
def test_about_after_said_told_know_is_approximate(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The scheme covers 300,000 elderly persons. 65 is the eligible age for the scheme.",
     [("300,000 elderly persons", "count", "300000", N, "person", "")]),
    ("We opened 12 clinics in 2030. 2 has been the target number for each district.",
     [("12 clinics", "count", "12", N, "clinic", "")]),
    ("Hong Kong has 18 districts and 7 million people. Two are in Kowloon East.",
     [("18 districts", "count", "18", N, "district", ""),
      ("7 million people", "count", "7000000", N, "person", "")]),
    ("The Hospital Authority runs 5 hospitals in Kowloon with 3 000 beds. Two are in Kwun Tong.",
     [("5 hospitals", "count", "5", N, "hospital", ""), ("3 000 beds", "count", "3000", N, "bed", "")]),
    # unchanged: one noun named before, a plural verb
    ("We will open 12 clinics this year. Five are ready, and the other 7 follow in May.",
     [("12 clinics", "count", "12", N, "clinic", ""), ("Five", "count", "5", N, "clinic", ""),
      ("7", "count", "7", N, "clinic", "")]),
])
def test_elliptical_subject_plural_verb_one_noun(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("text, want", [
    ("We launched the Scheme in 2029, which has since helped 12,000 families.", {"12,000 families": ""}),
    ("We opened the centre in 2028, which has served 5,000 patients.", {"5,000 patients": ""}),
    # unchanged: a clause that speaks of the time right before it
    ("We will extend the scheme until the end of March 2031, which will involve revenue foregone of $240 million.",
     {"$240 million": "..2031-03-31"}),
])
def test_which_clause_moving_away_from_its_time_takes_none(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
