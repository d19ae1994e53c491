"""Chinese place matches → a zone written right before a park it holds names that park with it (某某经济区智造产业园).

A report locates a park by the zone it lies in and writes the two as one name, as it does a town and its site
(town_sites_zh: 铜盂镇光电产业园): 佛山临空经济区智造产业园 is the park of that airport economic zone. The park's own
body (智造, two to four characters) cannot stand alone between boundaries, so the suffix rules end the name at the
zone; here a zone built on a suffix (经济区, 新区, 开发区 …: "zone_sites" "zone_ends") that a body and a park's kind
follow at once (`site_after`) is extended over them: the longest written span is the place, the zone inside it no
mention of its own (DECISIONS 21, 23). A body that holds a clause (加快建设 + 科技园, the zone building
parks) is no park's name. A free trade zone before one of its parts (广东自贸区湛江联动发展区) is one name too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_end
from pipeline.extract.entities.platform_parks_zh import coordinated_parts, join_county_parks
from pipeline.extract.entities.quoted_zh import Match


def join_zone_sites(folded: str, matches: list[Match], rules: dict[str, Any],
                    names: Any) -> list[Match]:
    """`matches` with each suffix-built zone that a park's body and kind follow extended over the park, unless the
    suffix rules (`names`, suffix_zh.SuffixNames) read the body as a clause or it holds a `body_not` word."""
    ends = tuple(rules["zone_ends"])
    site = re.compile(rules["site_after"])
    not_body = tuple(rules.get("body_not", ()))
    matches = join_county_parks(folded, join_zone_parts(
        folded, matches, rules, lambda body: _clause(body, names, not_body),
        lambda body: names.common_only(body, verb_needed=False)), rules)  # 某市融湾产业平台某县园
    grown: list[tuple[int, int]] = []
    for m in matches:
        if m.label == "PLACE" and not m.entity and "suffix" in m.extra and folded[m.start:m.end].endswith(ends):
            park = site.match(folded, m.end)
            if park is not None and not _clause(park.group(1), names, not_body):
                grown.append((m.end, park.end()))
                m.end = park.end()
    if not grown:
        return matches
    return [m for m in matches if not any(s <= m.start and m.end <= e for s, e in grown)]


def _clause(body: str, names: Any, not_body: tuple[str, ...]) -> bool:
    return names.lead_length(body) > 0 or clause_end(body, names.body_verbs) > 0 or any(w in body for w in not_body)


def join_zone_parts(folded: str, matches: list[Match], rules: dict[str, Any],
                    clause: Callable[[str], bool], generic: Callable[[str], bool] = lambda body: False) -> list[Match]:
    """`matches` with a free trade zone written right before a part of it named by a city (广东自贸区 + 湛江联动发展区,
    某自贸区 + 某某片区: `part_after`) extended over the part, one place: a province's pilot free trade zone is laid
    out in areas (片区) and linked development zones (联动发展区) that reports name by the zone and the city together;
    the zone inside that name is no mention of its own (DECISIONS 21, 23), as a zone before its park is not; a body
    that `clause` reads as a clause (广东自贸区加快建设片区) names no part."""
    zones = tuple(rules.get("part_zone_ends", ()))
    part = re.compile(rules.get("part_after", "(?!)"))
    grown: list[tuple[int, int]] = []
    for m in matches:
        if m.label == "PLACE" and folded[m.start:m.end].endswith(zones) and (p := part.match(folded, m.end)) and \
                not clause(p.group(1)):
            grown.append((m.end, p.end()))
            m.end, m.entity, m.alias = p.end(), "", ""
    if not grown:
        return matches
    return coordinated_parts(folded, [m for m in matches if not any(s <= m.start and m.end <= e for s, e in grown)],
                             grown, clause, rules, generic)  # 某产业园甲园区和乙园区: the second part too
