"""Chinese matches of one document → suffix-built crossing names that are a known crossing's own name + 口岸.

A boundary crossing's entry (type "border port": 文錦渡, 香園圍) is the control point itself, so 文錦渡口岸 or
文錦渡管制站 names the same place, and is an alias of it, as a locating suffix makes one (DECISIONS 24). A known
area + 口岸 (沙頭角口岸, the crossing named after the town) is a place of its own, as a station is beside the area
it is named after (DECISIONS 16). Rules are data (pipeline/data/entities_zh.json, "crossing_aliases").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def crossing_aliases(folded: str, matches: list[Match], entry_of: Callable[[str], Any],
                     rules: dict[str, Any]) -> list[Match]:
    """`matches` with each unknown crossing name that is a known crossing + a crossing word made that entry's."""
    words = sorted(rules["words"], key=len, reverse=True)
    types = set(rules["types"])
    for m in matches:
        if m.label != "PLACE" or m.entity or "suffix" not in m.extra:
            continue
        surface = folded[m.start:m.end]
        word = next((w for w in words if surface.endswith(w)), "")
        name = surface[:len(surface) - len(word)].strip() if word else ""
        entry = entry_of(name) if name else None
        if entry is not None and entry.type in types:
            m.entity, m.alias = f"id:{entry.id}", name
    return matches


def new_crossings(folded: str, matches: list[Match], rules: dict[str, Any], boundary: set[str],
                  verbs: tuple[str, ...]) -> list[Match]:
    """新横琴口岸, 新皇岗口岸: a crossing built to replace the old one is named by 新 + the old name; 新 is part of the
    name (the mention's span takes it) and the place stays the crossing's. Only where 新 itself starts the name:
    after a boundary, a non-Chinese character or a verb (推动新横琴口岸通关); 更新口岸 is no new crossing."""
    words = tuple(rules["words"])
    prefix = str(rules["new_prefix"])
    for m in matches:
        k = m.start - len(prefix)
        if m.label != "PLACE" or k < 0 or not folded.startswith(prefix, k) or \
                not folded[m.start:m.end].endswith(words):
            continue
        if k == 0 or folded[k - 1] in boundary or not ("\u4e00" <= folded[k - 1] <= "\u9fff") or \
                folded.endswith(verbs, 0, k):
            m.start = k
    return matches
