"""Folded Chinese text + name matches → the matches less countries that only name a language (葡萄牙语, 西班牙语系).

A country's name before 语 names its language (葡萄牙语 'Portuguese'), and countries joined by a slash or 、 share
that head (葡萄牙/西班牙语系国家 'Portuguese- and Spanish-speaking countries'): a demonym-like use, no mention of
the country (GUIDELINES: demonyms and adjectives are no places). Rules are data (entities_zh.json "languages").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def drop_languages(folded: str, matches: list[Match], kind_of: Callable[[str], str], rules: dict[str, Any]) -> list[Match]:
    heads, joiners, kinds = tuple(rules["heads"]), rules["joiners"], set(rules["place_types"])
    places = sorted((m for m in matches if m.label == "PLACE" and kind_of(m.entity) in kinds), key=lambda m: -m.start)
    dropped: set[int] = set()
    for m in places:  # right to left: 葡萄牙/西班牙语 drops 西班牙 first, then 葡萄牙 before it
        nxt = next((x for x in places if id(x) in dropped and x.start == m.end + 1), None)
        if folded.startswith(heads, m.end) or (folded[m.end:m.end + 1] in joiners and nxt is not None):
            dropped.add(id(m))
    return [m for m in matches if id(m) not in dropped]
