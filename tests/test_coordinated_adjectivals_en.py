"""An adjectival count coordinated with another of the same noun counts its noun too: '4-room and 5-room flats' =
4 rooms and 5 rooms (DECISIONS 37, as '2- and 3-bedroom units'; issue 14, session 29: a Singapore budget's flat types,
the first of each pair dropped). Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.english import find_figures


def counts(text: str) -> list[tuple[str, float]]:
    return [(text[f.start:f.end], float(f.value)) for f in find_figures(text) if f.kind == "count"]


@pytest.mark.parametrize("text, want", [
    ("Owners of 4-room and 5-room flats get a rebate.", [("4-room", 4.0), ("5-room", 5.0)]),
    ("Tenants of 1-room or 2-room units pay less.", [("1-room", 1.0), ("2-room", 2.0)]),
    ("We will build a 2-storey and a 3-storey block.", [("2-storey", 2.0), ("3-storey", 3.0)]),
    ("Three-room and four-room flats are popular.", [("Three-room", 3.0), ("four-room", 4.0)]),
])
def test_both_coordinated_adjectival_counts_count(text: str, want: list[tuple[str, float]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize("text", [
    "It offers a one-stop and one-off service.",  # no count: 'one-stop', 'one-off' are idioms
    "The 4-room and the study were painted.",  # no number after the joiner
])
def test_no_partner_no_count(text: str) -> None:
    assert counts(text) == []
