"""A date of birth ('those born on or before 31 December 1969', 'children born in 2031') says who is eligible — an age,
a point on a scale (GUIDELINES: ages are not figures) — and is never the time a figure holds for; the figure keeps the
other times of its sentence (issue 14, session 26; PERIOD-GUIDELINES 3d). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Those born on or before Dec 31, 2001 will have $100 credited to their accounts.", {"$100": ""}),
    ("Children born in 2031 will each receive $3,000.", {"$3,000": ""}),
    ("Seniors born before 1970 get $300 in 2032.", {"$300": "2032"}),
    # unchanged: a time that is no birth date
    ("Births rose 3% in 2031, to 40,000 babies.", {"3%": "2031", "40,000 babies": "2031"}),
    # a count of births keeps the time they were born in; a birth range skips both ends (review reven M4)
    ("Some 33,000 babies were born in 2031.", {"Some 33,000 babies": "2031"}),
    ("The number of babies born in 2031 fell to 30,500.", {"30,500": "2031"}),
    ("Of the 1.2 million residents born between 1950 and 1964, about 40% are still working.",
     {"1.2 million residents": "", "about 40%": ""}),
])
def test_a_birth_date_dates_no_figure(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
