"""Folded Chinese text + the Mainland divisions found in it → the towns and villages written after them, and the ends of extents.

A Mainland address runs from the larger unit to the smaller with no separator: 龍山縣石羔鎮甘壁寨,
永順縣澤家鎮海洛村, 吉首市曙光村. After a known county, district or city, a short name body and a
township suffix (镇, 乡, 街道) names a town, and after that (or right after the division) a body and a
village suffix (村, 寨, 社区) names a village: each level is a place of its own (a gazetteer holds
counties, not the 40,000 towns and 600,000 villages). Rules are data (pipeline/data/entities_zh.json,
"address_places"): the suffixes of each level, the body lengths, and bodies that name a kind of
town or village (重点镇, 中心村, 各乡镇), not one. The ends of an extent (東起白溝引河西至萍河, 北起X南至Y)
are places too (DECISIONS 20: places that are arguments of a verb).
"""

from __future__ import annotations

import re
from typing import Any

_CJK = re.compile(r"[\u4e00-\u9fff]")


def address_places(folded: str, heads: list[tuple[int, int]], boundary: set[str], rules: dict[str, Any],
                   verbs: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of the towns and villages written right after the known divisions at `heads`."""
    lo, hi = (int(n) for n in rules["body"])
    generic = set(rules["generic_bodies"])
    kind_start = tuple(rules["kind_starts"])
    ends = tuple(s for sl in rules["levels"] for s in sl)
    collective = {k: tuple(v) for k, v in rules.get("collective_after", {}).items()}  # 法治镇街: towns of a kind

    def level_at(pos: int, level: list[str], lo: int, hi: int) -> tuple[int, int] | None:
        suffixes = sorted(level, key=len, reverse=True)
        for n in range(lo, hi + 1):
            body = folded[pos:pos + n]
            if len(body) < n or not all(_CJK.match(c) and c not in boundary for c in body):
                return None
            suffix = next((s for s in suffixes if folded.startswith(s, pos + n)), "")
            if suffix and body not in generic and not body.startswith(kind_start) and not body.endswith(ends) \
                    and not any(v in body for v in verbs) \
                    and not folded.startswith(collective.get(suffix, ()), pos + n + len(suffix)):  # 平度市加快发展乡村: a verb, no town
                return (pos, pos + n + len(suffix))
        return None

    out: list[tuple[int, int]] = []
    for _, end in heads:
        if any(s == end for s, _ in heads):
            continue  # 清远英德连樟村: the next known division (英德) holds the village, the city's chain stops
        pos = end
        # 岳阳市屈原区河市镇: a district no gazetteer holds, between a known city and a town, is a place too
        county = None if any(s == end for s, _ in heads) else level_at(pos, rules["county_level"], 2, 2)
        if county is not None and level_at(county[1], rules["levels"][0], lo, hi) is not None:
            out.append(county)
            pos = county[1]
        for level in rules["levels"]:
            hit = level_at(pos, level, lo, hi)
            if hit is not None:
                out.append(hit)
                pos = hit[1]
    for m in re.finditer(rules["extent"], folded):  # 東起白溝引河西至萍河: the ends of an axis or a zone
        out += [(m.start(g), m.end(g)) for g in (1, 2) if m.group(g) not in generic and
                not m.group(g).endswith(tuple(rules.get("extent_street_ends", ())))]  # 東起鰂魚涌海裕街: a street
    return sorted(set(out))  # 衡阳市南岳区南岳镇: the city's chain and the district's reach the same town
