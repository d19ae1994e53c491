"""Folded Chinese text + known Hong Kong places in it → compass-named areas written before them (北大嶼山, 東北大嶼山)
and numbered areas written after them (將軍澳第137區).

Hong Kong names a part of a larger area by a compass point written before it: 北大嶼山 (North Lantau) and
東北大嶼山 are planning areas of their own, not Lantau Island, as 西九龍 and 東九龍 are not Kowloon.
(A compass point written after a name locates a site within it and stays an alias of that place:
屯門西 → 屯門, DECISIONS rule 24: `compass_after` gives the span with the compass point, pointing to the place.) The compass word must start after a boundary, so 以北 or 西北部
inside a phrase are left alone. Rules are data (pipeline/data/entities_zh.json, "compass_places").
"""

from __future__ import annotations

import re
from typing import Any

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def compass_places(folded: str, start: int, known: list[tuple[int, int, str]], boundary: set[str],
                   rules: dict[str, Any], verbs: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of compass word + known place, for the known places (start, end, country code) given;
    the compass word starts after a boundary or a verb (加強北大嶼山)."""
    words = sorted(rules["words"], key=len, reverse=True)
    out = []
    for s, e, country in known:
        if country not in rules["countries"] or e - s < int(rules["min_name"]):
            continue
        w = next((w for w in words if s - len(w) >= start and folded.startswith(w, s - len(w))), "")
        b = s - len(w)
        if w and (b == 0 or folded[b - 1] in boundary or not _CJK.match(folded[b - 1]) or
                  folded.endswith(verbs, start, b)):
            out.append((b, e))
    return out


def compass_after(folded: str, end: int, known: list[tuple[int, int, str]], boundary: set[str],
                  rules: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(start, end, place end) of known place + one compass point before a boundary (羅湖南、): a part of
    the place, an alias of it (DECISIONS 24); the place's own end is given so the span can point to it (-1 where
    the place's name ends in a compass point too: 新界東北 names an area of its own)."""
    out = []
    for s, e, country in known:
        if country in rules["countries"] and e < end and folded[e] in rules["after"] and \
                (e + 1 >= end or folded[e + 1] in boundary or not _CJK.match(folded[e + 1])):
            # 新界東 + 北: two compass points make one direction (東北), so 新界東北 is an area of its own
            out.append((s, e + 1, -1 if folded[e - 1] in rules["after"] else e))
    return out


def numbered_areas(folded: str, end: int, known: list[tuple[int, int, str]], rules: dict[str, Any]
                   ) -> list[tuple[int, int, int]]:
    """(start, end, place end) of known place + a planning area's number (將軍澳第137區, 屯門第54區: Tseung Kwan
    O Area 137): a site located within the place, so an alias of it (DECISIONS 24), as 屯門西 is; the span takes
    the number, so the row names the area as written (`numbered_area` of "compass_places")."""
    pattern = re.compile(rules["numbered_area"])
    out = []
    for s, e, country in known:
        m = pattern.match(folded, e, end) if country in rules["countries"] else None
        if m:
            out.append((s, m.end(), e))
    return out
