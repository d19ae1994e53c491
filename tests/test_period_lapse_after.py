"""'after <time>' following a verb of ending ('was due to lapse after 31 March 2031', 'will expire after 2031') dates the
last day the figure holds — an open end ('..2031-03-31'), not an open start; 'rose 5% after 2030' keeps its open start
(issue 14, session 26; PERIOD-GUIDELINES 1). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The 70% funding level was due to lapse after 31 March 2031.", {"70%": "..2031-03-31"}),
    ("The 20% rebate will expire after 2032.", {"20%": "..2032"}),
    ("The 5% levy ends after FY2033.", {"5%": "..FY2033"}),
    # unchanged: 'after' a verb of change or alone
    ("Rents rose 5% after 2030.", {"5%": "2030.."}),
    ("After 2031, the fee will be $40.", {"$40": "2031.."}),
])
def test_after_a_verb_of_ending_is_an_open_end(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
