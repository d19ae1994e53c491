"""Two main clauses joined by ', and' share a time when they report in the same tense (PERIOD-GUIDELINES 3c); a
fronted subordinate clause closed by a comma ('Since the fund was set up in 2034, ...') is no part of the first main
clause's tense, so its past 'was' does not split 'has been committed' from 'have doubled' (periods.en.json
fronted_subordinators; issue 14, session 28). Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("Since the Fund was set up in 2034, about $150 million has been committed, and donations have more than doubled.",
     {"about $150 million": "2034..", "more than doubled": "2034.."}),
    ("Since the scheme was launched in 2030, it has lent $7 billion, and 300 firms have joined.",
     {"$7 billion": "2030..", "300 firms": "2030.."}),
    # unchanged: the second clause in another tense is another event
    ("Since the Fund was set up in 2034, about $150 million has been committed, and donations will rise 20%.",
     {"about $150 million": "2034..", "20%": ""}),
    ("$2.4 billion was approved in 2024-25, and $2 billion is earmarked.", {"$2.4 billion": "2024-25", "$2 billion": ""}),
])
def test_a_fronted_subordinate_clause_sets_no_main_tense(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    assert {k: got.get(k) for k in want} == want
