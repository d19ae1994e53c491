"""Folded Chinese text + the prefectures it names → the short names of their counties and districts (茂南, 斗门).

A district's short name alone (茂南 for 茂南区) is too often part of other words to be matched everywhere,
but in a document that names its prefecture (茂名) a report writes its districts that way: 开通茂南至电白、
高州公交. So the short names (gazetteer_zh_divisions.jsonl `zh_local`) count only where an earlier match
names their prefecture, and only where no other name covers them.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from pipeline.lang import fold

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class LocalNames:
    """Index of (prefecture id → its districts' folded short names); `find` is called per document."""

    def __init__(self, local: tuple[tuple[str, str, str], ...],
                 bounded: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.by_parent: dict[str, list[tuple[str, str]]] = {}
        # (folded short name, id) of names that also are ordinary words (朝阳): a boundary on both sides
        self.both_sides = {(fold(a), eid) for a, eid in bounded}
        seen: set[tuple[str, str]] = set()
        for alias, eid, parent in local:
            key = fold(alias)
            if parent and (key, eid) not in seen:
                seen.add((key, eid))
                self.by_parent.setdefault(parent, []).append((key, eid))

    def find(self, folded: str, named: set[str], taken: list[tuple[int, int]], boundary: set[str]
             ) -> list[tuple[int, int, str, str]]:
        """(start, end, entry id, folded alias) of the short names of the districts of the named prefectures,
        written next to a boundary on at least one side (文临高速 abbreviates two names: no 临高 in it)."""
        def edge(text: str, i: int) -> bool:
            return i < 0 or i >= len(text) or text[i] in boundary or not _CJK.match(text[i])

        out: list[tuple[int, int, str, str]] = []
        spans = list(taken)
        grown = True
        while grown:  # 惠阳博罗: a short name right after another name found (a second pass) starts after an edge
            grown = False
            for parent in sorted(named & set(self.by_parent)):
                for key, eid in self.by_parent[parent]:
                    i = folded.find(key)
                    while i >= 0:
                        e = i + len(key)
                        both = (key, eid) in self.both_sides
                        after = any(t == i for _, t in spans)
                        if not any(s < e and i < t for s, t in spans) and (
                                (edge(folded, i - 1) and edge(folded, e)) if both else
                                (edge(folded, i - 1) or edge(folded, e) or after)):
                            out.append((i, e, eid, key))
                            spans.append((i, e))
                            grown = True
                        i = folded.find(key, e)
        return sorted(out)


def join_sites(folded: str, matches: list, separate: tuple[str, ...], longest: int,  # type: ignore[type-arg]
               leads: Callable[[Any, dict[int, Any]], bool], clear_alias: bool = False) -> list:  # type: ignore[type-arg]
    """`matches` with each match that `leads` a site built on a suffix (no known entity, not ending in one of
    `separate`, at most `longest` characters) and ends where the site starts joined into that site: one PLACE match
    from the leader's start (join_local_sites, town_sites_zh.join_town_sites). `leads` sees the match and the sites
    by start."""
    sites = {m.start: m for m in matches if m.label == "PLACE" and "suffix" in m.extra and not m.entity
             and not folded[m.start:m.end].endswith(separate)}
    joined = set()
    for m in matches:
        site = sites.get(m.end) if leads(m, sites) else None
        if site is not None and site.end - site.start <= longest:
            site.start = m.start
            if clear_alias:
                site.alias = ""
            joined.add(id(m))
    return [m for m in matches if id(m) not in joined]


def join_local_sites(folded: str, matches: list, separate: tuple[str, ...], max_body: int) -> list:  # type: ignore[type-arg]
    """龙华九龙山智能科技城: a district's short name (found once the text names its prefecture) written right before a
    site built on a suffix names that site with it, one place, as a known place before a name body does
    (suffix_zh.from_known); a town or village after it (斗门白蕉镇) stays a place of its own."""
    return join_sites(folded, matches, separate, max_body + 4, lambda m, _sites: "local" in m.extra)
