"""A located duration whose stated start is the first day of a year (for a count of years) or of a month counts in
whole units, the unit the text states (PERIOD-GUIDELINES 1: no finer; 7: N units from Y = Y to Y+N−1): 'will run for
two years, starting from 1 January 2018' → 2018..2019, as the fc25 forecast gold reads it (session 24 had written
2018-01-01..2019-12-31, the same days in finer form); 'six months from 1 July 2031' → 2031-07..2031-12. Any other
start day keeps its days (issue 14, session 28). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The new scheme will run for two years, starting from 1 January 2031.", {"two years": "2031..2032"}),
    ("Members are appointed for a term of two years with effect from January 1, 2031.", {"two years": "2031..2032"}),
    ("The levy will be waived for six months from 1 July 2031.", {"six months": "2031-07..2031-12"}),
    ("The rebate will be given for one year from 1 January 2031.", {"one year": "2031"}),
    ("The scheme will run for two years from 1 July 2031.", {"two years": "2031-07..2033-06"}),
    # unchanged: another start day; a month; a school year
    ("Members are appointed for two years with effect from 15 March 2031.", {"two years": "2031-03-15..2033-03-14"}),
    ("The trial will run for three years starting from April 2031.", {"three years": "2031-04..2034-03"}),
    ("The trial will run for four years starting from the 2031/32 school year.", {"four years": "2031-32..2034-35"}),
])
def test_a_span_from_a_units_first_day_counts_whole_units(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
