"""'Since the launch of the scheme on 1 March 2031' is the open start of what has accrued since (PERIOD-GUIDELINES 1,
'since 2018' → '2018..'), however long the event's noun phrase and with 'on' as with 'in'; and a lead-in's list whose
items close with ';' ends at the item closed by '.', so the lines after it are not governed by the lead-in even
without a blank line between them (issue 14, session 27). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import line_periods, periods


@pytest.mark.parametrize("text, want", [
    ("Since the launch of the scheme on 1 March 2031, the scheme has recorded 20,000 applications.",
     {"20,000 applications": "2031-03-01.."}),
    ("Since the opening of the new terminal building in May 2030, 4 million passengers have used it.",
     {"4 million passengers": "2030-05.."}),
    # unchanged: 'since its launch in 2030', an event's date without 'since', a record's reference
    ("Since its launch in 2030, the fund has lent $3 billion.", {"$3 billion": "2030.."}),
    ("The scheme, launched on 1 March 2031, has 300 members.", {"300 members": ""}),
    ("Exports rose 9% in 2031, the biggest rise since the opening of the port in 2010.", {"9%": "2031"}),
    # a 'since' clause in the present or future tense gives a reason: its time is the clause's, no open start
    # (review reven S2, session 27)
    ("Since the rent review of Zorbel Court takes place on 1 April 2031, tenants will pay $500 more.",
     {"$500": "2031-04-01"}),
    ("Since the new levy will apply on 1 July 2031, importers will pay $200 more.", {"$200": "2031-07-01"}),
    # unchanged: a past event's clause, and a noun that is a verb's base form ('the start of'), stay open starts
    ("Since the scheme was launched in 2030, it has lent $7 billion.", {"$7 billion": "2030.."}),
    ("Since the start of the scheme in 2030, it has lent $5 billion.", {"$5 billion": "2030.."}),
])
def test_since_an_event_on_a_date(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want


@pytest.mark.parametrize("text, want", [
    ("Since the launch of the app on 1 May 2031, it has recorded 900,000 users comprising:\n"
     "- 500,000 users of phones;\n- 300,000 users of tablets;\n100,000 users of watches.\n"
     "In the first month, the app processed 40,000 payments.\n",
     {"900,000 users": "2031-05-01..", "500,000 users": "2031-05-01..", "300,000 users": "2031-05-01..",
      "100,000 users": "2031-05-01..", "40,000 payments": ""}),
    # unchanged: items closed by '.' each run on to the blank line
    ("Major initiatives in 2031 include:\n- $5 billion for clinics.\n- $3 billion for schools.\n",
     {"$5 billion": "2031", "$3 billion": "2031"}),
])
def test_a_list_closed_by_a_full_stop_ends_there(text: str, want: dict[str, str]) -> None:
    assert line_periods(text) == want
