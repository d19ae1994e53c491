"""A number of times followed by 'to' and another number of times that multiplies something → a multiple, not a count
of occasions: 'a loan of from five times to eight times the monthly income' is one ratio range 5–8; after a verb of
change ('raised from five times to eight times the income') the two are the old and the new multiple. 'from five times
to eight times a year' (a word of time after the second) stays a change of frequencies."""

from __future__ import annotations

from typing import Any

from pipeline.extract.figures.match import Amount, FigureMatch

_STOPS = frozenset((".", ",", ";", ":", ")", "!", "?"))


def second_multiple(reader: Any, j: int) -> tuple[Amount, int] | None:
    """At token j: 'to' + a number + 'times' whose next word is not punctuation nor a word of time → (that
    number, the index after its 'times'), else None."""
    if reader.low(j) not in reader.lex["range_to"]:
        return None
    second = reader.read_amount(j + 1, allow_to_range=False)
    if second is None or second.currency or second.scaled or second.value_max is not None or \
            reader.low(second.end_idx) not in reader.lex["ratio_times"]:
        return None
    after = reader.tok(second.end_idx + 1)
    if after is None or after.text in _STOPS or after.low in reader.lex["frequency_times_after"]:
        return None
    return second, second.end_idx + 1


def multiple_range(reader: Any, amt: Amount) -> FigureMatch | None:
    """'from five times to eight times the income', 'three times to four times the average' (no verb of change):
    one ratio range over both numbers."""
    if amt.currency or amt.scaled or amt.value_max is not None or reader.low(amt.end_idx) not in reader.lex["ratio_times"]:
        return None
    got = second_multiple(reader, amt.end_idx + 1)
    if got is None or got[0].value <= amt.value:
        return None
    return reader.emit(amt.start_idx, got[1], "ratio", amt.value, got[0].value, "", "")
