"""Session-16 figure tails (issue 14), made-up texts: Hansard paragraph numbers before their sentence (after a list
marker, or running on from line to line) are labels; an 'N-year' inside a capitalised plan's name or after a numeric
ordinal is part of the name (the lead's ruling, session 16). Each table has inputs that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("text, expected", [
    # a list marker the page added, then the speech's own paragraph number
    ("  7. 212 Ferry services will also be improved this year.\n"
     "  8. 213 Three new piers will be built at a cost of $2 billion.\n",
     [("Three new piers", "count", "3", N, "pier", ""), ("$2 billion", "money", "2000000000", N, "HKD", "")]),
    ("  2. 88 Such grants have helped many firms.\n", []),
    # no marker: paragraph numbers running on from one line to the next
    ("41 Let me turn to housing.\n42 Four new estates will be completed, providing 9 000 flats.\n",
     [("Four new estates", "count", "4", N, "estate", ""), ("9 000 flats", "count", "9000", N, "flat", "")]),
    # unchanged: a count opening a line in lower case, a title-case heading, a lone line-initial count
    ("Our plans:\n  1. 30 new clinics will open by 2028.\n",
     [("30 new clinics", "count", "30", N, "clinic", "")]),
    ("Budget at a glance\n25 Measures To Support Families\n",
     [("25 Measures", "count", "25", N, "measure", "")]),
])
def test_paragraph_numbers(text: str, expected: list[Row]) -> None:
    check_figures(text, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Under the 13th Five-year Plan, trade grew by 5%.", [("5%", "percent", "5", N, "", "")]),
    ("It reserved $50 billion for the Ten-year School Improvement Programme.",
     [("$50 billion", "money", "50000000000", N, "HKD", "")]),
    ("We will take forward the Three-year Action Plan on Green Finance.", []),
    # unchanged: a lowercase plan, a capitalised word that is no plan's head
    ("The Council drew up a 10-year plan and a five-year Review Report.",
     [("10-year", "duration", "10", N, "year", ""), ("five-year", "duration", "5", N, "year", "")]),
])
def test_plan_name_years(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_flat_table_count_unit() -> None:
    """A table whose only unit is a count in brackets ('(cases)') gives its cells that unit (the flat-table gate
    knew only scales and percents, so the cells were read with no unit)."""
    check_figures("Clinic survey\n(cases)\nNew referrals 4,210 4,388\nClosed files 3,901 3,876\nPending 1,220 1,305\n",
                  [(v, "count", v.replace(",", ""), N, "case", "")
                   for v in ("4,210", "4,388", "3,901", "3,876", "1,220", "1,305")])
