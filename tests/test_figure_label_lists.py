"""English labels in a list (issue 14, session 10): every number of a list that a label word heads is a label
('Chapters 3, 4 and 5', 'Heads of Expenditure 702 to 707, 708 (Part) – Works Grants, 709 and 711'), while a number
after a name or a list that counts a noun is still a figure; a footnote digit glued to a space-grouped number
('a population of 450 0003') leaves the number. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures

CASES: list[tuple[str, list[Row]]] = [
    ("The reasons are set out in Chapters 3, 4 and 5 of the review.", []),
    ("The grant covers 14 block votes under Heads of Expenditure 801 to 804, 805 (Part) – Works Grants, 806 and "
     "809, as listed.", [("14 block votes", "count", "14", N, "vote", "")]),
    ("Sections 2, 6 and 9 apply to 300 companies.", [("300 companies", "count", "300", N, "company", "")]),
    ("Annexes 2 to 9 give the details.", []),
    ("This note covers the year. Encls. 1 to 6 Enclosures 1 to 6 provide details on the 6 districts.",
     [("6 districts", "count", "6", N, "district", "")]),
    # not a list that a label word heads
    ("The ratio rose from 104.2% at the end of May 2019 to 104.9% a month later.",
     [("104.2%", "percent", "104.2", N, "", ""), ("104.9%", "percent", "104.9", N, "", "")]),
    ("In Phase 1, 200 flats and 3 schools will be built.",
     [("200 flats", "count", "200", N, "flat", ""), ("3 schools", "count", "3", N, "school", "")]),
    ("The board approved 12 projects, 5 schemes and 3 funds.",
     [("12 projects", "count", "12", N, "project", ""), ("5 schemes", "count", "5", N, "scheme", ""),
      ("3 funds", "count", "3", N, "fund", "")]),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_numbers_in_a_label_list_are_labels(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


FOOTNOTES: list[tuple[str, list[Row]]] = [
    # a footnote digit glued to the last group of a space-grouped number: the number, and no figure for the note
    ("The town had a population of 450 0003 at the census.", [("450 000", "count", "450000", N, "", "")]),
    # a row of a table keeps its numbers apart
    ("Totals 456 1234 789 follow.", []),
]


@pytest.mark.parametrize("sentence,expected", FOOTNOTES, ids=[c[0][:40] for c in FOOTNOTES])
def test_a_footnote_digit_glued_to_a_grouped_number(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
