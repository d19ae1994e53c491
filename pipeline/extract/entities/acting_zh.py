"""Folded Chinese text + name matches → the same matches with facilities that act made institutions and centres the
text builds made places (海洋公園奪得…, 北京協和醫院與…合作; 研發中心一期竣工); a second name in brackets right after the facility's
(某医院（某市人民医院）成功…) leaves what follows said of the facility.

A named facility that acts (wins, decides, launches, works with) is its operating body, in every mention
(DECISIONS 18, the 數碼港 precedent); a named centre the text builds (starts, completes, puts into use) is a site,
in every mention (DECISIONS 17). Rules: entities_zh.json "acting_facilities" and "built_facilities"; a hospital that
partners another (牵手, 与…建立医联体) acts too ("hospital_names" "partners_after"); so does one that takes a loan or capital,
is named a partner, has a plan or completes new areas of its own ("funded_before" / "funded_after", session 28).
Split from chinese.py (the matcher) unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.hospitals_zh import bracket_end
from pipeline.extract.entities.quoted_zh import Match


def acting_facilities(folded: str, matches: list[Match], entries: dict[str, Any], rules: dict[str, Any]) -> list[Match]:
    """海洋公園於2012年奪得…, 北京協和醫院與…合作: a facility that acts is an institution, in every mention."""
    acting = rules["acting_facilities"]
    types, suffixes, after = set(acting["types"]), tuple(acting["suffixes"]), re.compile(acting["after"])

    campuses, campus_after = tuple(acting.get("campus_suffixes", ())), re.compile(acting.get("campus_after", "(?!)"))

    def facility(m: Match) -> bool:
        if m.label != "PLACE":
            return False
        if m.entity.startswith("id:"):
            return bool(entries[m.entity[3:]].type in types)
        return folded[m.start:m.end].endswith(suffixes)

    def campus_acts(m: Match) -> bool:  # 某大学某某校区将扩大招生: a campus acts as a body; built or opened, a site
        return m.label == "PLACE" and folded[m.start:m.end].endswith(campuses) and bool(campus_after.search(
            folded[(b := bracket_end(folded, m.end)):b + 40]))

    def key(m: Match) -> str:
        return m.entity or folded[m.start:m.end]

    listed = re.compile(acting.get("listed", "(?!)"))  # 甲樂園、乙公園…等機構: named as organisations
    partners = re.compile(rules["hospital_names"].get("partners_after", "(?!)"))  # 某医院与某医院建立医联体, 牵手
    site_of, joins = acting["site_before"], acting["site_joins"]
    place_at = {m.end: m.start for m in matches if m.label == "PLACE"}

    def at_site(m: Match) -> bool:  # 在會展中心和亞洲國際博覽館舉辦的展覽: where something is held, no actor
        i = m.start
        while i > 1 and folded[i - 1] in joins and i - 1 in place_at:
            i = place_at[i - 1]
        return i > 0 and folded[i - 1] in site_of

    funded_before = re.compile(acting.get("funded_before", "(?!)"))  # 贷款给某乐园, 伙伴是…和某公园 (session 28)
    funded_after = re.compile(acting.get("funded_after", "(?!)"))  # 某公园有…计划, 某乐园会落成一个新园区

    def funded(m: Match, b: int) -> bool:
        return bool(funded_before.search(folded[max(0, m.start - 30):m.start]) or funded_after.search(folded[b:b + 40]))

    actors = {key(m) for m in matches if facility(m) and not at_site(m) and (
        after.search(folded[(b := bracket_end(folded, m.end)):b + 40]) or partners.search(folded[b:b + 40]) or
        funded(m, b) or listed.match(folded, m.end, m.end + 200))} | {key(m) for m in matches if campus_acts(m)}
    built = rules["built_facilities"]
    sites = {key(m) for m in matches if m.label == "INSTITUTION" and not m.entity.startswith("id:") and
             folded[m.start:m.end].endswith(tuple(built["suffixes"])) and re.match(built["after"], folded[m.end:])}
    for m in matches:
        if m.label == "PLACE" and key(m) in actors:
            m.label = "INSTITUTION"
        elif m.label == "INSTITUTION" and key(m) in sites:
            m.label = "PLACE"  # 研發中心一期竣工: a centre the text builds is a site (DECISIONS 17)
    return matches
