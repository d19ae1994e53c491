"""Folded Chinese text + name matches → the bodies a head word shared over a list of divisions makes (广州市和东莞市
公安局, 辽宁、浙江、山东、广东4省政府): one body per division.

Chinese writes the head of several bodies once, after the last division of a list: 广州市和东莞市公安局 are the
police bureaux of both cities, 辽宁、浙江、山东、广东4省政府 the governments of the four provinces. Each division
of the list names its own body, and the division inside it is no place mention of its own (GUIDELINES-zh 11).
- a body built on the last division (a department or a level body: departments_zh, bodies_zh) gives the
  same body to each division of the same type listed right before it (with 、 和 及 与);
- a level-only body (省政府, 市人民政府) right after a count of that level (4省, 两市) and a list of divisions of
  that level gives one body per division of the list, as many as counted.
Rules: entities_zh.json "coordinated_heads" (the joining marks) with relative_bodies / relative_levels.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_COUNT = re.compile(r"(?:[0-9]{1,2}|[两二三四五六七八九十]{1,2})$")
_COUNTED = re.compile(r"[两二三四五六七八九十]{1,2}(?:市|地|个城市)$")
_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def shared_heads(folded: str, matches: list[Match], entry_of: Any, names_of: dict[str, set[str]],
                 rules: dict[str, Any], index: dict[str, str] | None = None) -> list[Match]:
    """The block's matches with each division of a list before a shared head made that head's body.

    `index` (folded alias → entry id) lets a known body written on the last division (东莞市政府, a gazetteer
    name) share its head too: 广州、深圳、东莞市政府 are the three cities' governments."""
    joins = set(rules["coordinated_heads"]["joins"])
    matches = listed_councils(folded, matches, entry_of, joins, rules)  # 元朗和離島區議會
    levels: dict[str, list[str]] = rules["relative_levels"]

    def division(m: Match) -> Any:
        entry = entry_of(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None
        return entry if entry is not None and entry.country_code in rules["division_bodies"]["countries"] else None

    def listed_before(n: int, start: int, types: set[str]) -> list[int]:
        """Indexes of the divisions of `types` listed right before position `start` (nearest last)."""
        out: list[int] = []
        while n > 0:
            prev = matches[n - 1]
            entry = division(prev)
            if entry is None or entry.type not in types or folded[prev.end:start] not in joins:
                break
            out.append(n - 1)
            n, start = n - 1, prev.start
        return out

    def full_name(entry: Any, surface: str, level: str) -> str:
        if surface.endswith(level):
            return surface
        names = sorted(names_of.get(entry.id, ()), key=lambda n: (len(n), n))
        return next((x for x in names if x.endswith(level)), surface + level)

    made: dict[int, Match] = {}
    dropped: set[int] = set()
    posts = tuple(rules["post_titles_after"])
    for n, m in enumerate(matches):
        if m.label != "INSTITUTION" and not m.special:
            continue
        if folded.startswith(posts, m.end):
            continue  # 广州、深圳市政协主席: the shared head ends in a post title, two posts, no body (drop_posts)
        if "division" in m.extra and "canonical_name" in m.extra:  # 东莞市公安局 after 广州市和
            last = entry_of(m.extra["division"][3:])
            if last is None:
                continue
            surface = folded[m.start:m.start + len(next(iter(sorted(
                (a for a in names_of.get(last.id, ()) if folded.startswith(a, m.start)), key=len, reverse=True)), ""))]
            if not surface or surface not in m.extra["canonical_name"]:
                continue
            level = surface[-1] if surface[-1] in levels else ""
            # 韶关、河源、云浮市经济和信息化局: the listed cities share the level (市), whatever data set typed each one
            for k in listed_before(n, m.start, {last.type} | (set(levels[level]) if last.type in levels.get(level, ()) else set())):
                d = matches[k]
                home = full_name(division(d), folded[d.start:d.end], level) if level else folded[d.start:d.end]
                name = m.extra["canonical_name"].replace(surface, home, 1)
                made[k] = Match(d.start, d.end, "", "INSTITUTION", "", "", {"canonical_name": name, "division": d.entity})
        elif index and m.label == "INSTITUTION" and m.entity.startswith("id:") and n and \
                folded[matches[n - 1].end:m.start] in joins:  # 广州、深圳、东莞市政府: a known body on the last one
            name = folded[m.start:m.end]
            cut = next((k for k in range(len(name) - 1, 1, -1) if (e := entry_of(index.get(name[:k], ""))) is not None
                        and e.table == "place" and e.country_code in rules["division_bodies"]["countries"]), 0)
            last = entry_of(index.get(name[:cut], "")) if cut else None
            level = name[cut] if cut and name[cut] in levels else name[cut - 1] if cut and name[cut - 1] in levels else ""
            if last is None or not level or last.type not in levels[level] or \
                    entry_of(m.entity[3:]) is None or entry_of(m.entity[3:]).table != "institution":
                continue
            head = name[cut:] if name[cut] == level else level + name[cut:]
            for k in listed_before(n, m.start, set(levels[level])):
                d = matches[k]
                home = full_name(division(d), folded[d.start:d.end], level)[:-1] + head
                eid = index.get(home, "")
                made[k] = Match(d.start, d.end, f"id:{eid}" if eid else "", "INSTITUTION", home if eid else "", "",
                                {} if eid else {"canonical_name": home, "division": d.entity})
        elif m.label == "INSTITUTION" and n and folded[matches[n - 1].end:m.start] in joins and \
                (head := next((h for h in rules["levelless_heads"] if folded.endswith(h, m.start, m.end)), "")):
            # 北京、广州及深圳海关: a head that takes no level word (a customs district is named by its city alone)
            city = folded[m.start:m.end - len(head)]
            counted = _COUNTED.search(city)  # 深圳、东莞两市海关: the count of the list belongs to neither name
            city = city[:counted.start()] if counted else city
            place = entry_of(index.get(city, "")) if index else None
            if place is None or place.table != "place" or place.country_code not in rules["division_bodies"]["countries"]:
                continue
            # the listed divisions share the level of the last one (广东省、深圳海关: a province and a city's customs)
            listed = listed_before(n, m.start, next((set(ts) for ts in levels.values() if place.type in ts), {place.type}))
            if counted and listed:
                eid = index.get(city + head, "") if index else ""
                made[n] = Match(m.start, m.end, f"id:{eid}" if eid else "", "INSTITUTION", city + head if eid else "", "",
                                {} if eid else {"canonical_name": city + head, "division": f"id:{place.id}"})
            for k in listed:
                d = matches[k]
                home = folded[d.start:d.end] + head
                eid = index.get(home, "") if index else ""
                made[k] = Match(d.start, d.end, f"id:{eid}" if eid else "", "INSTITUTION", home if eid else "", "",
                                {} if eid else {"canonical_name": home, "division": d.entity})
        elif m.special in ("relative", "anaphora") and m.alias in rules["relative_bodies"]:  # 4省政府 after a list of provinces
            count = _COUNT.search(folded, max(0, m.start - 2), m.start)
            if count is None or count.end() != m.start:
                continue  # a date's digits a line before (2022-07-08\n市政府新闻办) count nothing
            level = m.alias[0]
            types = set(levels.get(level, ()))
            last = matches[n - 1] if n else None
            entry = division(last) if last is not None and last.end == count.start() else None
            listed = [n - 1] + listed_before(n - 1, last.start, types) if last is not None and entry is not None \
                and entry.type in types else []
            wanted = int(count.group()) if count.group().isdigit() else _NUMERALS.get(count.group(), 0)
            dropped.add(n)  # 3省政府: a counted set of governments is no one body (the home province's)
            if len(listed) != wanted:
                continue
            for k in listed:
                d = matches[k]
                home = full_name(division(d), folded[d.start:d.end], level)
                made[k] = Match(d.start, d.end, "", "INSTITUTION", "", "",
                                {"canonical_name": rules["relative_bodies"][m.alias].format(home), "division": d.entity})
    if not made and not dropped:
        return matches
    return [made.get(n, m) for n, m in enumerate(matches) if n not in dropped]


def listed_councils(folded: str, matches: list[Match], entry_of: Any, joins: set[str], rules: dict[str, Any]) -> list[Match]:
    """Hong Kong districts listed right before one district's council (元朗和離島區議會, 九龍城、黃大仙和觀塘區議會: the
    head 區議會 written once) name each its own council (元朗區議會; 北區和大埔區議會: 北區區議會), as 北京、广州及深圳
    海关 name three customs districts; before the councils' members (元朗和離島區議會議員: a post, drop_posts) none.
    Rules: entities_zh.json "district_forms" (types, countries, council, council_posts) and post_titles_after."""
    forms = rules["district_forms"]
    head, posts = str(forms["council"]), tuple(rules["post_titles_after"]) + tuple(forms["council_posts"])
    made: dict[int, Match] = {}
    for n, m in enumerate(matches):
        if m.label != "INSTITUTION" or not folded.endswith(head, m.start, m.end) or m.end - m.start <= len(head) or \
                folded.startswith(posts, m.end):
            continue
        k, start = n, m.start
        while k > 0:
            d = matches[k - 1]
            e = entry_of(d.entity[3:]) if d.label == "PLACE" and d.entity.startswith("id:") else None
            if e is None or e.type not in forms["types"] or e.country_code not in forms["countries"] or \
                    folded[d.end:start] not in joins:
                break
            home = folded[d.start:d.end] + head
            made[k - 1] = Match(d.start, d.end, "", "INSTITUTION", "", "", {"canonical_name": home, "division": d.entity})
            k, start = k - 1, d.start
    return [made.get(n, m) for n, m in enumerate(matches)] if made else matches
