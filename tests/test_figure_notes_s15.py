"""Session-15 figure tails (issue 14), made-up sentences: a qualifier inside a bracketed conversion ('(about $12
billion)' after an HK$ sum is in US dollars), a conversion note written 'equals' ('($1 equals HK$7.80)': the rate, not
a sum), 'tr' for trillion ('HKD4.1tr'), and an approximation kept after a determiner ('the nearly $90 billion').
Each table has inputs that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The fund earned HK$81.2 billion (about $10.4 billion) in the half. ($1 equals HK$7.80)",
     [("HK$81.2 billion", "money", "81200000000", N, "HKD", ""),
      ("about $10.4 billion", "money", "10400000000", N, "USD", "about"),
      ("HK$7.80", "quantity", "7.80", N, "HKD per USD", "")]),
    ("Its assets stood at HKD4.1tr, and another fund holds US$0.9tr.",
     [("HKD4.1tr", "money", "4100000000000", N, "HKD", ""), ("US$0.9tr", "money", "900000000000", N, "USD", "")]),
    ("This comes on top of the nearly $90 billion from the earlier packages.",
     [("nearly $90 billion", "money", "90000000000", N, "HKD", "nearly")]),
    # unchanged: a determiner before 'above' names things; a bare '$' sum in brackets after a local one is local
    ("The above three items cost $5 million ($0.6 million more).",
     [("three items", "count", "3", N, "item", ""), ("$5 million", "money", "5000000", N, "HKD", ""),
      ("$0.6 million", "money", "600000", N, "HKD", "")]),
    ("The fee is $1 and equals the cost.", [("$1", "money", "1", N, "HKD", "")]),
])
def test_session15_figure_tails(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
