"""'one' after an existential 'there' + a form of 'be' counts the noun after it ('there will only be one payout' = count
1 payout, as 'two payouts' would be); 'it is one reason', 'this is one of', a lone 'there is one.' stay no figure
(issue 14, session 26). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("There will only be one payout this year.", [("one payout", "count", "1", N, "payout", "")]),
    ("There is one licensed bank in the district.", [("one licensed bank", "count", "1", N, "bank", "")]),
    ("There have been one inquiry and two reviews.",
     [("one inquiry", "count", "1", N, "inquiry", ""), ("two reviews", "count", "2", N, "review", "")]),
    # unchanged
    ("It is one reason for the delay.", []),
    ("This is one of the best schemes.", []),
    ("There is one.", []),
    # a capitalised word after 'one' is a name or a slogan (review reven S1)
    ("There is one Hong Kong, and we must stand together.", []),
    ("There is one Government, and it speaks with a single voice.", []),
    ("There will be one Budget each year.", []),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_existential_one(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
