"""A time that closes a sentence's subject right before its linking verb ('The spending on these three areas for
2031-32 is $198 billion') is the subject's time and so the clause's: the figure the verb states (the subject's value)
takes it, and so does a count inside the subject, instead of the count keeping the time to itself (PERIOD-GUIDELINES
2, 3a; issue 14, session 28: the fc27 forecast gold reads a Budget's '... for 2016-17 is $198 billion' so). Made-up
texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The recurrent spending on these three areas for 2031-32 is $198 billion, accounting for 60% of the total.",
     {"three areas": "2031-32", "$198 billion": "2031-32", "60%": "2031-32"}),
    ("Loans to 300 firms in 2030 were $4 billion.", {"300 firms": "2030", "$4 billion": "2030"}),
    ("The cost of the 12 new clinics for FY2032 is estimated at $90 million.",
     {"12 new clinics": "FY2032", "$90 million": "FY2032"}),
    ("The grant of $5,000 in 2031 is about 10% of the cost.", {"$5,000": "2031", "about 10%": "2031"}),
    # unchanged: no figure after the verb, or the time is not right before it
    ("The provision of $5 billion for 2031-32 is for schools, and 20 schools will benefit.",
     {"$5 billion": "2031-32", "20 schools": ""}),
    ("We will build 20 schools in 2031 and the cost is $5 billion.", {"20 schools": "2031"}),
    ("Spending on the three areas in 2031-32 will rise, and it is $9 billion now.", {"three areas": "2031-32"}),
    # a comparison's base before the verb dates no value (review-reven M10)
    ("The increase in the three sectors over 2030 is 5%.", {"5%": ""}),
    ("The growth in exports against 2029 was 4%.", {"4%": ""}),
])
def test_a_subject_time_dates_the_value_its_verb_states(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want
