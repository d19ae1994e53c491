"""Folded Chinese text + a document's final matches → a company's base or factory named by the company (某某集团肇庆基地).

A work report lists the projects it builds by their owner, the place or region they serve, and the kind of site:
某某集团肇庆基地, 某某华南基地, 某某微波炉顺德工厂, 某某南方总部基地, 某某华南电子商务总部. Such a name is a named
facility the text presents as built (动工, 加快建设, 入选), a place (DECISIONS 17; the held-back golds list company
production bases as places); the company and the place inside it are no mentions of their own (DECISIONS 21), as in a
project's name. The name reads: an owner (the company's name, two to six characters after an edge: a boundary, a
separator, or the clause words a body may open with, suffix_zh.lead_length), a known place or region right after it,
a short body of the base's trade (电子商务, at most `max_body` characters), and a site's kind (`ends`: 生产基地, 基地,
工厂, 总部, …). An owner that is an ordinary word (企业, 国家, 龙头: zh_frequent_words; `not_owners`), holds a known
place (广州华南基地 is no company's) or ends in a boundary character (下午在 + 某地总部) names no company, unless a
company read there (华为: 为 is a boundary character); a body that counts (某地一座工厂) names no site. A site's kind
written after another (某航某省基地总部, 'the base's headquarters') ends one name: the longest (session 27).
Rules: entities_zh.json "company_sites".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.word_bounds_zh import frequent_words

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LEVELS = "区县市"
_COUNTED = frozenset("一二两三四五六七八九十百千万几多每各该这那此座个家间所")


@lru_cache(maxsize=4)
def _ends(ends: tuple[str, ...]) -> Any:
    return re.compile("|".join(re.escape(e) for e in sorted(ends, key=len, reverse=True)))


def company_sites(folded: str, matches: list[Match], rules: dict[str, Any], names: Any, boundary: set[str],
                  place_id: Callable[[str], str]) -> list[Match]:
    """`matches` with each company's base named by owner + place + body + kind made one place (see the module);
    `place_id`: the id a folded name is known by ('' if none); a region of the country (`regions`: 华南, 华东), a
    place already read there or a district's, county's or county-level city's short form (顺德 for 顺德区) serves as
    the place. Read where a site's kind is written only."""
    if not any(e in folded for e in rules["ends"]):
        return matches
    longest, most, not_owners = int(rules["max_owner"]), int(rules["max_body"]), tuple(rules.get("not_owners", ()))
    frequent = frequent_words()
    regions = frozenset(rules.get("regions", ()))
    starts = {m.end: m.start for m in matches if m.label == "PLACE"}  # 顺德 read as the district's short form
    bodies = {m.end: m.start for m in matches if m.label == "INSTITUTION"}  # 华为: a frequent word, a company here
    listed = {m.end: m.start for m in matches if m.label == "INSTITUTION" and m.entity}  # 国家电投: a gazetteer company

    def known(a: int, b: int) -> bool:  # 顺德: a district's or a county's short form names its base too (某集团顺德基地)
        return bool(place_id(folded[a:b])) or folded[a:b] in regions or starts.get(b) == a or \
            b - a == 2 and folded[a:b] not in frequent and any(place_id(folded[a:b] + level) for level in _LEVELS)

    def valid(owner: str, start: int) -> bool:  # no place inside the owner (位于广州的 + 华南基地: no company)
        read = bodies.get(place) == start  # a company read there (华为)
        return 2 <= len(owner) <= longest and (read or not _words_only(owner, frequent)) and \
            (listed.get(place) == start or not any(w in owner for w in not_owners)) and (read or owner[0] not in boundary and
                                                          owner[-1] not in boundary) and \
            (listed.get(place) == start or not any(place_id(owner[j:j + n]) for n in (2, 3, 4)
                                                    for j in range(len(owner) - n + 1)))
    new: list[Match] = []
    for kind in _ends(tuple(rules["ends"])).finditer(folded):
        place = _place_before(folded, kind.start(), most, known, boundary)
        if place < 0:
            continue
        k = place
        while k > 0 and place - k < longest + 4 and _CJK.match(folded[k - 1]):
            k -= 1
        run = folded[k:place]  # from the clause's edge (美的微波炉: 的 inside the company's name)
        cut = max((n + 1 for n, c in enumerate(run) if c in boundary), default=0)
        owners = [run[names.lead_length(run):], run[cut:][names.lead_length(run[cut:]):]]
        if place - bodies.get(place, place) >= 2:  # the company read there first (比亚迪: 比 is no lead here)
            owners.insert(0, folded[bodies[place]:place])
        owner = next((o for o in owners if valid(o, place - len(o))), "")
        if owner:
            new.append(Match(place - len(owner), kind.end(), "", "PLACE", "", "", {"suffix": "1"}))
    if not new:
        return matches
    new = [n for n in new if not any(o is not n and o.start <= n.start and n.end <= o.end for o in new)]  # 基地总部: one
    inside = [(n.start, n.end) for n in new]
    kept = [x for x in matches if not any(s <= x.start and x.end <= e for s, e in inside)]
    return sorted(kept + new, key=lambda x: x.start)


def _words_only(owner: str, frequent: frozenset[str]) -> bool:
    """Whether the owner is frequent words only (数字经济, 粮食储备, 新兴产业: a sector, no company's name)."""
    ends = {0}
    for i in range(1, len(owner) + 1):
        if any(i - n in ends and owner[i - n:i] in frequent for n in (2, 3)):
            ends.add(i)
    return len(owner) in ends


def _place_before(folded: str, s: int, most: int, known: Callable[[int, int], bool], boundary: set[str]) -> int:
    """Where the known place right before the site's body (at most `most` characters) and kind at s starts; -1."""
    for body in range(most + 1):
        e = s - body
        if e < 2 or body and not all(_CJK.match(c) and c not in boundary and c not in _COUNTED for c in folded[e:s]):
            return -1  # 某地一座工厂: a counted factory, no name
        for n in (4, 3, 2):
            if e - n >= 0 and known(e - n, e):
                return e - n
    return -1
