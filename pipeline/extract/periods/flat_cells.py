"""Periods of figures in an English table that lost its grid (PERIOD-GUIDELINES 6: a column's or row's header
with a time governs its cells; a cell is a sentence of its own).

Two layouts, read by figures/flat_tables_en (the same reading that gives the bare cells their unit):

- cells under column headers ('FY23' / 'FY24' / 'Change', or a header line 'FY2012/13 FY2013/14'): a cell takes its
  column's time; a 'Change' column's cell the latest dated column before it (a change belongs to the figure it
  changes); a column without a time gives none;
- a chart or table flattened to a time line then its rows ('2006' / 'projected: -$2.9b' / 'actual: -$0.1b' /
  '2007' / ...): each short line takes the time line above it, up to the next time line. The sentence splitter
  glues such lines into one 'sentence' whose many years would otherwise be shared out by position.

Either way a time written in the cell's own line wins. A cell whose column states no time gets the governing
heading's, as a sentence without a time would (`scope` passes it in).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.extract.figures.flat_tables_en import flat_cells
from pipeline.extract.figures.table_units_zh import line_bounds as _line
from pipeline.extract.periods.english import header_period_en
from pipeline.extract.periods.model import FigureSpan
from pipeline.extract.periods.patterns import scope_patterns

__all__ = ["flat_periods"]

_TIME_LINE = re.compile(r"[ \t]*((?:FY[ ]?)?(?:19|20)[0-9]{2}(?:[-/–](?:[0-9]{2}|(?:19|20)[0-9]{2}))?|FY[0-9]{2})"
                        r"(?:[ \t]*\([A-Za-z ]{1,20}\))?[ \t]*")
_SHORT = 60
_REACH = 12


def _time_line_above(text: str, a: int) -> str:
    """The time of the nearest time-only line above the line starting at `a`, through short lines only, when the
    block holds two time lines at least (a flattened chart); '' otherwise."""
    found, seen, pos = "", 0, a
    for _ in range(_REACH):
        if pos <= 0:
            break
        ls, le = _line(text, pos - 1)
        line = text[ls:le]
        if not line.strip() or len(line.strip()) > _SHORT:
            break
        m = _TIME_LINE.fullmatch(line)
        if m is not None:
            if not found:
                found = header_period_en(m.group(1))
                if not found:
                    return ""
            seen += 1
            if seen >= 2:
                return found
        pos = ls
    if found:  # one time line above: another below makes it a chart
        pos = _line(text, a)[1] + 1
        for _ in range(_REACH):
            if pos >= len(text):
                break
            ls, le = _line(text, pos)
            line = text[ls:le]
            if not line.strip() or len(line.strip()) > _SHORT:
                break
            if _TIME_LINE.fullmatch(line):
                return found
            pos = le + 1
    return ""


def flat_periods(text: str, figures: Sequence[FigureSpan],
                 own_period: Callable[[int, int, FigureSpan], str]) -> dict[int, str | None]:
    """Index of a figure → its period, for figures in a flattened table; None where the cell's column states no
    time (the caller gives it the governing heading's). `own_period(start, end, figure)` is the time the figure's
    own line text[start:end], read as a sentence of its own, states about it (scope.sentence_periods)."""
    out: dict[int, str | None] = {}
    if "\n" not in text:
        return out
    cells = {c.start: c for c in flat_cells(text)}
    change = scope_patterns()["change_header"]
    for i, f in enumerate(figures):
        a, b = _line(text, f.start)
        cell = cells.get(f.start)
        if cell is None and f.start > a and text[a:f.start].strip() in "+-−–(":
            cell = cells.get(a + len(text[a:f.start]) - len(text[a:f.start].lstrip()))
        if cell is not None:
            own = own_period(a, b, f)
            head = header_period_en(cell.header) if cell.header else ""
            if not head and cell.header and change.match(cell.header):
                head = max((header_period_en(h) for h in cell.headers[:cell.column]), default="")
            out[i] = own or (head if f.kind != "duration" else "") or None  # a header's time locates no duration
            continue  # (PERIOD-GUIDELINES 7: '18' months of expenditure under '2008–09' has no period)
        if len(text[a:b].strip()) > _SHORT or "\t" in text[a:b] or "|" in text[a:b]:
            continue  # (tab-separated and pipe rows: structure.table_row)
        row_time = _time_line_above(text, a)
        if row_time:
            out[i] = own_period(a, b, f) or row_time
    return out
