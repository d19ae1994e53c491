"""'the same period' after an open start stated in the sentence is that open start (PERIOD-GUIDELINES 4: 'during the same
period' resolves against a time stated in the same sentence): 'Since 2027-28, spending has risen by $136 billion, an
increase of 58%, far exceeding the 15.8% GDP growth over the same period' → all 2027-28.. (issue 14, session 26). Made-up
texts; a stated span and two points keep their readings."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Since 2027-28, spending has increased by $136 billion, an increase of 58 per cent, far exceeding the 15.8 per "
     "cent GDP growth over the same period.",
     {"$136 billion": "2027-28..", "58 per cent": "2027-28..", "15.8 per cent": "2027-28.."}),
    ("Since 2029, fees have risen by $300, while wages grew 4% over the same period.", {"$300": "2029..", "4%": "2029.."}),
    # unchanged: a stated span, two points
    ("From 2027 to 2031, exports rose 12%, while imports grew 9% over the same period.",
     {"12%": "2027..2031", "9%": "2027..2031"}),
    ("Loans rose from $5 billion in 2027 to $9 billion in 2031, while deposits grew 15% over the same period.",
     {"$5 billion": "2027", "$9 billion": "2031", "15%": "2027..2031"}),
])
def test_the_same_period_after_an_open_start(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
