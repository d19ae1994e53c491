"""Folded Chinese text + gazetteer matches → the bare 政协 of a list whose first body carries the level
(区人大、政协; 市人大和政协; 全國人大或政協: the national committee, a gazetteer entry).

A Mainland report thanks the congress and the political consultative conference of its own level together and
writes the level once: 在区人大、政协的监督支持下 is the district congress and the district CPPCC committee. The bare
政协 there is the same level's committee (区政协), one mention of it; a member's title after it (政协委员) names no
body (a post title, session 10). Rules: entities_zh.json "shared_levels".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _tail(bare: tuple[str, ...], first_tails: tuple[str, ...], joiners: str, not_after: tuple[str, ...]) -> re.Pattern[str]:
    """The joiner and bare body after a listed body (、政协), once per process."""
    return re.compile(rf"(?:{'|'.join(re.escape(t) for t in first_tails)})?[{joiners}]({'|'.join(re.escape(b) for b in bare)})"
                      rf"(?!{'|'.join(not_after)})")  # regex: 委员(?!会)


def shared_level_bodies(folded: str, matches: list[Match], specials: dict[str, str], rules: dict[str, Any]) -> list[Match]:
    """`matches` with a Match added for each bare body that takes the level of the body listed before it."""
    q = rules["shared_levels"]
    tail = _tail(tuple(q["bare"]), tuple(q["first_tails"]), str(q["joiners"]), tuple(q["not_after"]))
    taken = {(m.start, m.end) for m in matches}
    added: list[Match] = []
    for m in matches:
        level = next((lv for lv in q["levels"] if m.alias == lv + q["first"]), "")
        t = tail.match(folded, m.end) if level else None
        if t is None or (t.start(1), t.end(1)) in taken:
            continue
        alias = level + t.group(1)
        named = q.get("named", {}).get(alias, "")  # 全国人大或政协: the national committee, a gazetteer entry
        added.append(Match(t.start(1), t.end(1), "id:" + named, "INSTITUTION", alias) if named else
                     Match(t.start(1), t.end(1), "", "", alias, specials.get(alias, "")))
    return sorted(matches + added, key=lambda x: x.start)
