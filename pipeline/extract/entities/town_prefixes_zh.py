"""A town written in full over a known place that opens its name: the town, not the place (长沙镇下罗村).

A county's towns are often named after a place elsewhere: 梅江区 has a 长沙镇 (Changsha is Hunan's capital), 丰顺县 a
龙岗镇 (Longgang is a district of Shenzhen). In a text that names the county, the town's full name (the township
table's, towns_zh) is the town, even where the gazetteer reads the known place in its first characters: the
level character (镇, 乡, 街道) closes the town's name, and the known place it holds is no mention (as a place inside a
longer name never is). An unknown name the suffix rules built across the town's level character and a village
(镇下罗村) is that village, cut at the town's end. The town wins only where every match it overlaps is such a known
place inside it or such a village across its end: a longer known name (长沙镇 inside a longer name) keeps its reading.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.quoted_zh import Match


def over_prefix(folded: str, s: int, e: int, matches: list[Match], village: re.Pattern[str]) -> list[Match] | None:
    """`matches` with the town folded[s:e] taking over the known place inside it (None: the town does not win)."""
    inside = [m for m in matches if m.start < e and s < m.end]
    known = [m for m in inside if m.label == "PLACE" and m.entity and s <= m.start and m.end < e]
    seam = [m for m in inside if m.label == "PLACE" and not m.entity and s < m.start < e < m.end
            and village.fullmatch(folded, e, m.end)]
    if not known or len(known) + len(seam) != len(inside):
        return None
    out = [m for m in matches if m not in known and m not in seam]
    out += [Match(e, m.end, m.entity, m.label, m.alias, m.special, dict(m.extra)) for m in seam]
    return sorted(out, key=lambda m: m.start)
