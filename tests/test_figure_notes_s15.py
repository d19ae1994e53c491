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


@pytest.mark.parametrize("sentence, expected", [
    # a change verb far before 'by A to B' with the unit written on both: the increment, then the level reached
    ("It will raise the monthly grant ceiling under the Training Scheme by $2,000 to $6,000 per month.",
     [("$2,000", "money", "2000", N, "HKD", ""), ("$6,000", "money", "6000", N, "HKD", "")]),
    # 'the number of X from A to B': that number changes, whatever the verb
    ("The plan is taking the total number of offices from 12 to 20 by 2030.",
     [("12", "count", "12", N, "office", ""), ("20", "count", "20", N, "office", "")]),
    # a number below ten spelt out, then digits: one range
    ("Grants run for a period of six to 12 months.", [("six to 12 months", "duration", "6", "12", "month", "")]),
    # a 'N-year' after an ordinal opens a plan's name
    ("It sets aside $200 billion for the second 10-year Hospital Development Plan and the third 10-year HDP.",
     [("$200 billion", "money", "200000000000", N, "HKD", "")]),
    ("It funds the second ten-year school building programme.", []),
    # a '$' listed among other conversions after a local sum is the US dollar
    ("He set aside HK$400m (£38.1m, $51.3m, €47.0m) for the fund.",
     [("HK$400m", "money", "400000000", N, "HKD", ""), ("£38.1m", "money", "38100000", N, "GBP", ""),
      ("$51.3m", "money", "51300000", N, "USD", ""), ("€47.0m", "money", "47000000", N, "EUR", "")]),
    # unchanged: a range by a verb of range, a range cut by a percent, a plain N-year, a sum listed with its own kind
    ("Fees range from 12 to 20 dollars, and emissions will be cut by 30 to 40 per cent.",
     [("12 to 20 dollars", "money", "12", "20", "HKD", ""), ("30 to 40 per cent", "percent", "30", "40", "", "")]),
    ("It launched a 10-year plan in its first five-year term.",
     [("10-year", "duration", "10", N, "year", ""), ("five-year", "duration", "5", N, "year", "")]),
    ("It costs HK$5 billion (US$0.6 billion, $0.5 billion) in all.",
     [("HK$5 billion", "money", "5000000000", N, "HKD", ""), ("US$0.6 billion", "money", "600000000", N, "USD", ""),
      ("$0.5 billion", "money", "500000000", N, "HKD", "")]),
])
def test_session15_changes_ranges_names(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
