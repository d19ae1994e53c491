"""Folded Chinese text + matches → the matches less the places that open a works project's name (环某湾某省水资源配置工程).

DECISIONS 21: places inside a plan's or project's designation are not listed (南渡江引水: no 南渡江). A Mainland
water-works project is named by the region it serves and what it moves (珠三角水资源配置工程, 粤东水资源优化配置工程,
环北部湾广东水资源配置一期, 滇中引水工程): the region, then maybe a province, then an object word of
"works_names"/"objects" (水资源, 引水, 供水 …), the stretch running to the next boundary holding a works head (工程,
项目, a phase 一期). Such a place names the project, not an area the text speaks about; the same region standing
alone (粤东地区发展) stays a place. Only object words make the name: 广州重点项目 ('Guangzhou's key projects') keeps
its city. A works note in brackets lists what a project includes (（含某某水库扩建）): 含 / 包括 ('including') right
after the bracket opens the note, no part of the name after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

_INCLUDING = ("含", "包括", "包含")
_WORKS_AFTER = re.compile(r"(?:扩建|改建|新建|续建|建设|工程|项目|一期|二期|三期)")
_BOUNDARY = "，,。；;：:、！？!?（()）“”「」\n 和及与"


def drop_works_places(folded: str, rules: dict[str, Any], matches: list[Any]) -> list[Any]:
    """`matches` (chinese.Match) less the places that open a water-works project's name (DECISIONS 21)."""
    works = rules.get("works_names")
    if not works:
        return matches
    opening, head = _patterns(tuple(works["objects"]), works["head"], tuple(works.get("between", ())))
    places = {m.start: m.end for m in matches if m.label == "PLACE"}
    out = []
    for m in matches:
        if m.label == "PLACE":
            e = m.end
            while e in places:  # 环北部湾广东水资源…: a province between the region and the object word
                e = places[e]
            j = e
            while j < len(folded) and folded[j] not in _BOUNDARY:
                j += 1
            if opening.match(folded, e, j) and head.search(folded, e, j):
                continue
        out.append(m)
    return [_past_including(folded, m) for m in out]


@lru_cache(maxsize=4)
def _patterns(objects: tuple[str, ...], head: str, between: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening of a works name (an object word, maybe after the province the works serve, `between`:
    环北部湾广东水资源…; no two free characters, which take a verb: 广州推进供水管网改造工程) and its works head."""
    return re.compile(r"(?:(?:%s)省?)?(?:%s)" % ("|".join(map(re.escape, between)) or "(?!)",
                                                "|".join(map(re.escape, objects)))), re.compile(head)


def _past_including(folded: str, m: Any) -> Any:
    """（含某某水库扩建）: an unknown place the scan began at 含 starts after it, in a note of works (扩建, 工程 …
    after the name; （含山经济开发区） may be a county's zone)."""
    if m.label != "PLACE" or m.entity.startswith("id:") or m.start == 0 or folded[m.start - 1] not in "（(" or \
            not _WORKS_AFTER.match(folded, m.end):
        return m
    word = next((w for w in _INCLUDING if folded.startswith(w, m.start) and m.end - m.start - len(w) >= 3), "")
    if not word:
        return m
    entity = "name:" + folded[m.start + len(word):m.end] if m.entity.startswith("name:") else m.entity
    return replace(m, start=m.start + len(word), entity=entity)
