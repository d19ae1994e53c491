"""Multiples of a possessive pronoun (issue 14, session 25), made-up sentences: 'double ours', 'twice theirs',
'nearly double yours' compare with the thing the pronoun owns, a ratio like 'double the amount'; 'double taxation'
and 'twice a year' stay no ratio."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("Their budget for parks is double ours.", [("double", "ratio", "2", N, "", "")]),
    ("The city's rail network is nearly double theirs.", [("nearly double", "ratio", "2", N, "", "nearly")]),
    ("Our tax rate is twice yours.", [("twice", "ratio", "2", N, "", "")]),
    # unchanged: a kind of tax and a frequency
    ("The treaty avoids double taxation on ours.", []),
    ("The board meets twice a year.", [("twice", "count", "2", N, "time", "")]),  # occasions (session 26)
])
def test_multiples_of_a_possessive_pronoun(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
