"""A comparison base set off by commas before its main clause ('over and above the earlier increase of about $100, we
will raise the levy by another $60 by July 2031') takes no period from the main clause's time after the comma;
'over and above' compares like 'on top of' (PERIOD-GUIDELINES 4; README: an amount 'on top of' another is the
comparison base). Issue 14, session 27. Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("For the sector, over and above the earlier increase of about $100, we will raise the levy by another $60 by "
     "July 2031.", {"about $100": "", "$60": "2031-07"}),
    ("On top of the $2 billion announced earlier, the Government will add $1 billion in 2031.",
     {"$2 billion": "", "$1 billion": "2031"}),
    ("The levy goes up by $180 by July 2031 over and above the earlier increase of $100.",
     {"$180": "2031-07", "$100": ""}),
    # unchanged: a figure that is no base; a base whose own time is stated
    ("For the sector, the levy rises by $60 by July 2031.", {"$60": "2031-07"}),
    ("Compared with $90 in 2030, the levy will be $100 in 2031.", {"$90": "2030", "$100": "2031"}),
])
def test_a_base_in_an_aside_takes_no_main_clause_time(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
