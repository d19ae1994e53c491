"""Chinese matches of one document → a Hong Kong district written with 區 (元朗區) apart from its town (元朗).

Hong Kong's 18 districts are named after their main towns: 元朗區 (the district) holds 元朗 (the town), as 沙田區
holds 沙田 and 大埔區 holds 大埔. A document that writes both names two places (元朗區和北區 … 天水圍、元朗及
粉嶺/上水等新市鎮). So a district's name + 區 is the district (the span takes 區), and where a document writes
the district so, the bare name is the town: a place of its own, named as written. In a document that never
writes X區 the bare name stays the gazetteer's place, and so does a district named by joining its towns' names
(油尖旺, 葵青: `composite`), which names no town. Districts whose names end in 區 (東區, 北區, 離島區) are
not touched. Rules are data (pipeline/data/entities_zh.json, "district_forms").
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match
from pipeline.lang import fold


def district_names(entries: dict[str, Any], rules: dict[str, Any]) -> dict[str, str]:
    """Folded Chinese name → id of each district of the rules' countries whose name does not end in 區."""
    mark = str(rules["suffix"])
    out: dict[str, str] = {}
    for eid, e in entries.items():
        if e.table == "place" and e.type in rules["types"] and e.country_code in rules["countries"]:
            for name in e.zh:
                key = fold(name)
                if not key.endswith(mark):
                    out.setdefault(key, eid)
    return out


def district_forms(folded: str, matches: list[Match], districts: dict[str, str], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each district name + 區 made the district's (the span takes 區) and, in a document that
    writes the district so, its bare name made the town's (no gazetteer id); `districts` from district_names."""
    mark, blocked = str(rules["suffix"]), tuple(rules["not_before"])
    written: set[str] = set()
    for m in matches:
        name = folded[m.start:m.end]
        eid = districts.get(name)
        if m.label == "PLACE" and eid and folded.startswith(mark, m.end) and \
                not folded.startswith(blocked, m.end + len(mark)):
            m.end += len(mark)
            m.entity, m.alias = f"id:{eid}", name
            written.add(name)
    written -= set(rules.get("composite", ()))  # 油尖旺 beside 油尖旺區: no town is so named, still the district
    for m in matches:
        if m.label == "PLACE" and folded[m.start:m.end] in written:
            m.entity, m.alias = "", ""  # the town: named as written
    return district_councils(folded, matches, rules["council"])


def district_councils(folded: str, matches: list[Match], head: str) -> list[Match]:
    """葵青區區議會, 東區區議會: a district written with its 區 and then the council's head 區議會 is that district's
    council, one name (as 葵青區議會 is), not the place and the District Councils as a whole."""
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PLACE" and prev.end == m.start and m.label == "INSTITUTION" and \
                folded[prev.end - 1:prev.end] == head[0] and folded[m.start:m.end] == head:
            out[-1] = Match(prev.start, m.end, "", "INSTITUTION", "")
            continue
        out.append(m)
    return out
