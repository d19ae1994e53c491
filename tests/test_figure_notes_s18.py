"""Session-18 English figure tails (issue 14), made-up texts: a tens word whose hyphen ends a line goes on with the
unit word at the next one ('twenty-\\nfive parks' = 25); 'one stop' before a preposition, a conjunction or a stop is
a count of stops, while the idiom 'one stop' stays an adjective before its noun ('a one stop shop'). Each has inputs
that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The plan adds twenty-\nfive parks to the district.", [("twenty-\nfive parks", "count", "25", N, "park", "")]),
    ("It will take thirty-\nnine months.", [("thirty-\nnine months", "duration", "39", N, "month", "")]),
    # unchanged: a suspended hyphen at a line end, and a number word with no unit word after the hyphen
    ("Wards have twenty-\nand thirty-bed rooms.",
     [("twenty-", "count", "20", N, "bed", ""), ("thirty-bed", "count", "30", N, "bed", "")]),
    ("The plan adds twenty\nnew parks.", [("twenty\nnew parks", "count", "20", N, "park", "")]),
])
def test_a_number_word_wrapped_at_its_hyphen(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("The extension will add one stop at the new town.", [("one stop", "count", "1", N, "stop", "")]),
    ("The shuttle makes only one stop.", [("one stop", "count", "1", N, "stop", "")]),
    # unchanged: the idiom before its noun
    ("Residents can use a one stop service centre.", []),
    ("It will be a one stop shop for permits.", []),
])
def test_one_stop_counts_only_as_a_noun(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
