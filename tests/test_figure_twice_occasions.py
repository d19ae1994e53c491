"""'twice' counting occasions: followed by punctuation or a word of time ('met twice in May', 'twice a year', 'at
least twice.') it is count 2 'time', as 'three times during the year' is; 'twice the size', 'twice as fast' stay ratios
and 'twice-yearly' is no figure (issue 14, session 26). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("The fund cut its outlook twice in the past year.", [("twice", "count", "2", N, "time", "")]),
    ("The committee met at least twice.", [("at least twice", "count", "2", N, "time", "at least")]),
    ("Inspections are held twice a year.", [("twice", "count", "2", N, "time", "")]),
    # unchanged: multiples and a hyphenated frequency
    ("The levy is twice the old rate.", [("twice", "ratio", "2", N, "", "")]),
    ("Sales grew twice as fast.", [("twice", "ratio", "2", N, "", "")]),
    ("Reports are published twice-yearly.", []),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_twice_counts_occasions(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
