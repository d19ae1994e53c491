"""Chinese gazetteer matches → no Mainland division glued to the Hong Kong or Macao place written right before it.

A Mainland district or county is never inside a Hong Kong or Macao place, so a division's name written right after
such a place, with no boundary between (摩星嶺平房區: a cottage area on Mount Davis, not Harbin's 平房区), is the tail
of one site's name, which the suffix rules build (平房區 after a known place: pipeline/data/entities_zh.json,
place_names). Only a division written with its level character is so read (平房區; 推动香港南沙深度合作 names
two places side by side). Rules are data ("glued_divisions": the division types, the countries of the place before
and the level characters).
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def glued_divisions(folded: str, matches: list[Match], entries: dict[str, Any], rules: dict[str, Any]) -> list[Match]:
    """`matches` less each Mainland division that starts where a Hong Kong or Macao place ends."""
    types, before, marks = set(rules["types"]), set(rules["countries_before"]), str(rules["level_marks"])

    def entry(m: Match) -> Any:
        return entries.get(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None

    ends = {m.end for m in matches if (e := entry(m)) is not None and e.country_code in before}
    return [m for m in matches if not (m.start in ends and (e := entry(m)) is not None and e.country_code == "CN"
                                       and e.type in types and folded[m.end - 1:m.end] in marks)]
