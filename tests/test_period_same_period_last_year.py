"""'in the same period last year' (or 'a year earlier', 'of last year') is told back a year from the sentence's stated
period, a half or a quarter included: 'rose to 40 percent in the first half of 2034, up from 33 percent in the same
period last year' → 33 percent: 2033-H1 (issue 14, session 29: an HKMA bulletin's '33 percent' read 2004-H1; the
preposition 'in' let 'in the same period' match first, as the sentence's own period). 'in the same period' alone is
still the sentence's period. Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The share rose to 40 percent in the first half of 2034, up from 33 percent in the same period last year.",
     {"40 percent": "2034-H1", "33 percent": "2033-H1"}),
    ("Sales rose 4% in the third quarter of 2034 from 2% during the same period a year earlier.",
     {"4%": "2034-Q3", "2%": "2033-Q3"}),
    ("Sales rose 4% in 2034, against 2% in the same period of last year.", {"4%": "2034", "2%": "2033"}),
    # unchanged: the same period, told back from nothing, is the sentence's own
    ("Loans grew 5% in the first half of 2034, and deposits rose 3% in the same period.",
     {"5%": "2034-H1", "3%": "2034-H1"}),
])
def test_the_same_period_last_year_is_a_year_back(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want
