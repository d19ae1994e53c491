"""Session-24 English figures (issue 14), made-up texts: an amount of money written as one hyphenated adjective (the
wire-story style: 'a 20.5-billion-Ruritania-dollar budget', 'an 8.7-billion-dollar deficit', 'a 2-billion-yuan
project') is money, as its spaced form is, not a count of dollars; the place in such a currency ('13.74-billion-US-
dollar') is no mention of the place, as in 'US dollars'."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.records import Document
from tests.figure_cases import N, Row, check_figures


@pytest.mark.parametrize("sentence, expected", [
    ("The minister presented a 20.5-billion-Singapore-dollar (13.74-billion-US-dollar) budget.",
     [("20.5-billion-Singapore-dollar", "money", "20500000000", N, "SGD", ""),
      ("13.74-billion-US-dollar", "money", "13740000000", N, "USD", "")]),
    ("This would leave an 8.7-billion-dollar budget deficit.", [("8.7-billion-dollar", "money", "8700000000", N, "HKD", "")]),
    ("They signed a 3-billion-Hong-Kong-dollar deal and a 2-billion-yuan loan.",
     [("3-billion-Hong-Kong-dollar", "money", "3000000000", N, "HKD", ""), ("2-billion-yuan", "money", "2000000000", N, "CNY", "")]),
    ("A 100-euro note was found.", [("100-euro", "money", "100", N, "EUR", "")]),
    # unchanged: spaced money; a count of a thing; a hyphenated duration
    ("Reserves of 4.9 billion Singapore dollars were drawn.", [("4.9 billion Singapore dollars", "money", "4900000000", N, "SGD", "")]),
    ("The team won 3-1 and 20 teams took part.", [("20 teams", "count", "20", N, "team", "")]),
    ("A 3-year plan.", [("3-year", "duration", "3", N, "year", "")]),
])
def test_a_hyphenated_amount_is_money(sentence: str, expected: list[Row]) -> None:
    check_figures(sentence, expected)


def test_a_hyphenated_currency_names_no_place(extractor: Any) -> None:
    text = "The 13.74-billion-US-dollar plan was welcomed in the US."
    doc = Document(doc_id="t", source="t.txt", format="txt", title="", text=text, sha256="")
    places = [m.start for _, ms in extractor.extract([doc]) for m in ms if m.label == "PLACE"]
    assert places == [text.rindex("US")]
