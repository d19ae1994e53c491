"""Approximate numbers before a unit of measure (issue 14, session 25), made-up sentences: 'N-odd' and 'N-plus' before
a unit of length, area or time keep the unit's kind ('a 30-odd kilometre route' is a length of about 30 km, not a
count of kilometres); before a counted noun they stay counts."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The coastal trail is 30-odd kilometres long.", [("30-odd kilometres", "length", "30", N, "kilometre", "")]),
    ("Its 40-odd hectares of farmland will be resumed.", [("40-odd hectares", "area", "40", N, "hectare", "")]),
    ("The firm has operated here for 20-plus years.", [("20-plus years", "duration", "20", N, "year", "")]),
    ("The delay lasted 10-odd months.", [("10-odd months", "duration", "10", N, "month", "")]),
    # unchanged: a counted noun after the approximation stays a count
    ("Some 600-odd aided schools joined the scheme.", [("Some 600-odd aided schools", "count", "600", N, "school", "some")]),
    ("The 50-odd members met twice.",
     [("50-odd members", "count", "50", N, "member", ""), ("twice", "count", "2", N, "time", "")]),
])
def test_odd_and_plus_before_a_unit(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
