"""A unit of time after a number that premodifies a noun of service or place ('day care', 'day centres', 'day
hospitals') forms a compound noun: the figure counts the places or centres, no duration (issue 14, session 26; the
nouns in the figure lexicon's time_unit_compound_heads). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("The new centres will provide about 800 day care places for toddlers.",
     [("about 800 day care places", "count", "800", N, "place", "about")]),
    ("The district has 12 day centres for the elderly.", [("12 day centres", "count", "12", N, "centre", "")]),
    ("Two day hospitals will open in 2031.", [("Two day hospitals", "count", "2", N, "hospital", "")]),
    # unchanged: a plural unit, a hyphenated length, a unit before any other noun stay durations
    ("Within 14 days care homes must report cases.", [("14 days", "duration", "14", N, "day", "")]),
    ("Each family gets a 30-day care plan.", [("30-day", "duration", "30", N, "day", "")]),
    ("The fair is a 3 day event.", [("3 day", "duration", "3", N, "day", "")]),
    # a singular compound head before another noun modifies it: the unit stays a duration (review reven M6)
    ("The two day nursery course costs $500.",
     [("two day", "duration", "2", N, "day", ""), ("$500", "money", "500", N, "HKD", "")]),
    ("The campaign includes a two day school visit and three day hospital tours.",
     [("two day", "duration", "2", N, "day", ""), ("three day", "duration", "3", N, "day", "")]),
    ("The centre offers 60 day care service places.", [("60 day care service places", "count", "60", N, "place", "")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_day_care_compounds(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
