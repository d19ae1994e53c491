"""Figures that name a group or an area rather than state a quantity.

- A club named by its threshold: 3個鎮街進入400億元俱樂部, 千億俱樂部 — the number names the club (like a ranking
  list named by a number, 中國企業500強: DECISIONS-zh 5), the members' values are stated elsewhere.
- A time-distance circle: 長沙四小時航空經濟圈, 1小時生活圈, 半小時通勤圈 — the hours name the zone reached within them
  (like the quoted 半小時科研圈, DECISIONS-zh 9); no span of time is stated.
- A numbered planning area: 規劃11區 (a plan's area No. 11, listed with parks as a platform) — Arabic digits glued
  between 規劃 and 區 with no classifier number the area, like 屯門第16區 (README s13/s14); 規劃建設3個區 still counts.
Words: figure_lexicon.zh.json figure_name_heads, time_circle, numbered_area.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["named_by_figure"]

_WORD_RUN = re.compile(r"[\u4e00-\u9fff]*")
_NUMBERED = re.compile(r"[0-9０-９]{1,3}[區区]")


def named_by_figure(reader: ZhReader, fig: FigureZh) -> bool:
    """Whether `fig` is the number in a club's or a time-distance circle's name."""
    lex = reader.lex
    if reader.at(fig.end, lex["figure_name_heads"]):
        return True
    area = lex["numbered_area"]
    if fig.kind == "count" and reader.before(fig.start, area["leads"]) and \
            _NUMBERED.fullmatch(reader.text, fig.start, fig.end) and reader.text[fig.end - 1] in area["heads"]:
        return True  # 規劃11區: the plan's area No. 11
    circle = lex["time_circle"]
    if fig.kind != "duration" or fig.unit not in circle["units"]:
        return False
    run = _WORD_RUN.match(reader.text, fig.end, min(len(reader.text), fig.end + circle["window"] + 1))
    return run is not None and circle["head"] in run.group()
