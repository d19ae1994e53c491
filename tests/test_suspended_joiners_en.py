"""A suspended hyphen with its joiner glued to it ('1-to 3-room flats', '2-and 3-bedroom units') is the same range or
list as '1- to 3-room' (DECISIONS 37; issue 14, session 29: a Singapore budget's '1-to 3-room HDB flats' gave only
'3-room'). 'one-to-one' and '2-to-1' stay no figures. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.figures.english import find_figures


def figures(text: str) -> list[tuple[str, float, float | None]]:
    return [(text[f.start:f.end], float(f.value), float(f.value_max) if f.value_max is not None else None)
            for f in find_figures(text) if f.kind in ("count", "duration")]


@pytest.mark.parametrize("text, want", [
    ("Tenants of 1-to 3-room flats pay less.", [("1-to 3-room", 1.0, 3.0)]),
    ("We will build 2-and 3-bedroom units.", [("2-", 2.0, None), ("3-bedroom", 3.0, None)]),
    ("The 5-to 10-year bonds were sold.", [("5-to 10-year", 5.0, 10.0)]),
])
def test_a_glued_joiner_keeps_the_suspended_figure(text: str, want: list[tuple[str, float, float | None]]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize("text", ["They held a one-to-one meeting.", "It passed on a 2-to-1 vote."])
def test_words_joined_by_hyphens_stay_no_figures(text: str) -> None:
    assert figures(text) == []
