"""Chinese place matches of one document → a known division written right before a known place inside it
(深圳前海, 元朗錦田, 西貢十四鄉) made one place, the longest written span; known places glued before a
road's name are in the road's name too (glued_route_places: 中環灣仔繞道); a word in Latin letters right before
a suffix-built name opens it (latin_led_places: HarbourChill海濱休閒站).

Chinese writes a site or an area after the city or district it lies in, with nothing between them: 深圳前海 is
Qianhai in Shenzhen, 元朗錦田 is Kam Tin in Yuen Long. Both names are in the gazetteer, so each would be a row of
its own. The lead's ruling of session 11 (issue 14) makes such a pair one place named by the longest written span;
the inner place keeps its entry (the span is an alias of it), and the division is listed only where the text
writes it alone elsewhere. Only a division (`outer_types`, or a region listed in `outer_ids`)
before a place that is no division (`inner_not_types`: a zone, an area, a village, an estate …) of the same
country is joined, and so is a name the suffix rules built (深圳新皇崗口岸); two cities or two districts side by
side (香港澳門, 廣州南沙) stay two places. A known area (`site_outer_types`) joins only a site the suffix rules built
right after it (尖沙咀前水警總部歷史建築羣: the heritage site in Tsim Sha Tsui, one place; session 27), never a gazetteer
place (中環灣仔 stays two). A zone written right before its park (`parts`: 「河套合作區」香港園區, the
Hetao zone inside its Hong Kong park's name) is the park. A division
written with its mark (北區沙嶺, 汕尾市…: `address_marks`) is an address's level, as 永順縣澤家鎮 is (address_zh):
the division and the place stay two. Rules are data (pipeline/data/entities_zh.json, "adjacent_places").
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def join_adjacent_places(folded: str, matches: list[Match], entries: dict[str, Any], rules: dict[str, Any]
                         ) -> list[Match]:
    """`matches` (sorted by start) with each division + inner place written together replaced by one match
    spanning both, carrying the inner place's entry."""
    outer_types, outer_ids = set(rules["outer_types"]), set(rules["outer_ids"])
    marks = tuple(rules["address_marks"])
    inner_not = set(rules["inner_not_types"])
    parts = {(a, b) for a, b in rules["parts"]}  # (zone, its park): 河套合作區 + 香港園區
    closers = str(rules["closing_quotes"])
    own = tuple(rules["inner_not_suffixes"])
    site_outer = set(rules.get("site_outer_types", ()))  # an area opens only a site the suffix rules built  # 大埔富蝶邨, 台山大江镇: an estate or a town stays a place of its own

    def entry(m: Match) -> Any:
        return entries.get(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None

    def joined(prev: Match, m: Match) -> bool:
        a, b = entry(prev), entry(m)
        if a is None or any(c.isspace() for c in folded[prev.start:m.end]):  # 觀塘 鑽石山: a table's two columns
            return False
        if b is not None and (a.id, b.id) in parts:  # 「河套合作區」香港園區: the zone names its park
            return prev.end == m.start or prev.end + 1 == m.start and folded[prev.end] in closers
        if prev.end != m.start or folded[prev.start:prev.end].endswith(marks) or \
                not (a.type in outer_types or a.id in outer_ids or b is None and a.type in site_outer):
            return False
        if b is None:  # 深圳新皇崗口岸: a site the suffix rules built after its city (or its area: 尖沙咀前水警總部…)
            return not m.entity and "suffix" in m.extra and not folded[m.start:m.end].endswith(own)
        return a.id != b.id and b.type not in inner_not and a.country_code == b.country_code

    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and m.label == "PLACE" and joined(prev, m):
            out[-1] = Match(prev.start, m.end, m.entity, m.label, m.alias, m.special, dict(m.extra))
            continue
        out.append(m)
    return out


def glued_route_places(matches: list[Match], in_route: set[int]) -> set[int]:
    """Starts of the known places in a road's name: every known place written right before the start of a road's
    name (`in_route`: 灣仔繞道) or of another such place (中環灣仔繞道, the Central-Wan Chai Bypass: 中環 is in the
    name too). A place before a route word that is no road (北角東區走廊: the corridor at North Point) stays."""
    by_end = {m.end: m.start for m in matches if m.label == "PLACE" and m.entity}
    out, todo = set(in_route), list(in_route)
    while todo:
        before = by_end.get(todo.pop())
        if before is not None and before not in out:
            out.add(before)
            todo.append(before)
    return out


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9+]*$")


def latin_led_places(folded: str, matches: list[Match], longest: int = 24) -> list[Match]:
    """HarbourChill海濱休閒站, K11文化館: a suffix-built place name (no gazetteer entry) whose name body starts with a
    word in Latin letters written right before it takes that word in (in place): the Latin word is the name's
    first part, the Chinese words after it the kind (海濱休閒站 alone is a kind of site)."""
    for m in matches:
        if m.label != "PLACE" or m.entity or "suffix" not in m.extra:
            continue
        run = _LATIN_RUN.search(folded, max(0, m.start - longest), m.start)
        if run is not None and (run.start() == 0 or not folded[run.start() - 1].isascii()):
            m.start = run.start()  # a word of Latin letters only, set apart from any other Latin text
    return matches
