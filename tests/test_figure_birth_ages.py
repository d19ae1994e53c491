"""The upper end of an age band counted from birth ('from birth to two years', 'between birth and three years') is an
age, no figure; other lengths of time beside a birth stay durations (issue 14, session 26). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("More places go to infants from birth to two years.", []),
    ("Children between birth and three years get a voucher.", []),
    ("Babies from birth to the age of 6 months are covered.", []),
    # unchanged: a length of time after a birth, a plain age band's other figures
    ("The grant runs for two years from birth registration.", [("two years", "duration", "2", N, "year", "")]),
    ("Babies from birth to 6 months and adults for 3 years.", [("3 years", "duration", "3", N, "year", "")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_birth_ages(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
