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
