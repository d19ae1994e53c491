"""'from <year>' after a figure as the time a level takes effect (issue 14, session 26; PERIOD-GUIDELINES 1 and 8.4),
made-up texts: 'onwards' after the year closes only an open start ('$850 from 2024 onwards' → 2024..), and a level set by
'to <figure>' under a future 'will' starts at the year ('will be raised to $450 from 2031' → 2031..); a change 'rose
5% from 2030' keeps its comparison base, as do 'to X from Y' figures and a past 'rose to ... from'."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The payout will be $850 from 2031 onwards.", {"$850": "2031.."}),
    ("The grant will rise to $450 from 2031 onward.", {"$450": "2031.."}),
    ("This will be raised to $850 from 2031.", {"$850": "2031.."}),
    ("The cap will be lifted to 30% from 2031, the Minister said.", {"30%": "2031.."}),
    ("Fees of $1,200 will apply from 2031 onwards.", {"$1,200": "2031.."}),
])
def test_a_new_level_takes_effect_from_the_year(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("Exports rose 5% from 2030.", {"5%": ""}),  # a change from a base year
    ("The rate will rise to 5% from 4%.", {"5%": "", "4%": ""}),  # 'from' a figure: the old level
    ("Revenue grew 8% from 2030, the report said; it will be reviewed.", {"8%": ""}),
    # a time naming a level is the base of the new one (review reven M5)
    ("The levy will rise to 8% from 2031 levels.", {"8%": ""}),
    ("Emissions will be cut to 60 million tonnes from 2005 levels.", {"60 million tonnes": ""}),
    ("The levy will rise to 8% from 2031's 6%.", {"8%": "", "6%": "2031"}),
])
def test_a_change_from_a_year_keeps_its_base(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
