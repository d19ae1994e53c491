"""Folded Chinese text + the prefectures it names → the short forms of the districts it writes in full (顺德区 … 顺德).

A city's report writes a district, a county or a county-level city in full once (in its body's name, its congress
session, a head's title: 佛山市顺德区十七届人大三次会议, 顺德区区长) and then by its short form: 顺德经济运行, 联动南海.
Where the district's full name is in the text, its short form (the full name less 区 / 县 / 市) names that district
wherever it stands next to a boundary, even a short form the gazetteer keeps only for its full name because it is
also a common word or another place's name (顺德 'virtue' in old glosses; 南海 the South China Sea): a document that
writes 南海区 means the district by 南海, so a homonym's match of exactly that form is the district's. Only the
districts of a prefecture the document names (directly, through a district, or through a body's name) are tried,
a few full names per document. Rules are data (pipeline/data/entities_zh.json, "written_short_forms").
"""

from __future__ import annotations

import re

from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.home_city_zh import header_division
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.local_zh import LocalNames
from pipeline.extract.entities.own_division_zh import OwnDivision
from pipeline.extract.entities.sibling_shorts_zh import sibling_shorts
from pipeline.extract.entities.word_bounds_zh import frequent_words
from pipeline.extract.entities.campaigns_zh import campaign_names
from pipeline.extract.entities.quoted_zh import Match
from pipeline.lang import fold


