"""A fronted annual programme (issue 14, session 25, PERIOD-GUIDELINES 3e), made-up texts: 'In the 2031-32 Land Sale
Programme, we shall include 30 sites, which can provide about 9 000 flats' dates what the programme comprises, as
'The 2031-32 Land Sale Programme comprises 12 sites' does; a fronted name with another verb or another head stays a
name."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("In the 2031-32 Land Sale Programme, we shall include 30 residential sites, which can provide about 9 000 flats.",
     {"30 residential sites": "2031-32", "about 9 000 flats": "2031-32"}),
    ("In the 2031 Government Land Sales Programme, the Government will include 8 sites.", {"8 sites": "2031"}),
    # unchanged: another verb, another head, the programme as the subject
    ("In the 2031-32 Land Sale Programme, 30 sites were sold.", {"30 sites": ""}),
    ("In the 2031 examination, we will include 5 new papers.", {"5 new papers": ""}),
    ("The 2031-32 Land Sale Programme comprises 12 sites.", {"12 sites": "2031-32"}),
])
def test_a_fronted_programme_dates_its_contents(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
