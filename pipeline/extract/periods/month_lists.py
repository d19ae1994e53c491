"""A list of months that shares one year ('in June, September and December 2031'): the year written after the last
month is every month's, and the list spans its first to its last month, as a list of years ('in 2026, 2028 and
2030') runs earliest..latest (README, session-19 rulings). Two months ('between March and June 2031') are the range
rule's (english._merge); this reads three or more, joined by commas and a last 'and'."""

from __future__ import annotations

import re

from pipeline.extract.periods.model import TimeExpr, When

_GAP = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|and\s+)$")


def month_list(text: str, times: list[TimeExpr], i: int) -> tuple[TimeExpr, int] | None:
    """times[i] a bare month opening a list of months whose last one states the year → (the range, index after)."""
    subs: list[int] = []
    k = i
    while k < len(times) and times[k].role == "month" and 1 <= times[k].sub <= 12 and times[k].lo is None:
        if subs and not _GAP.match(text, times[k - 1].end, times[k].start):
            return None
        subs.append(times[k].sub)
        k += 1
    if len(subs) < 2 or k == len(times):
        return None
    last = times[k]
    if last.lo is None or last.lo.kind != "month" or last.role != "point" or \
            not _GAP.match(text, times[k - 1].end, last.start) or "," not in text[times[i].end:last.start]:
        return None
    subs.append(last.lo.sub)
    if subs != sorted(set(subs)):
        return None  # 'November, December and January 2032' may straddle two years
    year = last.lo.year
    items = tuple(When("month", year, s) for s in subs)
    return TimeExpr(times[i].start, last.end, times[i].core, "range", items[0], items[-1], items=items), k + 1
