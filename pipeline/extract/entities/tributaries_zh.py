"""A clause + its known names → an unknown river named right after the word that calls it a tributary (北江支流某江).

A text names a small river by its place in a river system: 某江支流某某河 ('the 某某河, a tributary of 某江'). The word
before the name says it is a river, whatever else the clause is about, as a bank or a reach after a name does
(water_zh._banked). The name is 1..`max_body` characters + 江/河/溪 (the shortest such run: 支流某江之源 ends at 江), no
generic word (河道, 江河: "not_names", "not_in_body") and crosses no name already found. Rules: entities_zh.json
"water_names" ("tributary_before").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=2)
def _pattern(before: tuple[str, ...], most: int, suffixes: str) -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(map(re.escape, before))})([\u4e00-\u9fff]{{1,{most}}}?[{suffixes}])")


def tributaries(clause: str, cs: int, spans: list[tuple[int, int, bool]], rules: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of the unknown rivers a tributary word names in `clause` (which starts at `cs`)."""
    before = tuple(rules.get("tributary_before", ()))
    if not before or not any(w in clause for w in before):
        return []
    not_opening = tuple(rules.get("tributary_not_opening", ()))
    out: list[tuple[int, int]] = []
    for m in _pattern(before, int(rules["max_body"]), str(rules.get("tributary_suffixes", "江河"))).finditer(clause):
        name, s, e = m.group(1), cs + m.start(1), cs + m.end(1)
        if name in rules["not_names"] or any(v in name for v in rules["not_in_body"]) or \
                any(c in rules["bank_not_in_body"] for c in name[:-1]) or name.startswith(not_opening) or \
                any(a < e and s < b and not (a - s == 1 and b == e) for a, b, _ in spans):
            continue  # 支流河道, 支流众多, 支流汇入珠江: no name; a known name there keeps its span, unless it ends the
            # river's after one character (秋香江: 香江)
        out.append((s, e))
    return out


def longer_rivers(found: list[tuple[int, int]], rivers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`found` with each tributary's name in place of the waters found inside it (秋香江 holds the name 香江)."""
    if not rivers:
        return found
    rivers = [r for r in rivers if not any(a <= r[0] and r[1] <= b and (a, b) != r for a, b in found)]
    return [f for f in found if not any(s <= f[0] and f[1] <= e for s, e in rivers)] + rivers
