"""`FigureZh` list → the same list with compound durations joined: 1小時21分鐘 is one duration of 81 minutes.

A duration written in two units, the larger first and the smaller right after it (1小時21分鐘, 3年6個月,
2星期3天), states one length of time, like English "1 hour 21 minutes". The two parts become one figure
in the smaller unit; the factors are facts of the calendar and the clock (pipeline/data/figure_lexicon.zh.json,
"compound_durations").
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pipeline.extract.figures.numbers_zh import parse_number

# 39分 right after N小時 (not 分鐘, already a duration; not 分之, a fraction; not 分 of a score after a number)
_MINUTES = re.compile(r"([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})分(?![鐘钟之數数])")


def join_compound_durations(figures: list[Any], lex: dict[str, Any], text: str) -> list[Any]:
    """Join each duration with the duration of the next smaller unit that starts where it ends. After hours a bare
    分 is minutes (17小時39分 = 1059 minutes), a reading only that place allows: 分 alone is also a score."""
    table: dict[str, list[Any]] = lex["compound_durations"]
    out: list[Any] = []
    for fig in sorted(figures, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev is not None and fig.start < prev.end:
            continue  # inside a duration already joined with its minutes
        if prev is not None and prev.kind == fig.kind == "duration" and prev.end == fig.start and \
                prev.value_max is None and fig.value_max is None and prev.unit in table and \
                table[prev.unit][0] == fig.unit and not fig.qualifier:
            factor = Decimal(str(table[prev.unit][1]))
            out[-1] = replace(prev, end=fig.end, value=prev.value * factor + fig.value, unit=fig.unit)
            continue
        out.append(_with_minutes(fig, text))
    return out


def _with_minutes(fig: Any, text: str) -> Any:
    """N小時 followed by M分: one duration of 60N+M minutes."""
    if fig.kind != "duration" or fig.unit != "hour" or fig.value_max is not None:
        return fig
    m = _MINUTES.match(text, fig.end)
    minutes = parse_number(m.group(1)) if m else None
    if m is None or minutes is None or not 0 < minutes < 60:
        return fig
    return replace(fig, end=m.end(), value=fig.value * 60 + minutes, unit="minute")
