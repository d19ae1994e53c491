"""A time closing the noun phrase a comparative compares with ('less than the revenue for the previous year', 'more
than the allocation for FY2031') is a comparison base, not the figure's period (PERIOD-GUIDELINES 4; issue 14, session
29: a Singapore budget's '$2.3 billion less than the operating revenue for the previous year' under 'Projected FY 2002
Fiscal Position' read FY2001; the gold reads the heading's FY2002). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    # the compared phrase's time is a base: the heading (or the clause) dates the figure
    ("Projected FY 2032 Fiscal Position\n\nRevenue for FY 2032 is put at $29.2 billion. This is $2.3 billion less "
     "than the operating revenue for the previous year.", {"$29.2 billion": "FY2032", "$2.3 billion": "FY2032"}),
    ("Revenue for FY 2032 is $29 billion, which is $2.3 billion less than the revenue for the previous year.",
     {"$2.3 billion": "FY2032"}),
    ("Grants will be $40 million, 20% more than the allocation for FY2031.", {"20%": "", "$40 million": ""}),
    ("The fund pays $5 million more than its budget for last year.", {"$5 million": ""}),
    # unchanged: a clause's own time; 'than in'; a date after the compared phrase told back from another
    ("In 2032, spending was 6% higher than the year before.", {"6%": "2032"}),
    ("Revenue in FY2032 was $2 billion lower than in FY2031.", {"$2 billion": "FY2032"}),
    ("Exports for 2032 rose 4%, more than expected.", {"4%": "2032"}),
    ("The index was 300 points higher than the day before on 5 March 2032.", {"300 points": "2032-03-05"}),
])
def test_a_time_closing_a_compared_phrase_is_a_base(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want
