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
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StreetRules:
    """The "address_streets" rules, read once: the kinds an address locates, street ends, the name a street must
    leave before the kind word, the house number."""
    kinds: tuple[str, ...]
    ends: str
    keep: int
    number: re.Pattern[str]


def street_rules(rules: dict[str, Any]) -> StreetRules | None:
    """The rules of `street_end` from entities_zh.json's "address_streets" (None: no rules)."""
    if not rules:
        return None
    return StreetRules(tuple(rules["kinds"]), str(rules["street_ends"]), int(rules["min_after"]),
                       re.compile(str(rules["house_number"])))


def street_end(body: str, suffix: str, rules: StreetRules | None, generic: frozenset[str] | set[str] = frozenset()) -> int:
    """How many characters of `body` (written right after a known place) an address's street and number take (0: none);
    a rest that is a generic word (寵物 of 寵物公園: a kind) leaves the street in the site's name."""
    if rules is None or not suffix.endswith(rules.kinds):
        return 0  # 東邊街北海濱公園, 卑路乍灣海濱長廊: a park or promenade is named after its street
    for i in range(len(body) - 1, 0, -1):
        if body[i] in rules.ends:
            k = i + 1
            m = rules.number.match(body, k)
            k = m.end() if m else k
            if (len(body) - k >= rules.keep and body[k:] not in generic) or (m and k == len(body)):
                return k
    return 0
