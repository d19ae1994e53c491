"""The word 'minus' right before a number is its sign, as '-' is: 'GDP growth fell to minus 2.5 per cent' is the
percent -2.5 with 'minus' in its text (DECISIONS 5: signed percentages keep their sign; figure_lexicon.en.json
minus_words; issue 14, session 28). 'plus or minus 2%' is a tolerance and keeps its plain 2%; after a figure
('$10 billion minus $2 billion', '5% minus 2%') the word subtracts and the second figure keeps its own sign
(review-reven M4). Made-up texts."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("GDP growth fell to minus 2.5 per cent in the fourth quarter.",
     [("minus 2.5 per cent", "percent", "-2.5", N, "", "")]),
    ("Real wages grew minus 0.5% and 2%.", [("minus 0.5%", "percent", "-0.5", N, "", ""), ("2%", "percent", "2", N, "", "")]),
    ("Inflation was minus two per cent.", [("minus two per cent", "percent", "-2", N, "", "")]),
    # unchanged: a tolerance; the glued sign
    ("The margin is plus or minus 2%.", [("2%", "percent", "2", N, "", "")]),
    ("Growth of -2.3% was recorded.", [("-2.3%", "percent", "-2.3", N, "", "")]),
    # a subtraction: a figure right before the word (review-reven M4)
    ("Revenue is $10 billion minus $2 billion in fees.",
     [("$10 billion", "money", "10000000000", N, "HKD", ""), ("$2 billion", "money", "2000000000", N, "HKD", "")]),
    ("Real growth is 5% minus 2% inflation.", [("5%", "percent", "5", N, "", ""), ("2%", "percent", "2", N, "", "")]),
    ("Prices went from 1% to minus 1%.", [("1%", "percent", "1", N, "", ""), ("minus 1%", "percent", "-1", N, "", "")]),
])
def test_minus_word_signs_the_number(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
