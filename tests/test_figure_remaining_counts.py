"""A number after 'the other' / 'the remaining' with no noun of its own (issue 14, session 25), made-up sentences: it
counts things even when no count with a noun stands before it in the paragraph ('work in the remaining two will
begin' after 'the first phase'), or when two nouns were counted and which one is meant is unknown (the count's unit is
left empty then); dates, percentages and fractions after these words stay what they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("We finished the first phase last year, and work in the remaining two will begin soon.",
     [("two", "count", "2", N, "", "")]),
    ("We sold 18 plots and 7 houses. The other two are pending.",
     [("18 plots", "count", "18", N, "plot", ""), ("7 houses", "count", "7", N, "house", ""), ("two", "count", "2", N, "", "")]),
    # unchanged: a noun counted just before, a year, a date, a percentage, a fraction
    ("Five districts have joined. The remaining two will join later.",
     [("Five districts", "count", "5", N, "district", ""), ("two", "count", "2", N, "district", "")]),
    ("The other 2031 plan was different.", []),
    ("We met on the other 3 May.", []),
    ("The remaining 20% will come later.", [("20%", "percent", "20", N, "", "")]),
    # review reven S1: a decimal is no count
    ("HK$17.5 billion has been spent and the remaining 12.5 will be spent later.",
     [("HK$17.5 billion", "money", "17500000000", N, "HKD", "")]),
    ("The remaining two-thirds will be paid later.", [("two-thirds", "fraction", "0.666667", N, "", "")]),
])
def test_a_number_after_the_other_or_the_remaining(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
