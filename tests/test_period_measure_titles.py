"""A year right before a lower-case measure that ends its phrase dates the measure (issue 14, session 15), made-up
headlines: 'Harbour Fund's 2031 investment income at HK$90.1 bln' → 2031; the same year before a measure that goes
on as a modifier of another noun stays part of a name ('the Green Plan 2030 growth strategy')."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Harbour Fund's 2031 investment income at HK$90.1 bln - Authority", {"HK$90.1 bln": "2031"}),
    ("Harbour Fund 2031 investment income at HK$90.1b", {"HK$90.1b": "2031"}),
    ("The Harbour Fund 2031 surplus was HK$12 billion.", {"HK$12 billion": "2031"}),
    ("Harbour Fund 2031 investment income HK$90.1 bln -Authority", {"HK$90.1 bln": "2031"}),
    # unchanged: a name's year, the capitalised case
    ("It puts $2 billion into the Green Plan 2030 growth strategy.", {"$2 billion": ""}),
    ("The 2031 Harbour Fund investment return is 1.4 per cent.", {"1.4 per cent": "2031"}),
])
def test_year_before_a_measure(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
