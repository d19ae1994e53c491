"""Session-16 figure tails (issue 14), made-up texts: Hansard paragraph numbers before their sentence (after a list
marker, or running on from line to line) are labels; an 'N-year' inside a capitalised plan's name or after a numeric
ordinal is part of the name (the lead's ruling, session 16). Each table has inputs that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures
from tests.period_cases import line_periods


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


# a web page's table copied one cell per paragraph: a blank line between every two cells, the unit under each
# column's year, and a row restating the row above in months of spending
DOUBLE_SPACED = """Forecast

2031–32
($ million)

2032–33
($ million)

Receipts

840.5

(12.0)

Reserves

2,310.0

2,455.5

- as a number of months of spending

14

15

- as a percentage of GDP

20.1%

21.4%
"""


def test_double_spaced_web_table() -> None:
    check_figures(DOUBLE_SPACED, [
        ("840.5", "money", "840500000", N, "HKD", ""), ("(12.0)", "money", "-12000000", N, "HKD", ""),
        ("2,310.0", "money", "2310000000", N, "HKD", ""), ("2,455.5", "money", "2455500000", N, "HKD", ""),
        ("14", "duration", "14", N, "month", ""), ("15", "duration", "15", N, "month", ""),
        ("20.1%", "percent", "20.1", N, "", ""), ("21.4%", "percent", "21.4", N, "", "")])
    got = line_periods(DOUBLE_SPACED)  # cells take their column's year; a duration none (PERIOD-GUIDELINES 7)
    assert (got["840.5"], got["(12.0)"], got["2,455.5"], got["21.4%"]) == ("2031-32", "2032-33", "2032-33", "2032-33")
    assert got["14"] == got["15"] == ""


def test_double_spaced_lines_that_are_no_table() -> None:
    """Short lines one blank line apart with fewer than three lone numbers stay as they are."""
    check_figures("Highlights\n\nMore flats\n\n3 000 flats will be built.\n\nFees\n\n12\n", [
        ("3 000 flats", "count", "3000", N, "flat", "")])


def test_a_summary_title_names_its_document() -> None:
    """'Budget Summary 2031 - 2032' names a document, like 'Policy Address 2031': its year governs nothing."""
    got = line_periods("City Budget Summary 2031 - 2032\n\nSalaries tax relief is capped at $6,000.\n")
    assert got["$6,000"] == ""
