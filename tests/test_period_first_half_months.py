"""'The first six months of 2031' and 'the first two quarters of 2031' are that year's first half, written `2031-H1`
as 'the first half of 2031' is (PERIOD-GUIDELINES 1: a half; the fc26 forecast gold reads 'in the first six months
of 2022' → 2022-H1); other counts of months or quarters stay ranges ('the first 11 months of 2031' →
2031-01..2031-11, README). Issue 14, session 27. Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The fund lost $16 billion in the first six months of 2031.", {"$16 billion": "2031-H1", "six months": "2031-H1"}),
    ("Exports rose 5% in the first two quarters of 2031.", {"5%": "2031-H1", "two quarters": "2031-H1"}),
    # unchanged: other counts stay ranges
    ("Output rose 2% in the first 11 months of 2031.", {"2%": "2031-01..2031-11", "11 months": "2031-01..2031-11"}),
    ("Sales grew 4% in the first three quarters of 2031.",
     {"4%": "2031-Q1..2031-Q3", "three quarters": "2031-Q1..2031-Q3"}),
])
def test_the_first_six_months_are_the_first_half(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
