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
    # a determiner opening the multiplied noun phrase, a second multiple, an idiom (review reven M1)
    ("Tenants pay a deposit of twice a month's rent.", [("twice", "ratio", "2", N, "", "")]),
    ("The deficit this year is twice last year's level.", [("twice", "ratio", "2", N, "", "")]),
    ("Household income must not exceed twice each year's median.", [("twice", "ratio", "2", N, "", "")]),
    ("Rents there are twice to three times the national average.",
     [("twice", "ratio", "2", N, "", ""), ("three times", "ratio", "3", N, "", "")]),
    ("The sum is about twice or three times what a family earns.",
     [("about twice", "ratio", "2", N, "", "about"), ("three times", "ratio", "3", N, "", "")]),
    ("Households should think twice before taking on a large mortgage.", []),
    ("The fund cut its outlook twice last year.", [("twice", "count", "2", N, "time", "")]),
    ("Prices were revised twice this year.", [("twice", "count", "2", N, "time", "")]),
    ("The board met twice or three times a year.",
     [("twice", "count", "2", N, "time", ""), ("three times", "count", "3", N, "time", "")]),
    ("The levy is twice this amount.", [("twice", "ratio", "2", N, "", "")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_twice_counts_occasions(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_twice_before_a_parenthetical_multiple_is_a_ratio() -> None:
    from pipeline.extract.figures.english import find_figures
    sentence = "Rents in the district are twice, and in some cases three times, the territory-wide average."
    first = find_figures(sentence, default_currency="HKD")[0]
    assert (sentence[first.start:first.end], first.kind, first.unit) == ("twice", "ratio", "")
