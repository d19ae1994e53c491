"""A place + a bracketed place + the rest of an event's name → both places are inside the event's name.

National fairs, shows and weeks held in one city are named by the country (or the organising city) with the host
city or district in brackets: 中国（广州）国际汽车展, 中国（某市）国际科技合作周, 2007广州（某区·某地）会展经济论坛.
Such a name ends in a programme head (展, 交易会, 论坛, 合作周 …: entities_zh.json "programme_heads") and, like any
event's name, holds no place mention of its own (devset-real-zh DECISIONS 21). The bracket holds the host place's name (a district's short
form too), or two joined by one mark (某区·某地, which a page may render with ?), and no institution; the head must come within
`max_extension` characters after the closing bracket with no verb and no institution suffix before it (举办 starts a
clause; 中国（某市）综合开发研究院 is a body's name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from pipeline.extract.entities.gazetteer_zh import CJK

_OPEN, _CLOSE = "（(", "）)"


class _Span(Protocol):
    start: int
    end: int
    label: str


def bracketed_event_places(folded: str, i: int, matches: Sequence[_Span], heads: Sequence[str],
                           clause: Callable[[str], bool], limit: int) -> list[int]:
    """Indexes into `matches` of the place `matches[i]` and the places in the bracket right after it when the text
    after the bracket runs into an event's programme head; [] otherwise."""
    m = matches[i]
    if m.label != "PLACE" or m.end >= len(folded) or folded[m.end] not in _OPEN:
        return []
    close = next((j for j in range(m.end + 1, min(len(folded), m.end + 12)) if folded[j] in _CLOSE), -1)
    if close < 0:
        return []
    inside = [k for k in range(i + 1, len(matches)) if matches[k].start > m.end and matches[k].end <= close]
    text = folded[m.end + 1:close]
    if len(text) < 2 or sum(not CJK.match(c) for c in text) > 1 or any(matches[k].label != "PLACE" for k in inside):
        return []  # the bracket names the host place (or two, one mark between: 某区·某地)
    j = close + 1
    while j < min(len(folded), close + 1 + limit) and CJK.match(folded[j]):
        j += 1
    run = folded[close + 1:j]
    at = min((run.find(h) for h in heads if h in run), default=-1)
    if at < 0 or clause(run[:at]):
        return []  # 中国（某市）综合开发研究院举办论坛: a body's name, then the clause it acts in
    return [i, *inside]
