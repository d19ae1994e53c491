"""Chinese place matches → a hall written right after the venue it is in (某国际会议中心世纪大会堂) made one place.

A report names the room of a meeting by its venue and its hall with nothing between them: 广州某国际会议中心世纪大会堂,
某会展中心五号馆, 某宾馆多功能厅. The hall is the place the text names (fc26's gold lists the venue + hall, no venue of
its own there), as a site after its city is one place by the longest written span (adjacent_places_zh): the venue
match takes the hall in. Only a venue (a name ending in one of `venue_ends`) opens a hall, and only a hall head
(`hall_heads`, after at most `max_body` name characters, or a numbered hall) with no break in between; a hall name
that runs on into a word (会堂路: a road) is none. Rules: entities_zh.json "venue_halls".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _hall(heads: tuple[str, ...], body: int, not_after: str) -> re.Pattern[str]:
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) or "(?!)"
    stop = f"(?![{re.escape(not_after)}])" if not_after else ""
    return re.compile(rf"(?:[一-鿿]{{0,{body}}}?(?:{head})|[0-9一二三四五六七八九十]+号(?:馆|厅|展厅)){stop}")


def venue_halls(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each venue written right before its hall extended over the hall (one place)."""
    ends = tuple(rules.get("venue_ends", ()))
    if not ends:
        return matches
    hall = _hall(tuple(rules.get("hall_heads", ())), int(rules.get("max_body", 4)), str(rules.get("not_after", "")))
    out: list[Match] = []
    taken = -1
    for m in matches:
        if m.start < taken:  # the hall read on its own inside the venue's new span
            continue
        if m.label == "PLACE" and folded[m.start:m.end].endswith(ends):
            h = hall.match(folded, m.end)
            if h is not None:
                m = Match(m.start, h.end(), "", m.label, "", m.special, {**m.extra, "suffix": "1"})
                taken = h.end()
        out.append(m)
    return out
