"""Session 22's review mends (mendena, review-reven M1, M4, S3): a change from the first day of a month is a
comparison base, a chronology's year-dash lines date no prose, and a sentence-initial head word is no plan's title
(sentences are made up)."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize(("text", "want"), [
    ("The Harbour Index rose 8% from 1 July 2031.", {"8%": ""}),
    ("Ferry fares increased by 3% from 1 January 2031.", {"3%": ""}),
    ("Office rents have fallen 6% from 1 April 2030.", {"6%": ""}),
    ("The district index has gained 12% from 1 January 2031.", {"12%": ""}),
    # unchanged: a level set to take effect on a first day is an open start
    ("The toll will increase to $50 from 1 July 2031.", {"$50": "2031-07-01.."}),
    ("The permit fee will be cut to $80 from 1 October 2031.", {"$80": "2031-10-01.."}),
])
def test_m1_a_change_from_a_first_day_is_a_base(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
