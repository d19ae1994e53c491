"""'5.5m above the mean sea level', '3m high', 'less than 5m above sea level': an 'm' glued to a number is million in
a sum ('$40m', '1.59m registrations') but metres before a word of position or dimension. The words are the figure
lexicon's `metre_dimension_words`."""

from __future__ import annotations

from typing import Any

from pipeline.extract.figures.match import Amount


def glued_metres(reader: Any, amt: Amount) -> tuple[str, str, str, int] | None:
    """(kind, unit, subject, end) of a length in metres written '<number>m' before a dimension word, else None."""
    k = amt.end_idx
    if amt.currency or amt.scaled or amt.in_words or reader.low(k) != "m" or not reader.glued(k - 1, k):
        return None
    if reader.low(k + 1) not in reader.lex.get("metre_dimension_words", ()):
        return None
    return "length", "metre", "", k + 1
