"""A school year's name in lower case ('each primary one cohort', 'the secondary three intake') is a label, no count
(issue 14, session 29: a Singapore budget's '25% of each primary one cohort' gave a count 'one cohort'). Counts
elsewhere stay. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.english import find_figures


def figures(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.kind) for f in find_figures(text)]


@pytest.mark.parametrize("text", [
    "Some 30% of each primary one cohort will go on to a degree.",
    "The secondary three intake rose, and primary one admission opens in May.",
    "All secondary 2 classes get a tablet.",
])
def test_a_school_year_is_no_count(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "count"] == []


@pytest.mark.parametrize("text, want", [
    ("Three primary schools and two secondary schools will open.", [("Three primary schools", "count"),
                                                                    ("two secondary schools", "count")]),
    ("The primary aim is to add one clinic in each of six districts.", [("one clinic", "count"),
                                                                         ("six districts", "count")]),
    ("Secondary students will get 12 laptops per class.", [("12 laptops", "count")]),
])
def test_other_counts_stay(text: str, want: list[tuple[str, str]]) -> None:
    assert [f for f in figures(text) if f[1] == "count"] == want
