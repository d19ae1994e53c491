"""A unit of time 'and a half' with no number before it states 1.5 units: 'in the coming year and a half', 'a year and a
half', 'an hour and a half' (issue 14, session 26). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("The flats will be finished in the coming year and a half.",
     [("year and a half", "duration", "1.5", N, "year", "")]),
    ("The review took a year and a half.", [("a year and a half", "duration", "1.5", N, "year", "")]),
    ("The hearing lasted an hour and a half.", [("an hour and a half", "duration", "1.5", N, "hour", "")]),
    ("Each claim is settled within a month and a half.", [("a month and a half", "duration", "1.5", N, "month", "")]),
    # unchanged: a number before it, a half glued to another word, no 'and a half'
    ("It will take one and a half years.", [("one and a half years", "duration", "1.5", N, "year", "")]),
    ("It was a year and a half-hearted effort.", []),
    ("The year and the half-year results differ.", []),
    # 'a half' opening the next noun; a rate or a frequency before 'and' (review reven M9)
    ("Most staff work five days a week and a half day on Saturday.", [("five days", "duration", "5", N, "day", "")]),
    ("The allowance is $30 a day and a half of that is taxable.", [("$30", "money", "30", N, "HKD", "")]),
    ("Shops open every day and a half hour earlier on Sundays.", []),
    ("Staff work five days a week and a half.", [("five days", "duration", "5", N, "day", "")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_unit_and_a_half(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
