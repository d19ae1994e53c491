"""A sentence opened by a phrase of relation up to its comma ('As an extension of the rebates given from 2027 to
2030, ...', 'Like the rebates given in 2030, ...', 'In addition to the top-up in the FY 2032 budget, ...') is a fronted
phrase like one of cause: a time inside it dates what is inside it, not the figures of the main clause (PERIOD-
GUIDELINES 3d; issue 14, session 29: a Singapore budget's new rebates took the span of the earlier ones, 1997..2000).
Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("As an extension of the rebates given to households from 2027 to 2030, the Government will give rebates of "
     "$350 to each household.", {"$350": ""}),
    ("Like the rebates given in 2030, the new rebate is $350.", {"$350": ""}),
    ("Building on the grants paid out in FY2030, we will set aside $80 million.", {"$80 million": ""}),
    ("In addition to the $500 million top-up in the FY 2032 budget, this year I am setting aside another $37 million.",
     {"$500 million": "FY2032", "$37 million": ""}),
    # the main clause's own time still dates it; a time after the comma is the main clause's
    ("Like the rebates given in 2030, the new rebate of $350 will be paid in 2032.", {"$350": "2032"}),
    ("Likewise, in 2031 we will spend $5 million.", {"$5 million": "2031"}),
    ("Unlike in 2030, spending in 2031 will be $5 million.", {"$5 million": "2031"}),
])
def test_a_fronted_phrase_of_relation_keeps_its_time(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want
