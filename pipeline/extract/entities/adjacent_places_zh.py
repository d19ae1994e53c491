"""Chinese place matches of one document → a known division written right before a known place inside it
(深圳前海, 元朗錦田, 西貢十四鄉) made one place, the longest written span.

Chinese writes a site or an area after the city or district it lies in, with nothing between them: 深圳前海 is
Qianhai in Shenzhen, 元朗錦田 is Kam Tin in Yuen Long. Both names are in the gazetteer, so each would be a row of
its own. The lead's ruling of session 11 (issue 14) makes such a pair one place named by the longest written span;
the inner place keeps its entry (the span is an alias of it), and the division is listed only where the text
writes it alone elsewhere. Only a division (`outer_types`, or a region listed in `outer_ids`)
before a place that is no division (`inner_not_types`: a zone, an area, a village, an estate …) of the same
country is joined; two cities or two districts side by side (香港澳門, 廣州南沙) stay two places. A division
written with its mark (北區沙嶺, 汕尾市…: `address_marks`) is an address's level, as 永順縣澤家鎮 is (address_zh):
the division and the place stay two. Rules are data (pipeline/data/entities_zh.json, "adjacent_places").
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def join_adjacent_places(folded: str, matches: list[Match], entries: dict[str, Any], rules: dict[str, Any]
                         ) -> list[Match]:
    """`matches` (sorted by start) with each division + inner place written together replaced by one match
    spanning both, carrying the inner place's entry."""
    outer_types, outer_ids = set(rules["outer_types"]), set(rules["outer_ids"])
    marks = tuple(rules["address_marks"])
    inner_not = set(rules["inner_not_types"])

    def entry(m: Match) -> Any:
        return entries.get(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None

    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        a, b = (entry(prev), entry(m)) if prev is not None else (None, None)
        if prev is not None and a is not None and b is not None and prev.end == m.start and a.id != b.id and \
                (a.type in outer_types or a.id in outer_ids) and b.type not in inner_not and \
                a.country_code == b.country_code and not folded[prev.start:prev.end].endswith(marks) and \
                not any(c.isspace() for c in folded[prev.start:m.end]):  # 觀塘 鑽石山: a table's two columns
            out[-1] = Match(prev.start, m.end, m.entity, m.label, m.alias, m.special, dict(m.extra))
            continue
        out.append(m)
    return out
