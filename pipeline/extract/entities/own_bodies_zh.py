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


def own_bodies(matches: list[Match], type_of: Callable[[str], str], rules: dict[str, Any],
               folded: str = "") -> list[Match]:
    """`matches` less the places written right before one of their own public bodies (香港政府统计处), and with
    another country glued before one of those bodies' short names made that country's body (foreign_bodies)."""
    owners = {k: tuple(v) for k, v in rules.get("owners", {}).items()}
    if not owners:
        return matches
    matches = foreign_bodies(matches, type_of, rules, owners, folded)
    types = frozenset(rules.get("body_types", ()))
    bodies = {m.start: m.entity[3:] for m in matches if m.label == "INSTITUTION" and m.entity.startswith("id:")}

    def owned(m: Match) -> bool:
        prefixes = owners.get(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None
        body = bodies.get(m.end, "") if prefixes else ""
        return bool(body) and body.startswith(prefixes or ()) and type_of(body) in types
    return [m for m in matches if not owned(m)]


def foreign_bodies(matches: list[Match], type_of: Callable[[str], str], rules: dict[str, Any],
                   owners: dict[str, tuple[str, ...]], folded: str) -> list[Match]:
    """A country that owns none of `owners`' bodies, glued right before the short name of one (巴基斯坦 + 农业发展银行,
    the Pakistani agricultural development bank; 巴西 + 人民银行), names that country's own body as written: one
    body, neither the place nor the Chinese one (session 27 review M3). A short name that opens with its owner's own
    name (中国银行) is no short name."""
    foreign = rules.get("foreign", {})
    if not folded or not foreign:
        return matches
    prefixes = tuple(p for ps in owners.values() for p in ps)
    types, own_names = frozenset(foreign["body_types"]), tuple(foreign["own_names"])
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PLACE" and prev.end == m.start and prev.entity.startswith("id:") and \
                prev.entity[3:] not in owners and type_of(prev.entity[3:]) in foreign["owner_types"] and \
                m.label == "INSTITUTION" and m.entity[3:].startswith(prefixes) and type_of(m.entity[3:]) in types and \
                not folded.startswith(own_names, m.start):
            out[-1] = Match(prev.start, m.end, "", "INSTITUTION", "", "", {"canonical_name": folded[prev.start:m.end]})
            continue
        out.append(m)
    return out
