"""Numbers of times joined by 'to' (issue 14, session 25), made-up sentences: 'from five times to eight times the
income' multiplies the income (one ratio range 5–8), not five occasions; after a verb of change the two are the old
and the new multiple (two ratios); 'N times' before a word of time or a stop still counts occasions."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("Members may borrow from five times to eight times their monthly salary.",
     [("five times to eight times", "ratio", "5", "8", "", "")]),
    ("Rents there range from three times to four times the district average.",
     [("three times to four times", "ratio", "3", "4", "", "")]),
    ("The cap was raised from five times to eight times the income.",
     [("five times", "ratio", "5", N, "", ""), ("eight times", "ratio", "8", N, "", "")]),
    # unchanged: occasions
    ("The panel met five times to review the bids.", [("five times", "count", "5", N, "time", "")]),
    ("The board met four times to 2030.", [("four times", "count", "4", N, "time", "")]),
    ("The two-step plan cut costs to five times.", [("two-step", "count", "2", N, "step", ""),
                                                   ("five times", "count", "5", N, "time", "")]),
])
def test_numbers_of_times_joined_by_to(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
