"""The closing part of a year: 'the last two quarters of 2031' is 2031-H2 and 'the last three quarters of 2031'
2031-Q2..2031-Q4, as 'the first two quarters of 2031' is 2031-H1 (session-27 ruling); 'the last two months of
2031' is 2031-11..2031-12; a duration in such a phrase takes the phrase's time. A 'last' / 'past' stretch of
quarters with no 'of <year>' is counted back from the one calendar year its sentence states ('turned around in the
last two quarters and earned $79 billion for the year of 2030' → 2030-H2; issue 14, session 28). Without a stated
year it has none (PERIOD-GUIDELINES 5, 7). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("In the last two quarters of 2031, income was $79 billion.", {"two quarters": "2031-H2", "$79 billion": "2031-H2"}),
    ("Sales grew 4% in the last three quarters of 2031.", {"4%": "2031-Q2..2031-Q4", "three quarters": "2031-Q2..2031-Q4"}),
    ("Income rose 5% in the last two months of 2031.", {"5%": "2031-11..2031-12", "two months": "2031-11..2031-12"}),
    ("The fund turned around in the last two quarters and earned $79 billion for the year of 2030.",
     {"two quarters": "2030-H2", "$79 billion": "2030"}),
    # unchanged: the first part of a year; no stated year; a stated year that is a comparison base
    ("The fund lost $16 billion in the first six months of 2031.", {"$16 billion": "2031-H1", "six months": "2031-H1"}),
    ("Income fell in the last two quarters.", {"two quarters": ""}),
    ("Income in the last two quarters was higher than in 2029.", {"two quarters": ""}),
    ("Income rose in the last two months of the year to $79 billion.", {"two months": "", "$79 billion": ""}),
    # a past stretch counts back from the text's date; a year in another clause is that clause's (review-reven M5)
    ("GDP grew by 1.5% in the past two quarters, compared with 0.8% in 2019.", {"two quarters": "", "0.8%": "2019"}),
    ("In the last three quarters of 2031, exports grew 6%, compared with 3% in 2030.",
     {"three quarters": "2031-Q2..2031-Q4", "6%": "2031-Q2..2031-Q4", "3%": "2030"}),
    ("Over the last two quarters, output fell 2%, and the Government expects growth of 3% in 2032.",
     {"two quarters": "", "3%": "2032"}),
])
def test_the_last_quarters_of_a_year(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want


def test_a_range_of_one_period_is_that_period() -> None:
    """A clause figure dated by a stretch whose ends are one half is that half, never 'X..X' (review-reven M9)."""
    assert periods("Over the last two quarters of the year 2030 output fell 2%.") == \
        {"two quarters": "2030-H2", "2%": "2030-H2"}
