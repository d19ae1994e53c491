"""The ends of a located duration (PERIOD-GUIDELINES 7): N units from a first period run to the period N−1 units
later, N units to a last period start N−1 units before it, in the unit the text states. A month or a day counts
N years as 12·N months or N years less a day ('two years with effect from 15 March 2031' → 2031-03-15..2033-03-14;
'three years starting from April 2031' → 2031-04..2034-03), and an end-of-month day before a count of months is
that month ('another six months, till the end of 2031' → 2031-07..2031-12). A first day that opens a whole unit
counts in that unit, the one the text states (PERIOD-GUIDELINES 1: no finer): 'two years, starting from 1 January
2018' → 2018..2019 (the fc25 forecast gold), 'six months from 1 July 2031' → 2031-07..2031-12 (session 28)."""

from __future__ import annotations

import calendar
import datetime

from pipeline.extract.periods.model import When

__all__ = ["span_ending", "span_last", "whole_units"]

_YEARLY = ("year", "split", "fy")


def whole_units(first: When, unit: str) -> When:
    """The first day of a year (for a count of years) or of a month (for years or months) as that year or month;
    any other period unchanged."""
    if first.kind != "date" or first.sub % 100 != 1 or unit not in ("year", "month"):
        return first
    month = first.sub // 100
    return When("year", first.year) if unit == "year" and month == 1 else When("month", first.year, month)


def span_last(first: When, n: int, unit: str) -> When | None:
    """The last period of N units (year | month) starting at `first`; None where the text's unit does not fit."""
    if unit == "year" and first.kind in _YEARLY:
        return first.shift(n - 1)
    months = 12 * n if unit == "year" else n if unit == "month" else 0
    if months and first.kind == "month":
        return first.shift_sub(months - 1, 1)
    if months and first.kind == "date":
        k = first.year * 12 + first.sub // 100 - 1 + months
        y, m = divmod(k, 12)
        day = first.sub % 100  # the day after the span: the same day N units later, or the next month's first
        nxt = datetime.date(y, m + 1, day) if day <= calendar.monthrange(y, m + 1)[1] else \
            datetime.date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1)
        end = nxt - datetime.timedelta(days=1)
        return When("date", end.year, end.month * 100 + end.day)
    return None


def span_ending(last: When, n: int, unit: str) -> tuple[When, When] | None:
    """The first and last periods of N units (year | month) ending at `last`; an end-of-year day ends a count of
    years in that year, an end-of-month day a count of months in that month."""
    if last.kind == "date":
        mo, day = divmod(last.sub, 100)
        if day != calendar.monthrange(last.year, mo)[1] or (unit == "year" and mo != 12):
            return None
        last = When("year", last.year) if unit == "year" else When("month", last.year, mo)
    if unit == "year" and last.kind in _YEARLY:
        return last.shift(1 - n), last
    months = 12 * n if unit == "year" else n if unit == "month" else 0
    first = last.shift_sub(1 - months, 1) if months and last.kind == "month" else None
    return (first, last) if first is not None else None
