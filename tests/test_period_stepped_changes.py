"""The old value of a change made in steps on listed days (issue 14, session 25, PERIOD-GUIDELINES 4), made-up texts:
'the levy will rise from 7 to 9 per cent in two steps: one point each on Jan 1, 2031, and Jan 1, 2032' — the days are
start points of the new levels, so the old value '7' gets no period, as it gets none after a single day ('rise from 7%
to 9% on Jan 1, 2031'); an interval ('in 2031') still dates both."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want_old", [
    ("The levy will rise from 7 to 9 per cent in two steps: one point each on Jan 1, 2031, and Jan 1, 2032.", ("7", "")),
    ("The levy will rise from 7% to 9% on Jan 1, 2031.", ("7%", "")),
    # unchanged: an interval dates the old value too
    ("The levy rose from 7% to 9% in 2031.", ("7%", "2031")),
])
def test_the_old_value_of_a_stepped_change(text: str, want_old: tuple[str, str]) -> None:
    got = periods(text)
    assert got[want_old[0]] == want_old[1]
