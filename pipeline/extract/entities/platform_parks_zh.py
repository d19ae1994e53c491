"""Chinese place matches → a platform or park written right before a county's park in it is one place (某市融湾产业平台某县园).

A prefecture's industrial platform (产业平台, the parks a province pairs with the Bay Area) or transfer park is laid
out in parks its counties run, and a report names each part by the whole and the county's short name + 园: 韶关融湾产业
平台翁源园 is the Wengyuan park of that platform, one place, the part (as a free trade zone and its 片区, a transfer park
and its 分园: zone_sites_zh.join_zone_parts); the county inside it is no mention of its own (DECISIONS 21, 23).
Read only where a known division's name ends right before 园 and a platform ends right before that name; 园林, 园区
(the county's gardens, its parks in general) are other words. Rules: entities_zh.json "zone_sites" ("county_park_wholes").
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def join_county_parks(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each platform match + a known division's match + 园 made one place (see the module)."""
    wholes = tuple(rules.get("county_park_wholes", ()))
    if not wholes or "园" not in folded:
        return matches
    by_start = {m.start: m for m in matches if m.label == "PLACE" and m.entity}
    dropped: list[Match] = []
    for m in matches:
        n = by_start.get(m.end)
        if m.label != "PLACE" or n is None or not folded.endswith(wholes, m.start, m.end) or \
                folded[n.end:n.end + 1] != "园" or folded[n.end + 1:n.end + 2] in ("区", "林", "艺", "地"):
            continue
        m.end, m.entity, m.alias = n.end + 1, "", ""
        dropped.append(n)
    return [m for m in matches if not any(m is d for d in dropped)] if dropped else matches
