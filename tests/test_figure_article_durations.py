"""One unit of time written with an article (issue 14, session 25), made-up sentences: 'for a year', 'for an hour',
'within a year', 'by a month', 'for at least a year', 'for a further year' and 'another year' state a duration of one
unit, as 'for one year' does; 'a year' after other words (a rate, a relative time), a tax year, a range with 'or' and
compounds stay no figure."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The council will review the scheme for a year before deciding.", [("a year", "duration", "1", N, "year", "")]),
    ("The rebates will be extended by another year.", [("another year", "duration", "1", N, "year", "")]),
    ("Another month passed before the 12 members voted.",
     [("Another month", "duration", "1", N, "month", ""), ("12 members", "count", "12", N, "member", "")]),
    ("The hearing ran for an hour.", [("an hour", "duration", "1", N, "hour", "")]),
    ("The pilot will be extended for a further year.", [("a further year", "duration", "1", N, "year", "")]),
    ("Applicants must have lived here for at least a year.",
     [("at least a year", "duration", "1", N, "year", "at least")]),
    ("The launch was delayed by a month.", [("a month", "duration", "1", N, "month", "")]),
    ("Works will finish within a year.", [("a year", "duration", "1", N, "year", "")]),
    # unchanged: a rate, a relative time, a tax year, a range, a compound, a possessive
    ("The levy is $3 billion a year.", [("$3 billion", "money", "3000000000", N, "HKD", "")]),
    ("Prices rose 5% from a year earlier.", [("5%", "percent", "5", N, "", "")]),
    ("The relief applies for a year of assessment.", []),
    # review reven M3: a unit that premodifies a noun, a school grade with its number
    ("The grant covers rent for a day care centre in the town.", []),
    ("The Government will provide places within a day hospital and a day surgery unit.", []),
    ("Each household may apply for a day pass, and visitors pay later.", []),
    ("The scheme pays HK$2,000 for a Year 6 pupil.", [("HK$2,000", "money", "2000", N, "HKD", "")]),
    ("For a year, the office stayed shut.", [("a year", "duration", "1", N, "year", "")]),
    ("We will waive the fee for a year or two.", []),
    ("They planned for a year-end sale.", []),
    ("The levy rose by a year-on-year 5%.", [("5%", "percent", "5", N, "", "")]),
    ("Staff received another month's pay.", []),
])
def test_one_unit_of_time_with_an_article(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
