"""Folded Chinese text + matches → the matches with 泛 + a known region read as the wider region it names (泛北部湾).

泛 ('pan-') before a region names the larger region around it, another place (Pan-Beibu Gulf, the Gulf's rim
states; 泛珠三角, the nine provinces around the Pearl River Delta, is a gazetteer entry): the region written after
泛 is no mention of its own. 泛 ends words too (广泛 'widely', 宽泛, 空泛): there it is no prefix.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

_WORD_ENDS = "广宽空浮"  # 广泛, 宽泛, 空泛, 浮泛: 泛 closes the word
_REGION_TYPES = ("region", "body of water")


def pan_regions(folded: str, matches: list[Any], type_of: Any) -> list[Any]:
    """`matches` (chinese.Match) with each known region right after 泛 widened to 泛 + region, a name of its own."""
    out = []
    for m in matches:
        s = m.start
        if m.label == "PLACE" and s > 0 and folded[s - 1] == "泛" and (s < 2 or folded[s - 2] not in _WORD_ENDS) and \
                m.entity.startswith("id:") and type_of(m.entity[3:]) in _REGION_TYPES:
            m = replace(m, start=s - 1, entity="", alias="", extra={**m.extra, "pan": "1"})
        out.append(m)
    return out
