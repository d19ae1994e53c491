"""Folded Chinese text → bodies of a development zone written with the zone's second name in brackets, and a
province's or city's working committee or office for a named place.

A Mainland zone that is also a pilot free-trade area is run by one body under both names (一个机构两块牌子): the
report writes the zone, the area's other name in brackets, then the body (开发区（自贸试验区）党工委, 高新区（经开区）
管委会, 开发区（自贸区某某片区）管委会). The whole is ONE institution: the bracket belongs inside its name (issue 14:
one row per real thing), and the zone in the bracket is no place of its own there. A province or city that sets up a
working committee and an office for one area names them by level + place + 工委 / 办 (省某某工委, 省某某办: the
provincial party working committee and the provincial office for that area): one institution each, the place inside
it not listed by itself (GUIDELINES-zh 11). Rules: entities_zh.json "zone_bodies".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipeline.extract.entities.site_companies_zh import site_companies

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=4)
def _zone_pattern(zone_ends: tuple[str, ...], body_suffixes: tuple[str, ...], max_before: int,
                  max_inner: int) -> re.Pattern[str]:
    zones = "|".join(re.escape(z) for z in sorted(zone_ends, key=len, reverse=True))
    bodies = "|".join(re.escape(b) for b in sorted(body_suffixes, key=len, reverse=True))
    return re.compile(rf"([{_CJK}]{{0,{max_before}}}?(?:{zones}))[（(]([{_CJK}]{{1,{max_inner}}}?"
                      rf"(?:{zones}))[）)](?:{bodies})")


@lru_cache(maxsize=4)
def _office_pattern(levels: tuple[str, ...], suffixes: tuple[str, ...], max_place: int,
                    not_after: tuple[str, ...]) -> re.Pattern[str]:
    ends = "|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True))
    # 某某办事处 / 某某办公室 / 某某办理: a longer word, not the short office name
    return re.compile(rf"[{''.join(levels)}]([{_CJK}]{{2,{max_place}}}?)(?:{ends})(?![{''.join(not_after)}])")


def zone_bodies(folded: str, start: int, end: int, boundary: set[str], lead_length: Callable[[str], int],
                rules: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of zone bodies written with a bracketed second name (开发区（自贸试验区）党工委); `lead_length`
    counts the clause-opening words that start the run before the bracket (同时受 + 开发区: 'also entrusted by')."""
    pattern = _zone_pattern(tuple(rules["zone_ends"]), tuple(rules["body_suffixes"]), int(rules["max_before"]),
                            int(rules["max_inner"]))
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(folded, start, end):
        head = m.group(1)
        # the name starts after the last boundary character in the run before the bracket (和开发区 → 开发区)
        cut = max((i + 1 for i, c in enumerate(head) if c in boundary), default=0)
        s = m.start(1) + cut
        s += lead_length(folded[s:m.end(1)])
        if folded[s:s + 1] in rules["lead_singles"]:
            s += 1  # 受开发区（…）管委会的委托: 'entrusted by' the body
        if s >= m.end(1) or any(c in boundary for c in m.group(2)):
            continue
        out.append((s, m.end()))
    return out


def place_offices(folded: str, start: int, end: int, is_place: Callable[[str], bool],
                  rules: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of a level + a known place's name + working committee / office (省某某工委, 省某某办)."""
    q = rules["place_offices"]
    pattern = _office_pattern(tuple(q["levels"]), tuple(q["suffixes"]), int(q["max_place"]), tuple(q["not_after"]))
    return [(m.start(), m.end()) for m in pattern.finditer(folded, start, end) if is_place(m.group(1))]


def zone_spans(folded: str, start: int, end: int, places: list[tuple[int, int]], boundary: set[str],
               lead_length: Callable[[str], int], is_place: Callable[[str], bool], rules: dict[str, Any]) -> list[tuple[int, int]]:
    """Every institution span of this module and of site_companies in folded[start:end] (`rules`: the whole rule file)."""
    zones = rules["zone_bodies"]
    return zone_bodies(folded, start, end, boundary, lead_length, zones) + place_offices(folded, start, end, is_place, zones) \
        + site_companies(folded, places, rules)
