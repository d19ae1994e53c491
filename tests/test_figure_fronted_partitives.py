"""Bare number subjects after a fronted partitive phrase (issue 14, session 25), made-up sentences: 'Amongst these
sites, 28 are new sites' counts sites, 'Of the 12 clinics, five are ready' clinics, 'Of them, five are ready' the noun
last counted (DECISIONS 14: a part of a previous count takes its noun). A year, a singular noun or no verb after the
number gives no count."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("We will sell 30 sites with 9 000 flats. Amongst these sites, 18 are new sites.",
     [("30 sites", "count", "30", N, "site", ""), ("9 000 flats", "count", "9000", N, "flat", ""),
      ("18", "count", "18", N, "site", "")]),
    ("Among the applicants, 40 were admitted.", [("40", "count", "40", N, "applicant", "")]),
    ("The Bureau will open 12 clinics. Of them, five are ready.",
     [("12 clinics", "count", "12", N, "clinic", ""), ("five", "count", "5", N, "clinic", "")]),
    # unchanged: a year, a singular or uncountable noun, no plural verb
    ("Of these, 2031 was the best year.", []),
    ("Of all this, 30 were lost.", []),
    ("Among the reasons, the first is cost.", []),
])
def test_number_subjects_after_a_fronted_partitive(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
