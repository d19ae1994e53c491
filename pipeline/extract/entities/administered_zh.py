"""Folded Chinese text + a document's matches → the settlements a division lists as those it administers (辖甲、乙…N个社区).

A town's or a county's profile (a yearbook entry, an overview page) lists the units it administers by their short
names and then says how many there are and of which kind: 辖永宁、新市…15个社区, 辖甲东、甲西…10个村民委员会. The
names carry no suffix of their own; the count and the kind after the list make each of them a community, a village or
a town, a place (as the items of a list before 等 + a count of villages are: session-21 ruling). Read only where the
list opens right after 辖 (下辖, 管辖) or 下设 and the count written after it equals the number of items listed, so the
count vouches for the list; an item that a name already read overlaps keeps that name. A profile often lists a second
kind right after the first in the same clause (辖甲、乙…16个行政村和丙、丁3个社区): a list joined to the end of a
counted list by 和 / 及 / 、 (rules "joiners") is read the same way, with its own count and kind. Rules: entities_zh.json
"administered_lists".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@lru_cache(maxsize=4)
def _pattern(openers: tuple[str, ...], kinds: tuple[str, ...], longest: int) -> re.Pattern[str]:
    item = f"[\u4e00-\u9fff]{{2,{longest}}}?"
    kind = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    # 辖甲、乙、丙等3个社区: 等 closes the list before its count, no item's last character
    return re.compile(f"(?:{'|'.join(map(re.escape, openers))})((?:{item}、)+{item})等?"
                      f"([0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})个(?:{kind})")


def _number(written: str) -> int:
    if written.isdigit():
        return int(written)
    if written.startswith("十"):  # 十二: 12
        return 10 + (_DIGITS.get(written[1:], 0) if len(written) > 1 else 0)
    if "十" in written:  # 二十, 二十三
        tens, _, ones = written.partition("十")
        return _DIGITS.get(tens, 0) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    return _DIGITS.get(written, 0)


def administered_lists(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` and a place for each item of an administered list whose count agrees (see the module)."""
    openers = tuple(rules.get("openers", ()))
    if not any(o in folded for o in openers):  # 辖, 下设
        return matches
    taken = [(m.start, m.end) for m in matches]
    new: list[Match] = []
    kinds, longest = tuple(rules["kinds"]), int(rules["max_item"])
    joined = _pattern(tuple(rules.get("joiners", ())), kinds, longest) if rules.get("joiners") else None
    for first in _pattern(openers, kinds, longest).finditer(folded):
        lst: re.Match[str] | None = first
        while lst is not None and _counted(lst):
            new.extend(_items(lst, taken))
            # 辖甲、乙…16个行政村和丙、丁3个社区: a second counted list joined right after the first
            lst = joined.match(folded, lst.end()) if joined is not None else None
    return sorted(matches + new, key=lambda m: m.start) if new else matches


def _counted(lst: re.Match[str]) -> bool:
    items = lst.group(1).split("、")
    return len(items) >= 2 and len(items) == _number(lst.group(2))


def _items(lst: re.Match[str], taken: list[tuple[int, int]]) -> list[Match]:
    out: list[Match] = []
    s = lst.start(1)
    for item in lst.group(1).split("、"):
        e = s + len(item)
        if not any(a < e and s < b for a, b in taken):
            out.append(Match(s, e, "", "PLACE", "", "", {"listed": "1"}))
        s = e + 1
    return out
