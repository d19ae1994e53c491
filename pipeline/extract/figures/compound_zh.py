"""`FigureZh` list → the same list with compound durations joined: 1小時21分鐘 is one duration of 81 minutes.

A duration written in two units, the larger first and the smaller right after it (1小時21分鐘, 3年6個月,
2星期3天), states one length of time, like English "1 hour 21 minutes". The two parts become one figure
in the smaller unit; the factors are facts of the calendar and the clock (pipeline/data/figure_lexicon.zh.json,
"compound_durations").
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any


def join_compound_durations(figures: list[Any], lex: dict[str, Any]) -> list[Any]:
    """Join each duration with the duration of the next smaller unit that starts where it ends."""
    table: dict[str, list[Any]] = lex["compound_durations"]
    out: list[Any] = []
    for fig in sorted(figures, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == fig.kind == "duration" and prev.end == fig.start and \
                prev.value_max is None and fig.value_max is None and prev.unit in table and \
                table[prev.unit][0] == fig.unit and not fig.qualifier:
            factor = Decimal(str(table[prev.unit][1]))
            out[-1] = replace(prev, end=fig.end, value=prev.value * factor + fig.value, unit=fig.unit)
            continue
        out.append(fig)
    return out
