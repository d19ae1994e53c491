"""An unknown place name's body → where a street address in it ends (香港花園道美利大廈: the building is 美利大廈).

A Hong Kong address runs from the area through the street and its number to the building: 香港花園道美利大廈,
香港添馬添美道二號政府總部. After a known place, a street's name (a body ending in 道 / 路 / 街, with a house number
or not) is a level of the address, no part of the building's name: the name starts after the street (and its
number). A street's name right before the kind word is the site's own name (蝴蝶谷道寵物公園, 士美菲路休憩處: the
street names the site: only the kinds an address locates, buildings and offices, take it; 東邊街北海濱公園), so the street must leave at least `min_after` characters of name before the kind word, and
no generic word (蝴蝶谷道寵物公園: 寵物公園 is a kind of park).
Rules are data (pipeline/data/entities_zh.json, "place_names": "address_streets").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=4)
def _number(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def street_end(body: str, suffix: str, rules: dict[str, Any], generic: frozenset[str] | set[str] = frozenset()) -> int:
    """How many characters of `body` (written right after a known place) an address's street and number take (0: none);
    a rest that is a generic word (寵物 of 寵物公園: a kind) leaves the street in the site's name."""
    if not rules or not suffix.endswith(tuple(rules["kinds"])):
        return 0  # 東邊街北海濱公園, 卑路乍灣海濱長廊: a park or promenade is named after its street
    ends = str(rules["street_ends"])
    keep = int(rules["min_after"])
    number = _number(str(rules["house_number"]))
    for i in range(len(body) - 1, 0, -1):
        if body[i] in ends:
            k = i + 1
            m = number.match(body, k)
            k = m.end() if m else k
            if (len(body) - k >= keep and body[k:] not in generic) or (m and k == len(body)):
                return k
    return 0
