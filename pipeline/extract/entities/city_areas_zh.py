"""A city's urban area written before a village in it (某某市区某某村): the city, then the village.

市区 after a city's name is its urban area (潮州市区, as 九龍市區 is Kowloon's: DECISIONS 24, an alias of the city),
so a village written right after it (某某市区高厝塘村: the village 高厝塘村 in the city's urban area) starts after 区.
The suffix rules, reading the known city first, built an unknown name from 区 on (区高厝塘村): that name is cut to
the village, its 区 left to the city's area word. Only a village's or a community's name (towns_zh's pattern of a
village) is cut so: 某市区政府 or a district's own name is not.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.quoted_zh import Match


def urban_area_villages(folded: str, matches: list[Match], village: re.Pattern[str]) -> list[Match]:
    """`matches` with each unknown 区 + village name right after a known city ending in 市 cut to the village."""
    city_ends = {m.end for m in matches if m.label == "PLACE" and m.entity and folded[m.end - 1:m.end] == "市"}
    out: list[Match] = []
    for m in matches:
        if m.start in city_ends and m.label == "PLACE" and not m.entity and folded[m.start:m.start + 1] == "区" \
                and village.fullmatch(folded, m.start + 1, m.end):
            m = Match(m.start + 1, m.end, m.entity, m.label, m.alias, m.special, dict(m.extra))
        out.append(m)
    return out
