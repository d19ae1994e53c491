"""The closing part of a year: 'the last two quarters of 2030' and 'in the last two quarters, ... for the year of
2030' are that year's second half (`2030-H2`), as 'the first two quarters of 2030' are its first (session-27
ruling, PERIOD-GUIDELINES 1); 'the last three quarters' are 2030-Q2..2030-Q4 (issue 14, session 28).

`stretch_of_year` says a duration is counted inside a year its own phrase names ('the first / last N months
of 2030'), so the grammar's time, not a stretch counted back from the sentence's year, is its period;
`year_end_part` resolves a 'last' / 'past' stretch of quarters against the one calendar year its sentence
states (a stretch of months is resolved by `resolve.stretch_ends` against a stated month)."""

from __future__ import annotations

import re

from pipeline.extract.periods.model import FigureSpan, TimeExpr, When

__all__ = ["stretch_of_year", "year_end_part"]

_OF_YEAR = re.compile(r"\s+of\s+(?:19|20)\d\d")
_LATE = ("last", "final")


def stretch_of_year(text: str, f: FigureSpan, direction: str) -> bool:
    """'the first two quarters of 2030', 'the last two months of 2030': a part of the year named right after."""
    d = direction.lower()
    return d == "first" or (d in _LATE and _OF_YEAR.match(text, f.end) is not None)


def year_end_part(times: list[TimeExpr], direction: str, count: tuple[int, str]) -> tuple[When, When] | None:
    """The last n quarters of the single calendar year the sentence states as a point, or None."""
    n, unit = count
    if unit != "quarter" or direction.lower() not in ("last", "past", "final") or not 1 <= n <= 4:
        return None
    years = {u.lo.year for u in times if u.role in ("point", "budget") and u.lo is not None and u.lo.kind == "year"}
    if len(years) != 1 or any(u.lo is not None and u.lo.kind != "year" for u in times if u.role == "point"):
        return None
    y = years.pop()
    if n == 2:
        return When("half", y, 2), When("half", y, 2)
    return When("quarter", y, 5 - n), When("quarter", y, 4)
