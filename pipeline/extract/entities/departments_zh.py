"""Folded Chinese text + name matches → the working departments of Mainland governments (广东省工业和信息化厅,
深圳市发展和改革委员会, 省科技厅, 市发改委) as institutions.

A Mainland province, city, county or district government has working departments that mirror the State
Council's ministries and agencies under one set of names (教育, 财政, 工业和信息化, 住房和城乡建设 …) with a
head word of its level: 厅 in a province, 局 or 委员会 / 委 at every level, 办公室 / 办 for offices.
Rules are data (pipeline/data/entities_zh.json, "division_departments"):
- a known Mainland division right before a department name is that division's department (广东省 +
  工业和信息化厅); the division inside the name is no place mention (GUIDELINES-zh 11);
- a bare level character (省, 市, 区, 县) after a boundary + a department name is that department of the
  document's own division (`Departments.join`): the one it also writes with its division (省工业和信息化厅 …
  广东省工业和信息化厅), else the division of that level it names most; with none it is the body as written
  (市司法局 in a city's notice that never names its city; tests/test_entities_zh_bodies.py);
- a short form (发改委, 工信厅, 住建局) is named by its full form (发展和改革委员会 …).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.department_lists_zh import unlevelled_departments
from pipeline.extract.entities.home_city_zh import own_city_counts
from pipeline.extract.entities.quoted_zh import Match

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class Departments:
    """Compiled "division_departments" rules."""

    def __init__(self, rules: dict[str, Any]) -> None:
        dd = rules["division_departments"]
        self.full: dict[str, str] = {}  # department word → its full form
        self.province_only: set[str] = set()
        for stem, heads in dd["stems"].items():
            for head in heads:  # 科技厅 → 科学技术厅, 科技局 stays
                full_stem = dd["stem_full_by_head"].get(head, {}).get(stem) or dd["stem_full"].get(stem, stem)
                self.full[stem + head] = full_stem + dd["head_full"].get(head, head)
                if head in dd["province_heads"]:
                    self.province_only.add(stem + head)
        for short, full in dd["short_forms"].items():
            self.full[short] = full
            if full.endswith(tuple(dd["province_heads"])):
                self.province_only.add(short)
        for short, full in dd["province_short_forms"].items():  # 省法院 → 高级人民法院
            self.full[short] = full
            self.province_only.add(short)
        # 市法院 is a prefecture-level city's intermediate people's court (Organic Law of the People's Courts, art. 13)
        self.city_full: dict[str, str] = dict(dd["city_short_forms"])
        self.city_types = set(dd["city_types"])
        self.words = sorted(self.full, key=len, reverse=True)
        self.levels: dict[str, list[str]] = rules["relative_levels"]
        self.fallback: dict[str, list[str]] = rules["relative_levels_fallback"]
        self.provinces = set(dd["province_types"])
        self.countries = set(rules["division_bodies"]["countries"])
        self.right_blocked = dd["right_blocked"]
        self.word_right_blocked = {w: tuple(v) for w, v in dd["word_right_blocked"].items()}
        self.after_level_only = set(dd["after_level_only"])
        self.boundary = set(rules["boundary_chars"])
        self.left_ok = tuple(rules["left_ok_words"]) + tuple(dd["left_words"])
        self.office_words: dict[str, str] = dict(sorted(dd["office_words"].items(), key=lambda kv: -len(kv[0])))
        self.events = tuple(dd["event_words"])
        self.rules = rules  # "department_lists": 政府办、规划局 with no level (department_lists_zh)
        self.joins = tuple(sorted(rules["department_lists"]["joins"], key=len, reverse=True))

    def word_at(self, folded: str, i: int, province: bool, city: bool = False) -> str:
        for w in self.words:
            if folded.startswith(w, i) and (province or w not in self.province_only or city and w in self.city_full):
                after = folded[i + len(w):i + len(w) + 1]
                if not (after and after in self.right_blocked.get(w[-1], "")) and \
                        not folded.startswith(self.word_right_blocked.get(w, ("\0",)), i + len(w)):
                    return w  # 市教育局长: a post written short, no department
        return ""

    def full_form(self, word: str, province: bool, city: bool) -> str:
        return self.city_full[word] if city and not province and word in self.city_full else self.full[word]

    def follows(self, folded: str, end: int, entry: Any) -> bool:
        """A department name follows a known Mainland division ending at `end`."""
        return entry is not None and entry.country_code in self.countries and \
            bool(self.word_at(folded, end, entry.type in self.provinces))

    def find(self, folded: str, start: int, end: int, matches: list[Match], entry_of: Any, bare: bool = False
             ) -> list[Match]:
        """The block's matches with department names built on known divisions, or (`bare`) on bare level
        characters outside every match (run after the list rules: a bare-level item is no list's anchor)."""
        spans: list[Match] = []
        for m in matches if not bare else ():
            entry = entry_of(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None
            if entry is None or entry.country_code not in self.countries:
                continue
            city = entry.type in self.city_types
            w = self.word_at(folded, m.end, entry.type in self.provinces, city)
            if w in self.after_level_only and folded[m.end - 1] not in self.levels:
                continue  # 深圳招商局: China Merchants' local arm, no bureau (深圳市招商局 is one)
            if w:
                full = self.full_form(w, entry.type in self.provinces, city)
                spans.append(Match(m.start, m.end + len(w), "", "INSTITUTION", "", "",
                                   {"canonical_name": folded[m.start:m.end] + full, "division": m.entity, "department": full}))
        taken = [(m.start, m.end) for m in matches]
        listed = {(m.start, m.end) for m in matches if not m.entity.startswith("id:")}
        for i in range(start, end) if bare else ():
            level = folded[i]
            if level not in self.levels or not self.left_bounded(folded, i, start):
                continue
            w = self.word_at(folded, i + 1, level == "省", level == "市")
            if any(s <= i < e and not (s == i and e == i + 1 + len(w)) for s, e in taken):
                continue  # inside another name; a list rule's item of the same extent is this department
            j = i + 1
            while w:  # 省科技厅、发展改革委、农业农村厅等部门: the list's later departments are of the same level
                full = self.full_form(w, level == "省", level == "市")
                if (j if j > i + 1 else i, j + len(w)) not in listed:  # a list rule's item stays as it is
                    spans.append(Match(j if j > i + 1 else i, j + len(w), "", "INSTITUTION", "", "",
                                       {"canonical_name": level + full, "level": level, "department": full}))
                j += len(w)
                jn = next((x for x in self.joins if folded.startswith(x, j)), "")  # 区教育局、卫健局和人社局
                w = self.word_at(folded, j + len(jn), level == "省", level == "市") if jn else ""
                j += len(jn)
        spans += [Match(s, e, "", "INSTITUTION", "", "", {"canonical_name": folded[s:e]}) for s, e in unlevelled_departments(
            folded, start, end, taken + [(m.start, m.end) for m in spans], self.word_at, self.rules, self.boundary)] if bare else []
        if not spans:
            return matches
        out = [m for m in matches if not any(s.start <= m.start and m.end <= s.end for s in spans)]
        for n, sp in enumerate(spans):  # 济宁市国资委高端装备制造研究院: the department + a name body + a suffix
            longer = next((m for m in out if "extended" in m.extra and sp.start < m.start < sp.end < m.end), None)
            if longer is not None:
                out.remove(longer)
                spans[n] = Match(sp.start, longer.end, "", "INSTITUTION", "", "", {"extended": "1", "base": "INSTITUTION"})
        return sorted(out + spans, key=lambda m: m.start)

    def left_bounded(self, folded: str, i: int, start: int) -> bool:
        if i == start:
            return True
        ch = folded[i - 1]
        return ch in self.boundary or not _CJK.match(ch) or folded.endswith(self.left_ok, 0, i)

    def join(self, matches: list[Match], written: list[Match], names_of: dict[str, set[str]], entry_of: Any,
             folded: str = "") -> list[Match]:
        """省工业和信息化厅: a bare-level department is the same department the document writes with a division
        of that level (广东省工业和信息化厅), else that department of the division of that level the document
        names most (市发展和改革委员会 in a report naming 淄博市); with no such division it is listed as written
        (市司法局 in a city's notice that never names its city: the lead's ruling, session 10; the city is not
        guessed). Kinds stay out before this: 各市教育局 (a left boundary), 市财政、税务等部门 (no head word)."""
        full: dict[tuple[str, str], str] = {}
        def tally(levels: dict[str, list[str]]) -> dict[str, dict[str, int]]:
            out: dict[str, dict[str, int]] = {}
            for m in written:
                entry = entry_of(m.entity[3:]) if m.label == "PLACE" and m.entity.startswith("id:") else None
                for level, types in levels.items():
                    if entry is not None and entry.type in types:
                        out.setdefault(level, {})[entry.id] = out.get(level, {}).get(entry.id, 0) + 1
            return out

        counts = tally(self.levels)
        for level, named in tally(self.fallback).items():  # 市司法局 in a county-level city's own text (禄丰市, 普宁市)
            counts[level] = own_city_counts(counts.get(level, {}), named)
        for m in matches:
            entry = entry_of(m.extra.get("division", "")[3:]) if "department" in m.extra else None
            for level, types in self.levels.items():
                if entry is not None and entry.type in types:
                    full[(level, m.extra["department"])] = m.extra["canonical_name"]
        out = []
        for m in matches:
            level = m.extra.get("level", "")
            if level:
                name = full.get((level, m.extra["department"]))
                if name is None and counts.get(level):
                    eid = max(sorted(counts[level]), key=lambda k: counts[level][k])
                    home = next((n for n in sorted(names_of.get(eid, ()), key=lambda n: (n not in folded, len(n), n))
                                 if n.endswith(level)), "")  # the name the text writes (two cities may share an entry)
                    name = home + m.extra["department"] if home else None
                # a document that names no division of that level (a city's own notice): the body as written
                m.extra["canonical_name"] = name if name is not None else level + m.extra["department"]
            out.append(m)
        return out

    def offices(self, folded: str, matches: list[Match], entries: dict[str, Any], names_of: dict[str, set[str]]
                ) -> list[Match]:
        """市政府新闻办, 丹江口市人民政府办公室: a government + an office word is that government's office, one body
        named after the government; a government before an event word (市政府新闻发布会, 常务会议) names the event."""
        out = []
        for m in matches:
            entry = entries.get(m.entity[3:]) if m.label == "INSTITUTION" and m.entity.startswith("id:") else None
            if m.label != "INSTITUTION" or not folded[m.start:m.end].endswith("政府") or \
                    entry is not None and entry.type != "government":
                out.append(m)
                continue
            if folded.startswith(self.events, m.end):
                continue
            word = next((w for w in self.office_words if folded.startswith(w, m.end)), "")
            if word:
                zh = sorted((n for n in names_of.get(entry.id, ()) if n.endswith("政府")), key=len) if entry else []
                name = (zh[-1] if zh else m.extra.get("canonical_name", folded[m.start:m.end])) + self.office_words[word]
                m = Match(m.start, m.end + len(word), "", "INSTITUTION", "", "", {"canonical_name": name})
            out.append(m)
        return out
