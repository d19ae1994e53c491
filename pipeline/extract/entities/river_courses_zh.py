"""Folded Chinese text + a document's matches → a river a local text names right before a word of its course
(地处敖江上游, 某溪流域).

A local profile locates its town on its river: 地处敖江上游, 位于某河下游, 某溪流域. The river's name (1-3 characters +
江 / 河 / 溪) is often in no word list (water_zh reads the rivers jieba knows, and unknown ones only in a list of
rivers), but glued to 上游 / 中游 / 下游 / 流域 / 干流 / 沿岸 it can only be a river: the course word needs a river
before it. The name starts after a boundary, a known name or the clause's verb (地处, 位于: SuffixNames.left_edge); a
generic word, also ending a longer run (大河, 江河, 市区沿河: water_names "not_names"), a body word of water_names "not_in_body" (治理, 黑臭 …) or a
determiner (该河上游, 全江流域) names no river; a name ending in 江河 after its own body (增江河畔, 某江河边) is a
river named so, not the generic 江河. Rules: entities_zh.json "river_courses" (and "water_names").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=4)
def _pattern(ends: str, courses: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(c) for c in sorted(courses, key=len, reverse=True))
    return re.compile(f"[{re.escape(ends)}](?={alt})")


def river_courses(folded: str, matches: list[Match], rules: dict[str, Any], water: dict[str, Any], names: Any) -> list[Match]:
    """`matches` with each unknown river written right before a word of its course (see the module)."""
    if not rules or names is None:
        return matches
    not_names, not_in = set(water.get("not_names", ())), tuple(water.get("not_in_body", ()))
    new: list[Match] = []
    for k in _pattern(str(rules["ends"]), tuple(rules["courses"])).finditer(folded):
        e = k.end()
        floor = max([max(0, e - 4 - int(rules["max_body"]))] + [m.end for m in matches if m.end < e])  # room for 地处
        s = names.left_edge(folded, k.start(), floor)
        name = folded[s:e]
        core = name[:-1] if name.endswith("江河") and len(name) >= 3 else name  # 增江河畔: the river 增江, written 增江河
        if not 2 <= len(name) <= int(rules["max_body"]) + 1 or core in not_names or core[-2:] in not_names or any(w in core for w in not_in) or \
                name[0] in rules["not_first"] or not all(re.match(f"[{_CJK}]", c) for c in name) or \
                any(m.start < e and s < m.end for m in matches):
            continue  # 该河上游, 沿江两岸: no river's name; a name found there stays
        new.append(Match(s, e, "", "PLACE", "", "", {"river_course": "1"}))
    return sorted(matches + new, key=lambda m: m.start) if new else matches