class WrittenShorts:
    """Index of prefecture id → (folded full name, folded short form, entry id) of its districts and counties."""

    def __init__(self, entries: dict[str, Entry], division_parent: dict[str, str], rules: dict[str, Any],
                 index: dict[str, str]) -> None:
        types = set(rules["types"])
        ends = tuple(rules["level_ends"])
        self.not_before = tuple(rules["not_before"])
        self.report_titles = tuple(rules["report_titles"])
        self.sibling_context = {k: tuple(v) for k, v in rules.items() if k.startswith("sibling_")}
        self.campaign_before = tuple(rules.get("campaign_before", ()))  # 平安海珠建设: a campaign's name
        self.campaign_plain = (tuple(rules.get("campaign_plain", ())), tuple(rules.get("campaign_heads", ())))
        self.entries = entries
        self.index = index
        self.children: dict[str, list[tuple[str, str, str]]] = {}
        self.short_of: dict[str, str] = {}  # district id → its short form (新会区 → 新会)
        self.parent_of: dict[str, str] = {}  # district id (as its full name reads) → its prefecture id
        shorts: list[tuple[str, str, str, str]] = []  # (short form, id, the id its full name reads as, type)
        for eid, parent in division_parent.items():
            e = entries.get(eid)
            if e is None or e.type not in types or e.country_code != "CN":
                continue
            for full in sorted({fold(z) for z in (*e.zh, *e.aliases) if _CJK.match(z)}):
                if len(full) >= 3 and full.endswith(ends):  # the entry the full name reads as (南沙区: the GBA file's)
                    self.children.setdefault(parent, []).append((full, full[:-1], index.get(full) or eid))
                    self.short_of.setdefault(index.get(full) or eid, full[:-1])
                    self.parent_of.setdefault(index.get(full) or eid, parent)
                    shorts.append((full[:-1], eid, index.get(full) or eid, e.type))
        self.own = OwnDivision(shorts, index, rules)  # 是高明…的一年: an excerpt's own division, with no header

    def shorts(self, folded: str, cities: set[str]) -> dict[str, tuple[str, str]]:
        """Short form → (district id, prefecture id), for the districts of the named prefectures written in full."""
        out: dict[str, tuple[str, str]] = {}
        for parent in sorted(cities & set(self.children)):
            for full, short, eid in self.children[parent]:
                if full in folded:
                    out.setdefault(short, (eid, parent))
        return out

    def apply(self, folded: str, matches: list[Match], cities: set[str], routes: list[tuple[int, int]],
              boundary: set[str], heads_after: Callable[[str, int], bool]) -> list[Match]:
        """`matches` with each written district's short form matched (a homonym's match of it reassigned) and
        without the known places that only name a campaign (绿美揭阳生态建设: campaign_names)."""
        matches = campaign_names(folded, matches, self.campaign_before, *self.campaign_plain)
        shorts = self.shorts(folded, cities)
        own = self.own_short(folded)
        guessed = own is None  # no header: the own division is inferred, and its short form needs a left edge
        own = own or self.own.find(folded, boundary)
        if not shorts and not own:
            return matches
        for m in matches:
            eid, parent = shorts.get(folded[m.start:m.end], ("", ""))
            other = self.entries.get(m.entity[3:])
            if eid and m.label == "PLACE" and m.entity != f"id:{eid}" and (other is None or other.parent != parent):
                m.entity, m.alias = f"id:{eid}", folded[m.start:m.end]  # 南海 in a text writing 南海区: not the sea
        local = LocalNames(tuple((short, eid, "doc") for short, (eid, _) in shorts.items()))
        found = [Match(s, e, f"id:{eid}", "PLACE", key, "", {"local": "1"}) for s, e, eid, key in local.find(
            folded, {"doc"}, [(m.start, m.end) for m in matches] + routes, boundary)
            if not heads_after(folded, e) and not folded.startswith(self.not_before, e)]
        if own:  # the report's own division by its short form (inferred: after an edge): 是新会…的五年
            short, eid = own
            taken = [(m.start, m.end) for m in matches + found] + routes
            ends = {m.end for m in matches + found}  # a known place right before: 广东新会 (not 区域合作: 合作 no edge)
            i = folded.find(short)
            while i >= 0:
                e = i + len(short)
                if (not guessed or self.own.edge(folded, i, boundary, ends)) and \
                        not any(s < e and i < t for s, t in taken) and not heads_after(folded, e) and \
                        not folded.startswith(self.not_before, e) and not folded.endswith(self.campaign_before, 0, i):
                    found.append(Match(i, e, f"id:{eid}", "PLACE", short, "", {"local": "1"}))
                i = folded.find(short, e)
            titled = re.search(re.escape(short) + r"[区县市]?[0-9一-鿿]{0,8}?(?:" + "|".join(self.report_titles) + ")",
                               folded[:200])  # 一图读懂禅城区政府工作报告, 禅城区五届人大: the report's own in its title
            if not guessed or titled:  # else a guess from the body (是南山区…的一年): no siblings (review M1)
                found += self.siblings(folded, eid, matches, found, routes, boundary)  # 联动南海 in 禅城's report
        return sorted(matches + found, key=lambda m: m.start) if found else matches

    def siblings(self, folded: str, own: str, matches: list[Match], found: list[Match], routes: list[tuple[int, int]],
                 boundary: set[str]) -> list[Match]:
        """New matches of the short forms of the report's own division's siblings (sibling_shorts_zh); a homonym's
        match of exactly such a short form (南海 the sea) is reassigned to the district instead."""
        ends = {m.end for m in matches + found}
        at = {(m.start, m.end): m for m in matches if m.label == "PLACE"}
        new: list[Match] = []
        for s, e, eid, short in sibling_shorts(folded, own, self.parent_of.get(own, ""), self.children,
                                               [(m.start, m.end) for m in matches + found] + routes,
                                               lambda i: self.own.edge(folded, i, boundary, ends), boundary,
                                               frequent_words(), self.not_before, self.index, self.sibling_context):
            if (s, e) in at:
                at[(s, e)].entity, at[(s, e)].alias = f"id:{eid}", short
            else:
                new.append(Match(s, e, f"id:{eid}", "PLACE", short, "", {"local": "1"}))
        return new

    def own_short(self, folded: str) -> tuple[str, str] | None:
        """(short form, id) of the district, county or county-level city whose own congress session or head the
        text's first lines name (在新会区第十四届人民代表大会…, 遂溪縣縣長): the report is that division's, so its
        short form of two characters or more names it (新会, 遂溪) even where no boundary marks it."""
        own = header_division(folded, lambda n: self.index.get(n, "") if self.index.get(n, "") in self.entries else "")
        short = self.short_of.get(own, "")
        return (short, own) if len(short) >= 2 else None
