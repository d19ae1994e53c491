"""Session-22 English periods (issue 14), made-up texts: the first day of a month after 'from' is the day a rule
takes effect ('cut to 12% from 1 March 2031'): an open start (PERIOD-GUIDELINES 1), not a comparison base; after a
verb or adverb of change, and a month's or year's end ('from 31 December 2030'), it stays a base."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The quota will be lowered in two stages, to 12% from 1 March 2031, and to 10% from 1 March 2032.",
     {"two stages": "", "12%": "2031-03-01..", "10%": "2032-03-01.."}),
    ("The permit fee will be cut to $80 from 1 October 2031.", {"$80": "2031-10-01.."}),
    ("A levy of $15 per tonne applies from 1 July 2032.", {"$15": "2032-07-01.."}),
    # unchanged: a change from a stated stock's date; an end date
    ("Savings were $4 billion, up 6% from 31 December 2030.", {"$4 billion": "", "6%": ""}),
    ("Savings were $4 billion, up 6% from 1 January 2030.", {"$4 billion": "", "6%": ""}),
])
def test_first_day_after_from_is_a_start(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
