"""Folded Chinese text + a document's matches → the neighbouring counties a profile names by short form after a
compass word and a verb of bordering (东连飞竹，西邻闽侯，南接连江、晋安，北靠古田).

A township's or a town's profile names its neighbours by compass point: 东邻某某、南接某某、北靠某某. Towns there are
read from the township data (towns_zh); a county or district is written by its short name (古田 for 古田县, 晋安
for 晋安区), which alone is too often a word to be read. After a compass word and a verb of bordering the run is a
neighbour's name: where the short name + 县 / 区 / 市 is a county-level division the gazetteer knows, the item is that
division. Items joined by 、 / 和 / 与 / 及 after one verb are each read so; an item ending in a water's or a hill's
character that the gazetteer knows as a place (北靠黄河; a sea or great lake named like a county, 东接东海: "waters") is the water or hill, not a county named after
it (南接连江: no water is 连江, the county 连江县 is), a generic division name (南连城关: the county seat, not
Lanzhou's 城关区) names none, and 临 ('faces') is no verb of bordering (towns_zh's rule). Rules: entities_zh.json "bordering_counties".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=4)
def _pattern(verbs: str, joiners: str) -> re.Pattern[str]:
    item = f"[{_CJK}]{{2,3}}"
    return re.compile(f"[东南西北]{{1,2}}(?:{verbs})(?:着)?(({item})(?:[{joiners}]{item})*)(?![{_CJK}])")


def bordering_counties(folded: str, matches: list[Match], rules: dict[str, Any], place_id: Callable[[str], str],
                       type_of: Callable[[str], str]) -> list[Match]:
    """`matches` with each county-level neighbour named by short form after a compass word and a bordering verb."""
    if not rules:
        return matches
    joiners = str(rules["joiners"])
    new: list[Match] = []
    for b in _pattern(str(rules["verbs"]), joiners).finditer(folded):
        pos = b.start(1)
        for item in re.split(f"[{joiners}]", b.group(1)):
            s, e = pos, pos + len(item)
            pos = e + 1
            water = item[-1] in rules["not_ends"] and (place_id(item) or item in rules.get("waters", ()))
            if item in rules.get("generic", ()) or water or any(m.start < e and s < m.end for m in matches + new):
                continue  # 北靠黄河: the river the gazetteer knows (连江 names no water: 连江县); a name found stays
            gid = next((g for suf in rules["suffixes"] if (g := place_id(item + suf)) and type_of(g) in rules["types"]), "")
            if gid:
                new.append(Match(s, e, f"id:{gid}", "PLACE", item, "", {"bordering": "1"}))
    return sorted(matches + new, key=lambda m: m.start) if new else matches
