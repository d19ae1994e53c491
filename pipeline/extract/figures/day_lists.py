"""A figure token index → whether the number is one day of a list of days in one month ('tenders on 7, 14, 21
and 28 September', 'on September 7, 14 and 21'): the month is written once, after the last day or before the
first, and each listed number is a day of it — a date, not a count (GUIDELINES: dates are no figures).
Read on the tokens; the month names come from the figure lexicon (`_months`)."""

from __future__ import annotations

from typing import Any

_LIST_JOINS = frozenset((",", "and", "or", "&"))


def _day(reader: Any, k: int) -> bool:
    t = reader.tok(k)
    return t is not None and t.kind == "num" and t.text.isdigit() and len(t.text) <= 2 and 1 <= int(t.text) <= 31


def _month(reader: Any, k: int) -> bool:
    t = reader.tok(k)
    return t is not None and t.kind == "word" and t.text[:1].isupper() and t.low in reader.lex["_months"]


def _join_end(reader: Any, k: int) -> int:
    """The index after the list joiner at k (', ', 'and', ', and'), or k when none is there."""
    n = k
    while reader.low(n) in _LIST_JOINS and n < k + 2:
        n += 1
    return n


def in_day_list(reader: Any, i: int) -> bool:
    """'7, 14, 21 and 28 September': every number of the list before the month; 'September 7, 14 and 21': every
    number of a list the month opens, when the list closes with 'and'/'or' ('On September 7, 14 banks joined'
    keeps its count)."""
    if not _day(reader, i):
        return False
    k = i
    while True:  # forward: days joined by commas and 'and' up to a month
        n = _join_end(reader, k + 1)
        if n == k + 1 or not _day(reader, n):
            break
        k = n
    if k > i and _month(reader, k + 1):
        return True
    k, closed = i, reader.low(i - 1) in ("and", "or")
    while True:  # backward: the month before the first day
        p = k - 1
        while p >= 0 and reader.low(p) in _LIST_JOINS and p > k - 3:
            p -= 1
        if p == k - 1 or not _day(reader, p):
            break
        k = p
    if not closed:  # a middle day: the list must go on to an 'and'/'or' before its last day
        n = _join_end(reader, i + 1)
        closed = any(reader.low(m) in ("and", "or") for m in range(i + 1, n)) and _day(reader, n)
        while not closed and n > i + 1 and _day(reader, n):
            m = _join_end(reader, n + 1)
            closed = any(reader.low(x) in ("and", "or") for x in range(n + 1, m)) and _day(reader, m)
            if m == n + 1:
                break
            n = m
    return k < i and closed and _month(reader, k - 1)
