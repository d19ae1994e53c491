"""Chinese gazetteer matches → no Mainland division glued to the Hong Kong or Macao place written right before it.

A Mainland district or county is never inside a Hong Kong or Macao place, so a division's name written right after
such a place, with no boundary between (摩星嶺平房區: a cottage area on Mount Davis, not Harbin's 平房区), is the tail
of one site's name, which the suffix rules build (平房區 after a known place: pipeline/data/entities_zh.json,
place_names). Rules are data ("glued_divisions": the division types and the countries of the place before).
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def glued_divisions(matches: list[Match], entries: dict[str, Any], rules: dict[str, Any]) -> list[Match]:
    """`matches` less each Mainland division that starts where a Hong Kong or Macao place ends."""
    types, before = set(rules["types"]), set(rules["countries_before"])

    def entry(m: Match) -> Any:
        return entries.get(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None

    ends = {m.end for m in matches if (e := entry(m)) is not None and e.country_code in before}
    return [m for m in matches if not (m.start in ends and (e := entry(m)) is not None and e.country_code == "CN"
                                       and e.type in types)]
