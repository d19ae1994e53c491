"""The closing part of a year: 'the last two quarters of 2030' and 'in the last two quarters, ... for the year of
2030' are that year's second half (`2030-H2`), as 'the first two quarters of 2030' are its first (session-27
ruling, PERIOD-GUIDELINES 1); 'the last three quarters' are 2030-Q2..2030-Q4 (issue 14, session 28).

`stretch_of_year` says a duration is counted inside a year its own phrase names ('the first / last N months
of 2030'), so the grammar's time, not a stretch counted back from the sentence's year, is its period;
`year_end_part` resolves a 'last' stretch of quarters against the one calendar year its own clause
states (a stretch of months is resolved by `resolve.stretch_ends` against a stated month)."""

from __future__ import annotations

import re

from pipeline.extract.periods.model import FigureSpan, TimeExpr, When

__all__ = ["stretch_of_year", "year_end_part"]

_OF_YEAR = re.compile(r"\s+of\s+(?:19|20)\d\d")
_LATE = ("last", "final")
_CLAUSE_BREAK = re.compile(r"[,;:]")  # a time across it is another clause's


def stretch_of_year(text: str, f: FigureSpan, direction: str) -> bool:
    """'the first two quarters of 2030', 'the last two months of 2030': a part of the year named right after."""
    d = direction.lower()
    return d == "first" or (d in _LATE and _OF_YEAR.match(text, f.end) is not None)


def year_end_part(text: str, f: FigureSpan, times: list[TimeExpr], direction: str,
                  count: tuple[int, str]) -> tuple[When, When] | None:
    """The last n quarters of the single calendar year the stretch's own clause states as a point, or None.

    Only a 'last' / 'final' stretch: 'the past two quarters' count back from when the text was written. A year in
    another clause ('..., compared with 0.8% in 2019', '..., and expects growth of 3% in 2032') is that figure's
    own time, and 'the last three quarters of 2031' is read by the grammar (review-reven M5)."""
    n, unit = count
    if unit != "quarter" or direction.lower() not in _LATE or not 1 <= n <= 4 or _OF_YEAR.match(text, f.end):
        return None
    if any(u.lo is not None and u.lo.kind != "year" for u in times if u.role == "point"):
        return None
    years = {u.lo.year for u in times if u.role in ("point", "budget") and u.lo is not None and u.lo.kind == "year"
             and not _CLAUSE_BREAK.search(text, min(u.end, f.end), max(u.start, f.start))}
    if len(years) != 1:
        return None
    y = years.pop()
    if n == 2:
        return When("half", y, 2), When("half", y, 2)
    return When("quarter", y, 5 - n), When("quarter", y, 4)
