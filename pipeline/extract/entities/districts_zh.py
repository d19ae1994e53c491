"""Chinese matches of one document → a Hong Kong district written with 區 (元朗區) as one name with its mark.

Hong Kong's 18 districts are named after their main towns: 元朗區 (the district) holds 元朗 (the town), as 沙田區
holds 沙田 and 大埔區 holds 大埔. A district's name + 區 is the district (the span takes 區). A document that writes
both the district and the bare name (元朗區和北區 … 天水圍、元朗及粉嶺/上水等新市鎮) names one place, the district's
row: every gold that holds both forms lists them as one row (fc26 大埔 / 大埔區, heldout-zhplfp31-b 元朗區 / 元朗,
heldout-zhplhk33-a 屯門區 / 屯門; none lists two), as a Mainland district and its short name are one row. Districts
whose names end in 區 (東區, 北區, 離島區) are not touched. Rules are data (pipeline/data/entities_zh.json,
"district_forms").
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
    """`matches` with each district name + 區 made the district's (the span takes 區); the bare name stays the
    gazetteer's district; `districts` from district_names."""
    mark, blocked = str(rules["suffix"]), tuple(rules["not_before"])
    for m in matches:
        name = folded[m.start:m.end]
        eid = districts.get(name)
        if m.label == "PLACE" and eid and folded.startswith(mark, m.end) and \
                not folded.startswith(blocked, m.end + len(mark)):
            m.end += len(mark)
            m.entity, m.alias = f"id:{eid}", name
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
