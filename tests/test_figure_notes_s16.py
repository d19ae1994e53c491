"""Session-16 figure tails (issue 14), made-up texts: Hansard paragraph numbers before their sentence (after a list
marker, or running on from line to line) are labels; an 'N-year' inside a capitalised plan's name or after a numeric
ordinal is part of the name (the lead's ruling, session 16). Each table has inputs that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures
from tests.period_cases import line_periods, periods


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


def test_contents_page_numbers_and_build_up_to() -> None:
    """A contents list flattened onto one line: the page numbers after leader dots are no counts (an ellipsis of
    three dots is prose); 'build up to' reaches a level (no bound 'up to')."""
    check_figures("CONTENTS A. OUTLOOK ........ 1 B. Who Pays? ........ 20 Helping Families Cope ...... 23 Reserves "
                  "C. END", [])
    check_figures("Sales fell... 20 shops closed. The surplus will build up to $41 billion; fees go up to $300.", [
        ("20 shops", "count", "20", N, "shop", ""), ("$41 billion", "money", "41000000000", N, "HKD", ""),
        ("up to $300", "money", "300", N, "HKD", "up to")])


@pytest.mark.parametrize("text, want", [
    # a comparison base after 'respectively over' is no period of the changes
    ("Operating spending for 2031-32 is $400 billion and capital spending $90 billion, an increase of 5.5 per cent "
     "and 3.5 per cent respectively over the revised estimate for 2030-31.",
     {"5.5 per cent": "2031-32", "3.5 per cent": "2031-32"}),
    # months of spending named after 'equivalent to X or' measure an amount, not a stretch of time
    ("Reserves will stand at $900 billion by end-March 2032, equivalent to 30 per cent of GDP or 18 months of "
     "government expenditure.", {"$900 billion": "2032-03-31", "30 per cent": "2032-03-31", "18 months": ""}),
    # '2030?1' is '2030–31' on a Big5 page that read a cp1252 dash and the digit after it as one unknown character
    ("We forecast a surplus of $7.2 billion for 2030?1, rising to $9 billion in 2032?3.",
     {"$7.2 billion": "2030-31", "$9 billion": "2032-33"}),
])
def test_session16_period_tails(text: str, want: dict[str, str]) -> None:
    got = periods(text)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


def test_a_byline_date_line_governs_nothing() -> None:
    """'Cabinet News | 7 March 2031' under a speech's title is the page's date line (its cell holds only the date):
    it dates no figure of the speech (PERIOD-GUIDELINES 5)."""
    got = line_periods("Closing Remarks on the Budget - Speech by the Leader of the House\n\nCabinet News | 7 March 2031"
                       "\n\nA New Era\n\nWe had close to 60 hours of debate. 48 Members spoke and we covered 512 cuts.\n")
    assert (got["48 Members"], got["512 cuts"]) == ("", "")
    assert line_periods("Budget Highlights\n\nUpdated: 25 February 2031\n\nThe city will get 300 new flats.\n") == {
        "300 new flats": ""}


def test_an_empty_cells_markup_debris_keeps_its_column() -> None:
    """'?o:p>' (what an empty cell's <o:p></o:p> of a Word-made page leaves) is an empty cell: the next cell keeps
    its own column and year."""
    text = ("Forecast\n\n2031?2\n($ billion)\n\n2032?3\n($ billion)\n\n2033?4\n($ billion)\n\nReceipts\n\n40.5\n\n"
            "41.0\n\n42.5\n\nRepayments\n\n?o:p>\n\n2.7\n\n?o:p>\n")
    check_figures(text, [(v, "money", str(round(float(v) * 1e9)), N, "HKD", "")
                         for v in ("40.5", "41.0", "42.5", "2.7")])
    assert line_periods(text)["2.7"] == "2032-33"


def test_a_change_continued_after_and_from() -> None:
    """'... from $408 to $1,000 per year for A, and from $204 to $500 for B': the second pair is a change like the
    first, however far the verb stands; a range goes on as a range."""
    check_figures("It will raise the full grant under the School Textbook Assistance Scheme from $408 to $1,000 per "
                  "year for full-grant pupils, and from $204 to $500 per year for half-grant pupils.", [
                      ("$408", "money", "408", N, "HKD", ""), ("$1,000", "money", "1000", N, "HKD", ""),
                      ("$204", "money", "204", N, "HKD", ""), ("$500", "money", "500", N, "HKD", "")])
    check_figures("Prices ranged from $5 to $10 in May, and from $6 to $12 in June.", [
        ("$5 to $10", "money", "5", "10", "HKD", ""), ("$6 to $12", "money", "6", "12", "HKD", "")])
