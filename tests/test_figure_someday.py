"""'one day' as 'at some time in the future' (issue 14, session 25), made-up sentences: at the start of a sentence
before a comma or a subject ('One day we would …'), or between a modal and its verb ('we will one day see'), it is an
idiom and no duration; after a preposition or a verb, or before 'of' / 'later', it is a length of one day."""

from __future__ import annotations

import pytest

from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("One day we would like every school to have a garden.", []),
    ("One day they will thank us for these 12 parks.", [("12 parks", "count", "12", N, "park", "")]),
    ("We may one day build a third bridge.", []),
    ("One day, the two towns will merge.", [("two towns", "count", "2", N, "town", "")]),
    # unchanged: a length of one day
    ("One day of training is required.", [("One day", "duration", "1", N, "day", "")]),
    ("The course takes one day.", [("one day", "duration", "1", N, "day", "")]),
    ("For one day we closed the office.", [("one day", "duration", "1", N, "day", "")]),
    ("It may take one day to process.", [("one day", "duration", "1", N, "day", "")]),
    ("One day later, the bill passed.", [("One day", "duration", "1", N, "day", "")]),
])
def test_one_day_as_an_idiom(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)
