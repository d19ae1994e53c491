"""Folded Chinese text + name matches → no unknown body whose name counts bodies over every place or level
(某市各地商会 'the chambers of commerce of every place', 某县各级工会): a body named with 各地 / 各级 / 各类 ('every place,
level, kind') inside is a class of bodies, no one institution (GUIDELINES-zh 13: 各区人民政府 is generic), as one
opening with 各 already is (extend_generic_starts). Known bodies stay. Rules: entities_zh.json "each_inside"
(session 25, zhinst)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def each_bodies(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the unknown institutions whose name holds a word of every place, level or kind."""
    words = tuple(rules["each_inside"])
    return [m for m in matches if not (m.label == "INSTITUTION" and not m.entity.startswith("id:") and
                                       any(w in folded[m.start + 1:m.end] for w in words))]
