"""The word 'minus' right before a number is its sign, as '-' is: 'GDP growth fell to minus 2.5 per cent' is the
percent -2.5 with 'minus' in its text (DECISIONS 5: signed percentages keep their sign; figure_lexicon.en.json
minus_words; issue 14, session 28). 'plus or minus 2%' is a tolerance and keeps its plain 2%. Made-up texts."""

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
])
def test_minus_word_signs_the_number(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
