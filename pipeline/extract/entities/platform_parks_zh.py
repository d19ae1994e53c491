"""Chinese place matches → a platform or park written right before a county's park in it is one place (某市融湾产业平台某县园).

A prefecture's industrial platform (产业平台, the parks a province pairs with the Bay Area) or transfer park is laid
out in parks its counties run, and a report names each part by the whole and the county's short name + 园: 韶关融湾产业
平台翁源园 is the Wengyuan park of that platform, one place, the part (as a free trade zone and its 片区, a transfer park
and its 分园: zone_sites_zh.join_zone_parts); the county inside it is no mention of its own (DECISIONS 21, 23).
Read only where a known division's name ends right before 园 and a platform ends right before that name; 园林, 园区
(the county's gardens, its parks in general) are other words. A part coordinated with a park's part by 和/、/及
(深江产业园大泽园区和司前园区) is the same park's other part, a place too (`coordinated_parts`). Rules: entities_zh.json
"zone_sites" ("county_park_wholes", "part_after").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_JOINED = re.compile(r"[和、及与]([\u4e00-\u9fff]{2,6}?)(园区|片区|分园)")


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


def coordinated_parts(folded: str, matches: list[Match], grown: list[tuple[int, int]],
                      clause: Callable[[str], bool], rules: dict[str, Any],
                      generic: Callable[[str], bool] = lambda body: False) -> list[Match]:
    """`matches` and a place for each part written right after a grown part (`grown`: the (start, end) of the parts
    join_zone_parts made) by 和/、/及 + a body + the same kind of part; a body that `clause` reads as a clause, that
    opens with a determiner or a count (其他园区, 两个片区: "part_not_starts") or that crosses a name already read
    names no part; nor does a body of generic words only (`generic`: 物流园区, 生活配套片区 are kinds of part)."""
    taken = [(m.start, m.end) for m in matches]
    not_starts = tuple(rules.get("part_not_starts", ()))
    new: list[Match] = []
    for _, end in grown:
        j = _JOINED.match(folded, end)
        if j is None or not folded.endswith(j.group(2), 0, end) or clause(j.group(1)) or generic(j.group(1)) or \
                j.group(1).startswith(not_starts) or \
                any(s < j.end() and j.start(1) < e for s, e in taken):
            continue
        new.append(Match(j.start(1), j.end(), "", "PLACE", "", "", {"suffix": "1"}))
    return sorted(matches + new, key=lambda m: m.start) if new else matches
