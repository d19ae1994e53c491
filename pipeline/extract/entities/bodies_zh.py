"""Folded Chinese text + name matches → the institutions a Mainland division or a list makes: a division's
own bodies (曲靖市委, 沙市区政府, 浏阳市人大常委会) and the unknown bodies listed beside a body (香港乳癌基金会、
撒玛利亚会、防癌会 …; 市发改委、住建委、规划局 …).

Rules are data (pipeline/data/entities_zh.json, "division_bodies" and "listed_bodies"):
- a Mainland province, city, county or district written right before a level body of its own level
  (委, 人民政府 / 政府, 人大, 人大常委会, 政协) is that division's body, named by the systematic form
  (中共曲靖市委员会, 沙市区人民政府); the place inside the name is no mention of its own (GUIDELINES-zh 11);
- Chinese coordinates like with like: in an enumeration (、, a closing 以及 / 及 / 和) that holds a
  body, an unknown item made of a short name and an institution head (会, 协会, 中心, 局, 委 …) is a body
  too. Kinds (有关部门, 各区办事处, 国家级…中心) are no names, nor is a list of departments named by level
  only (市税务局、区教育局; 市财政、税务等部门: GUIDELINES-zh 13, generic bodies);
- names listed before 等 + a rank or fame of firms (益海嘉里、丰树物流等世界500强企业) are companies though no head
  word says so; sector words in that place (汽车、电子等龙头企业) are none.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.centres_zh import acting_centres
from pipeline.extract.entities.cooperatives_zh import cooperatives
from pipeline.extract.entities.local_firms_zh import local_firms
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.resident_offices_zh import resident_offices

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def division_bodies(folded: str, matches: list[Match], entry_of: Any, names_of: dict[str, set[str]],
                    rules: dict[str, Any]) -> list[Match]:
    """曲靖市委, 沙市区政府: a known Mainland division + a body of its level → one institution.

    `entry_of(eid)` gives the gazetteer entry (None if unknown); `rules` is the whole Chinese rule file."""
    own = rules["division_bodies"]
    templates = {**rules["relative_bodies"], **own["templates"]}
    levels, blocked = rules["relative_levels"], rules["right_blocked"]
    keys = sorted(templates, key=len, reverse=True)
    every = {t for types in levels.values() for t in types}
    not_after = tuple(rules["bare_alias_blocked_after"]["政府"]) + tuple(own["not_after_government"])
    out: list[Match] = []
    taken_until = -1
    for m in matches:
        if m.start < taken_until:
            continue
        entry = entry_of(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None
        if entry is None or entry.country_code not in own["countries"]:
            out.append(m)
            continue
        surface = folded[m.start:m.end]
        built, titled = None, False
        for key in keys:
            level, rest = key[0], key[1:]
            # 浏阳市委: a county-level city's bodies are 市 bodies too; 广州 ends in 州 but is no 自治州
            if entry.type not in (every if surface.endswith(level) and level in own["surface_levels"]
                                  else levels.get(level, ())):
                continue
            if surface.endswith(level) and folded.startswith(rest, m.end):
                end = m.end + len(rest)
            elif folded.startswith(key, m.end):
                end = m.end + len(key)
            else:
                continue
            titled = titled or key.endswith("政府") and folded.startswith(tuple(own["not_after_government"]), end)
            if folded[end:end + 1] and folded[end] in blocked.get(key, "") or \
                    key.endswith("政府") and folded.startswith(not_after, end):
                continue  # 市委托 ('the city entrusts'), 市委员; 惠州市政府工作报告 (a report's title): no body
            home = surface if surface.endswith(level) else next(
                (n for n in sorted(names_of.get(entry.id, ()), key=lambda n: (len(n), n)) if n.endswith(level)), surface + level)
            party = templates[key].startswith("中共") and folded.endswith("中共", 0, m.start)  # 中共海珠区委: one name
            built = Match(m.start - 2 * party, end, "", "INSTITUTION", "", "", {"canonical_name": templates[key].format(home),
                                                                                 "division": m.entity})
            break
        if built is None and titled:
            m.extra["designation"] = "1"  # nor a place: the division names the report (DECISIONS 21)
        if built is None:
            out.append(m)
            continue
        out.append(built)
        taken_until = built.end
    titled_at = {m.start for m in out if m.extra.get("designation")}
    for m in sorted(out, key=lambda m: -m.start):
        if m.label == "PLACE" and m.end in titled_at:
            titled_at.add(m.start)  # 揭阳市榕城区政府工作报告: the city before the district names it too
    return resident_offices(folded, [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end and
                                                                "canonical_name" in o.extra for o in out)
                                     and not (m.label == "PLACE" and m.start in titled_at)], entry_of)  # 某市驻京办


def listed_bodies(folded: str, start: int, end: int, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """香港乳癌基金会、撒玛利亚会、防癌会: unknown items listed beside a body, with an institution head, are bodies."""
    lr = rules["listed_bodies"]
    heads = tuple(sorted(lr["heads"], key=len, reverse=True))
    generic = set(rules["institution_names"]["generic_bodies"]) | set(lr["generic_items"])
    starts = tuple(rules["institution_names"]["category_starts"]) + tuple(lr["not_starts"])
    verbs = tuple(rules["name_body_verbs"])
    after = tuple(sorted(lr["item_after"], key=len, reverse=True))
    closing = tuple(lr["closing"])
    seps = lr["separators"]
    stops = set(lr["item_stops"])
    false_words = _false_ends(rules, lr)
    inner = re.compile("|".join(lr["inner_words"]) or "(?!)")

    def item_end(s: int) -> int:
        """End of a name item starting at `s`: the first head after which the item ends (0 if none)."""
        j = s
        while j < end and _CJK.match(folded[j]) and folded[j] not in stops and j - s < int(lr["max_len"]) + 8:
            j += 1
        for e in range(s + 2, j + 1):
            head = next((h for h in heads if folded.startswith(h, e - len(h)) and e - len(h) >= s), "")
            if head and (e == j or folded.startswith(after, e)) and ok(folded[s:e], head):
                return e
        return 0

    def ok(item: str, head: str) -> bool:
        body = item[:-len(head)]
        return 2 <= len(item) <= int(lr["max_len"]) and len(body) >= 1 and body not in generic and \
            item not in generic and not item.startswith(starts) and not any(v in inner.sub("", item) for v in verbs) and \
            not re.search(lr["numerals"], item) and not item.endswith(false_words)

    def item_start(e: int) -> int:
        s = e
        while s > start and _CJK.match(folded[s - 1]) and folded[s - 1] not in stops:
            s -= 1
        for w in lr["left_words"]:  # 包括…: the verb before the list is no part of its first item
            k = folded.rfind(w, s, e)
            if k >= 0:
                s = max(s, k + len(w))
        return s

    def next_item(e: int) -> int:
        """Start of the list item after position `e` (-1 if the list ends there)."""
        if e < end and folded[e] in seps:
            return e + 1
        k = e + 1 if e < end and folded[e] in "，," else e
        w = next((c for c in closing if folded.startswith(c, k)), "")
        return k + len(w) if w and (k > e or folded[e - 1:e] != "") else -1

    taken = [(m.start, m.end) for m in matches]
    # a known body or a special word (省委, 政府) is no part of an item; an unknown one cut short at a 会 inside
    # the name (華菁會青年基金會 read as 青年基金會) is
    fixed = [(m.start, m.end) for m in matches if m.label == "INSTITUTION" and m.entity.startswith("id:") or m.special]
    bodies = [(m.start, m.end) for m in matches if m.label == "INSTITUTION"]
    new: list[tuple[int, int]] = []
    todo = sorted(bodies)
    seen: set[tuple[int, int]] = set()
    while todo:
        s, e = todo.pop(0)
        if (s, e) in seen:
            continue
        seen.add((s, e))
        found = []
        k = next_item(e)
        if k >= 0:
            e2 = item_end(k)
            if e2:
                found.append((k, e2))
        if s - 1 >= start and folded[s - 1] in seps:
            s0 = item_start(s - 1)
            e0 = item_end(s0) if s0 < s - 1 else 0
            if e0 == s - 1:
                found.append((s0, e0))
        for span in found:  # a known body or a special word (省委, 政府) is no part of an unknown item
            if span in seen or overlaps(*span, [t for t in taken if not inside(t, span)] + new + fixed):
                continue
            new.append(span)
            todo.append(span)
    spans = sorted(set(new))
    out = [m for m in matches if not any(inside((m.start, m.end), sp) for sp in spans)]
    out += [Match(s, e, "", "INSTITUTION", "", "", {"listed": "1"}) for s, e in spans]
    return sorted(out, key=lambda m: m.start)


def listed_firms(folded: str, start: int, end: int, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """益海嘉里、丰树物流等世界500强企业: names listed before 等 + a rank or fame of firms are companies."""
    lf = rules["listed_firms"]
    stops = set(rules["listed_bodies"]["item_stops"]) - {"、"}
    verbs = tuple(sorted(rules["institution_names"]["left_verbs"] + rules["name_body_verbs"], key=len, reverse=True))
    out = list(matches)
    for hit in re.finditer(lf["pattern"], folded[start:end]):
        e = start + hit.start()
        s = e
        while s > start and folded[s - 1] not in stops and (_CJK.match(folded[s - 1]) or folded[s - 1] == "、"):
            s -= 1
        run = folded[s:e]
        cut = max((run.rfind(v) + len(v) for v in verbs if v in run), default=0)  # 引进 / 吸引 … starts the list
        pos = s + cut
        for item in folded[pos:e].split("、"):
            a, b = pos, pos + len(item)
            pos = b + 1
            place = next((m for m in out if m.label == "PLACE" and m.start == a and m.end < b), None)
            if place is not None:
                a = place.end  # 新加坡丰益国际: Singapore's Wilmar (新加坡 stays a place)
            name = folded[a:b]
            if not (int(lf["min_len"]) <= len(name) <= int(lf["max_len"])) or name.endswith(tuple(lf["sector_ends"])) \
                    or any(w in name for w in lf["sector_words"]) or any(m.start < b and a < m.end and m is not place
                                                                         for m in out):
                continue
            out.append(Match(a, b, "", "INSTITUTION", "", "", {"listed": "1"}))
    out = local_firms(folded, start, end, sorted(out, key=lambda m: m.start), rules)  # 甲机械、乙重工两家企业
    return cooperatives(folded, start, end, acting_centres(folded, start, end, out, rules))  # 某某中心落户; 某某专业合作社


def overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _false_ends(rules: dict[str, Any], lr: dict[str, Any]) -> tuple[str, ...]:
    """Endings that make a listed item no body: a suffix's false words, the list's own, and a post title (某市委常委、
    某县委书记: an item ending in 常委, 主委, 政委 names a person's post)."""
    return tuple(rules["suffix_false_words"]) + tuple(lr["not_ends"]) + tuple(rules["post_titles_after"])

def line_listed_bodies(folded: str, start: int, end: int, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """1. 香港北京社團總會 / 2. 香港世界宣明會 / …: a numbered list of short lines, one of them a body, lists bodies;
    an unknown line ending in an institution head (会, 基金会, 协会 …) is one too, as a whole line."""
    lr = rules["listed_bodies"]
    heads = tuple(sorted(lr["heads"], key=len, reverse=True))
    false_words = _false_ends(rules, lr)
    line = re.compile(lr["numbered_line"], re.M)
    items = [(m.start(1), m.end(1)) for m in line.finditer(folded, start, end)]
    bodies = [(m.start, m.end) for m in matches if m.label == "INSTITUTION"]
    if len(items) < int(lr["min_numbered_lines"]) or not any(it in bodies for it in items):
        return matches
    new = [(s, e) for s, e in items if (s, e) not in bodies and folded[s:e].endswith(heads) and
           not folded[s:e].endswith(false_words) and not any(inside((s, e), (bs, be)) for bs, be in bodies)]
    out = [m for m in matches if not any(inside((m.start, m.end), sp) for sp in new)]
    out += [Match(s, e, "", "INSTITUTION", "", "", {"listed": "1"}) for s, e in new]
    return sorted(out, key=lambda m: m.start)
