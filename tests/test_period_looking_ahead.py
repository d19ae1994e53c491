"""A fronted 'Looking ahead to/for <year>,' or 'Going into <year>,' looks at the time the main clause's figures hold for:
'Looking ahead to 2031, I forecast growth of 2%' → 2031 (issue 14, session 26: a forecast for a year the brief saw
undated); other fronted participles keep their phrase's time to themselves ('Unveiling the 2031-32 Budget, ...'). Made-up
texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Looking ahead to 2031, I forecast growth of 2%.", {"2%": "2031"}),
    ("Looking ahead for 2032, exports are expected to rise by 3% to 4%.", {"3% to 4%": "2032"}),
    ("Going into 2031, the deficit will narrow to $5 billion.", {"$5 billion": "2031"}),
    # unchanged
    ("Unveiling the 2031-32 Budget, he gave $5 billion to schools.", {"$5 billion": ""}),
    # a look back or a comparison keeps its time to its phrase (review reven M11)
    ("Looking back on 2019, the Government will spend $5 billion more on health.", {"$5 billion": ""}),
    ("Going beyond the 2020 targets, we will plant 100,000 trees.", {"100,000 trees": ""}),
])
def test_looking_ahead_dates_the_main_clause(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
