"""A stated time in brackets right after a stretch of time named by its place in something ('During the first month of
operations (October 2031), the system processed 1.5 million payments') glosses that stretch and dates its clause
(issue 14, session 27: the fc26 forecast gold); other bracketed times still date only what is inside the brackets.
Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("During the first month of operations (October 2031), the system processed 1.5 million payments worth $3 billion.",
     {"1.5 million payments": "2031-10", "$3 billion": "2031-10"}),
    ("In the year under review (2031), the fund earned $5 billion.", {"$5 billion": "2031"}),
    ("During the first month of operations (i.e. October 2031), the system processed 1.5 million payments.",
     {"1.5 million payments": "2031-10"}),
    # a bracket with more than the time in it (a comparison base, an aside) glosses nothing: its time dates only what is
    # inside it (review reven M7, session 27)
    ("In the first half of the year (against 2,000 in 2030), the Zorbel scheme received 3,000 applications.",
     {"2,000": "2030", "3,000 applications": ""}),
    # unchanged: a bracketed time after a noun that is no stretch of time
    ("The fund (set up in 2031) earned $5 billion.", {"$5 billion": ""}),
    ("The scheme paid $2 million to firms (mostly in 2030).", {"$2 million": ""}),
])
def test_a_bracketed_time_glosses_a_named_stretch(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
