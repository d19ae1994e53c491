"""Two layouts of a flattened English table that `flat_tables_en` reads with these helpers.

- A web page's table copied as text often puts every cell in a paragraph of its own, so one blank line stands
  between every two cells ('2008–09' / '($ billion)' / … / 'Operating revenue' / '249.4' / '293.0', each followed
  by a blank line). Such a blank line does not end the table: a run of short lines joined by single blank lines
  that holds three lone number cells at least is one table (`double_spaced_blanks`). Two blank lines, or a prose
  line, still end it.
- A row whose label restates the row above in another measure ('- as a number of months of government
  expenditure', '- as a percentage of GDP') does not take the table's money unit: months (or years, weeks, days)
  counted are a duration in that unit, a percentage, share or ratio is no money (`row_measure`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DURATION_ROW = re.compile(r"(?i)\bnumber\s+of\s+(month|year|week|day)s\b")
_OTHER_MEASURE_ROW = re.compile(r"(?i)^\W*(?:as\s+an?\s+)?(?:percentage|per\s*cent|share|proportion|ratio|number)\s+of\b")
_MIN_CELLS = 3


def double_spaced_blanks(text: str, lines: list[tuple[int, int]], prose: Callable[[str], bool],
                         lone_cell: Callable[[int, int], bool]) -> frozenset[int]:
    """Indices of the blank lines that stand between the cells of a double-spaced table."""
    out: set[int] = set()
    blanks: list[int] = []  # the single blank lines of the current run
    cells = 0
    pending = -1  # a blank line seen after a short line, not yet followed by one
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            if pending >= 0:  # a second blank line ends the run
                if cells >= _MIN_CELLS:
                    out.update(blanks)
                blanks, cells, pending = [], 0, -1
            elif cells or blanks or k and text[slice(*lines[k - 1])].strip():
                pending = k
            continue
        if prose(line):
            if cells >= _MIN_CELLS:
                out.update(blanks)
            blanks, cells, pending = [], 0, -1
            continue
        if pending >= 0:
            blanks.append(pending)
            pending = -1
        cells += 1 if lone_cell(a, b) else 0
    if cells >= _MIN_CELLS:
        out.update(blanks)
    return frozenset(out)


def row_measure(label: str) -> tuple[str, str] | None:
    """(kind, unit) a row label states in place of the table's unit: ('duration', 'month') for '- as a number of
    months of government expenditure'; ('', '') for '- as a percentage of GDP' (no unit the cells can take)."""
    m = _DURATION_ROW.search(label)
    if m is not None:
        return "duration", m.group(1).lower()
    if _OTHER_MEASURE_ROW.search(label):
        return "", ""
    return None
