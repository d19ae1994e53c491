"""Folded Chinese text + its matches → local bodies written short as institutions: the bodies of towns, townships and
subdistricts (石滩镇人民政府, 中共某镇委员会, 某街道办事处), the same bodies named by their level alone (镇委, 镇人大,
镇政府), and a city's or county's numbered school (鹤山一中).

A town (镇), a township (乡) and a subdistrict (街道) have their own bodies as a county has (Organic Law of the Local
People's Congresses and Governments, art. 2 and 68: a town's people's congress and people's government; CPC
Constitution, art. 30-31: its Party committee; a subdistrict office, 街道办事处, is the county or district
government's agency for the subdistrict). A town report names them in full (我代表石滩镇人民政府) and by level
(在镇委的领导下, 镇人大的监督): the full form is one institution and the town inside it no place mention (GUIDELINES-zh
11, as 深圳市人民政府), and the level form is the body of the town the text names (the one it writes most in full).
Rules are data (pipeline/data/entities_zh.json "town_bodies"): the head words after a town and the canonical forms.
A town's title (创建“广东省卫生镇”, 全国重点镇: title_towns) is no town: it never makes the home town of the bare bodies.
The towns come from the matches (a place ending in 镇, 乡 or 街道) and from the township table of the counties the
text names (towns_zh.Towns.eligible), whose names a body head keeps from becoming places of their own.

Numbered schools (numbered_schools): Mainland cities and counties number their public secondary schools
(某市第一中学) and everyone writes them short as the place's short name + the number + 中 (某市一中, 某县三中): that is the school, a named body, and the place in its
name is no mention of its own (GUIDELINES-zh 11). The number + 中 after a session's ordinal is a plenary session
(十九届四中全会): it follows 届, never a known place, and 全会 or a list of plenaries (三中、四中) follows it, so only a
known city or county right before the number makes a school, and what follows must not make it part of a longer name
(鹤山一中附属中学, a school of its own, is left to the suffix rules). Rules are data (pipeline/data/entities_zh.json
"numbered_schools").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.departments_zh import Departments
from pipeline.extract.entities.distributive_zh import every_level
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.town_governments_zh import governments_after_committees

__all__ = ["numbered_schools", "town_bodies"]


def town_bodies(folded: str, towns: Any, named: set[str], matches: list[Match], rules: dict[str, Any],
                boundary: set[str]) -> list[Match]:
    """`matches` with town bodies written in full and by level added (a town place glued to a body head becomes the body)."""
    tb = rules["town_bodies"]
    heads: dict[str, str] = tb["heads"]
    if not any(h in folded for h in heads) and not any(w in folded for w in tb["bare"]):
        return _town_departments(folded, matches, rules)
    head_re = re.compile("|".join(sorted(map(re.escape, heads), key=len, reverse=True)))
    ends = tuple(tb["town_ends"])
    out: list[Match] = []
    built: list[tuple[int, int, str]] = []  # (start, end, town) of each body written in full
    for m in matches:
        h = head_re.match(folded, m.end) if m.label == "PLACE" else None
        town = folded[m.start:m.end]
        if h and town.endswith(ends) and not folded.startswith(tuple(tb["not_after_head"]), h.end()):
            built.append((m.start, h.end(), town))
            continue  # 东城街道办事处: the subdistrict's office, the place inside it no mention
        out.append(m)
    taken = [(m.start, m.end) for m in out] + [(s, e) for s, e, _ in built]
    inside = Counter[str]()  # 某镇人民政府镇长 某某: a body another rule holds (a head's title) still names the town
    for full, _ in towns.eligible(named):
        i = folded.find(full)
        while i >= 0:
            h = head_re.match(folded, i + len(full))
            if h and not folded.startswith(tuple(tb["not_after_head"]), h.end()):
                if not any(a < h.end() and i < b for a, b in taken):
                    built.append((i, h.end(), full))
                    taken.append((i, h.end()))
                else:
                    inside[full] += 1
            i = folded.find(full, i + len(full))
    for s, e, town in built:
        head = folded[s + len(town):e]
        out.append(Match(s, e, "", "INSTITUTION", "", "", {"canonical_name": heads[head].format(town)}))
    titles = tuple(tb.get("title_towns", ()))  # “广东省卫生镇”: a title the town works for, no town of its own
    home = Counter(t for _, _, t in built) + Counter(folded[m.start:m.end] for m in out if m.label == "PLACE" and
                                                     folded[m.start:m.end].endswith(ends) and
                                                     not folded[m.start:m.end].endswith(titles)) or inside
    if home:
        town = max(sorted(home), key=lambda t: home[t])
        level = next((lv for lv in tb["level_of_end"] if town.endswith(lv)), "")
        taken = [(m.start, m.end) for m in out]
        lead = tuple(tb["bare_after"])  # 我代表镇人民政府向大会作工作报告: the report's formula
        for word, form in sorted(tb["bare"].items(), key=lambda kv: -len(kv[0])):  # 镇人民政府 before 镇政府
            if not word.startswith(level):
                continue
            i = folded.find(word)
            while i >= 0:
                e = i + len(word)
                if (i == 0 or folded[i - 1] in boundary or folded.endswith(lead, 0, i)) and \
                        not any(a < e and i < b for a, b in taken) and \
                        not folded.startswith(tuple(tb["not_after_bare"]), e) and \
                        not every_level(folded, i, word[0]):  # 各镇…镇政府班子: every town's, generic
                    out.append(Match(i, e, "", "INSTITUTION", "", "", {"canonical_name": form.format(town)}))
                    taken.append((i, e))
                i = folded.find(word, e)
    return governments_after_committees(folded, _town_departments(folded, sorted(out, key=lambda m: m.start), rules), rules)


_DEPARTMENTS: list[tuple[dict[str, Any], Departments]] = []  # the rule dict it was built from (compared by identity)


def _town_departments(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """谢岗镇招商局, 某街道财政局: a town or subdistrict + a department name (division_departments) is the town's own
    department, one institution, the town no place there (Guangdong's towns keep bureaux of their own since the
    town-level reforms: 镇招商局, 镇经济发展局)."""
    ends = tuple(rules["town_bodies"]["town_ends"])
    towns = [m for m in matches if m.label == "PLACE" and folded.endswith(ends, m.start, m.end)]
    if not towns:
        return matches
    if not _DEPARTMENTS or _DEPARTMENTS[0][0] is not rules:
        _DEPARTMENTS[:] = [(rules, Departments(rules))]
    deps = _DEPARTMENTS[0][1]
    out = list(matches)
    for m in towns:
        w = deps.word_at(folded, m.end, False)
        if not w:
            continue
        e = m.end + len(w)
        out = [x for x in out if x is not m and not (m.end <= x.start < e)]
        out.append(Match(m.start, e, "", "INSTITUTION", "", "",
                         {"canonical_name": folded[m.start:m.end] + deps.full_form(w, False, False)}))
    return sorted(out, key=lambda m: m.start)


def numbered_schools(folded: str, matches: list[Match], rules: dict[str, Any], entry_of: Callable[[str], Any]
                     ) -> list[Match]:
    """`matches` with each known city or county + 一中 … 十中 turned into the school it names."""
    ns = rules["numbered_schools"]
    number = re.compile(ns["number"])
    out: list[Match] = []
    for m in matches:
        n = number.match(folded, m.end) if m.label == "PLACE" and m.entity.startswith("id:") else None
        if n and getattr(entry_of(m.entity[3:]), "type", "") in ns["place_types"] and not folded.startswith(tuple(ns["not_after"]), n.end()):
            out.append(Match(m.start, n.end(), "", "INSTITUTION", ""))  # canonical: the school as written
        else:
            out.append(m)
    return out
