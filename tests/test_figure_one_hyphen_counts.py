"""'one-' glued to a noun of members, rooms, storeys or lanes before the noun it qualifies counts them ('one-person
households' = count 1 person, as 'two-person' is); idioms stay no figure ('one-stop', 'one-off', 'one-way', 'the
one-child policy') (issue 14, session 26). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("Half of the quota goes to one-person applicants.",
     [("Half", "fraction", "0.5", N, "", ""), ("one-person", "count", "1", N, "person", "")]),
    ("They build one-bedroom flats.", [("one-bedroom", "count", "1", N, "bedroom", "")]),
    ("A one-parent family gets more help.", [("one-parent", "count", "1", N, "parent", "")]),
    # unchanged: idioms and a name
    ("A one-stop centre gives one-off grants.", []),
    ("The one-way fare and the one-child policy were studied.", []),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_one_hyphen_counts(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
