"""Chinese place matches → without a country or region written right before one of its own public bodies.

A country or a special administrative region is written before the short name of one of its own public bodies as part of
that body's name: 中国全国人大常委会, 香港政府统计处, 香港金管局, 特区立法会, 香港特别行政区立法会. The gazetteer knows the
body by its short name, so the scan finds two matches; the place is part of the body's name (GUIDELINES-zh 11: a place
inside an institution's name, 深圳市人民政府, does not count by itself), as a Mainland division before its bodies is read as
one name by the department rules. Kept: a body of another place (新加坡 + a Singapore company is a company of its own, 香港 +
a Mainland body is two names), and bodies that are no public bodies (companies, outlets, universities, parties, clubs:
only `body_types` count). Which places own which bodies: `owners` maps a place's gazetteer id to the id prefixes of its
bodies. Rules: entities_zh.json "own_bodies".
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match


def own_bodies(matches: list[Match], type_of: Callable[[str], str], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places written right before one of their own public bodies (香港政府统计处)."""
    owners = {k: tuple(v) for k, v in rules.get("owners", {}).items()}
    if not owners:
        return matches
    types = frozenset(rules.get("body_types", ()))
    bodies = {m.start: m.entity[3:] for m in matches if m.label == "INSTITUTION" and m.entity.startswith("id:")}

    def owned(m: Match) -> bool:
        prefixes = owners.get(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None
        body = bodies.get(m.end, "") if prefixes else ""
        return bool(body) and body.startswith(prefixes or ()) and type_of(body) in types
    return [m for m in matches if not owned(m)]
