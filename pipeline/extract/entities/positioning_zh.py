"""Chinese place matches → without the regions named only inside a city's positioning title.

Guangdong's regional pattern (一核一带一区: 珠三角核心区, 沿海经济带, 北部生态发展区) gives each city a role written as
a title: 打造沿海经济带上的新增长极, 建设现代化沿海经济带重要发展极, 东翼沿海经济带承东接西的战略支点, 珠三角核心区
西部增长极, 西江先进制造业走廊主阵地. Such a title names what the city becomes, a designation (DECISIONS 21): the
region inside it is no mention of the region. Where the region is itself the subject or the object (推动沿海经济带
形成…, 贯穿沿海经济带, 由珠三角地区、沿海经济带、北部生态发展区构成) it is a place as any other. Which regions and
which title heads: `positioning_titles` of pipeline/data/entities_zh.json. An honorary title a place is awarded
opens with the awarding country or province (获评中国历史文化名城, 入选广东省历史文化名村): that place is in the title,
no mention of it (`honour_after`); a verb between the place and the title's head makes the place the subject. A
title quoted after the verb that confers it (创建为“广东省某某示范园区”) names no place, nor does a place inside it, nor
a place right after such a verb that opens the title (被评为某市“十大名米”, 被评为某市八大名果: `honour_open_verbs`),
or that opens a later title of the list the verb confers (获评为甲、某省某某示范案例), an edition year between the verb
and the place aside (入选2023某国某科学重大进展).
A ranking's name (百佳县, 百强县: 'the best hundred counties') holds no place: a known place whose first character
completes the ranking's word (佳县 in 百佳县) is read across it (`ranking_words`).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.designations_zh import designation_places
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.quoted_zh import Match


def positioning_titles(folded: str, matches: list[Match], rules: dict[str, Any],
                       sites: frozenset[str] = frozenset()) -> list[Match]:
    """Drop region places (by id, or unknown names by kind) that only open a positioning title; `sites` (the ids of
    gazetteer venues, airports, ports …: "site_types") open no honorary title."""
    ids = set(rules.get("ids", ()))
    kinds = tuple(rules.get("kinds", ()))
    title = re.compile(rules.get("title_after", "(?!)"))

    def region(m: Match) -> bool:
        return m.label == "PLACE" and (m.entity[3:] in ids if m.entity.startswith("id:") else
                                       folded[m.start:m.end].endswith(kinds))
    owner = rules.get("owned_by", {})
    before = {m.end: m.entity[3:] for m in matches if m.label == "PLACE" and m.entity.startswith("id:")}

    def elsewhere(m: Match) -> bool:  # 辽宁沿海经济带: another province's belt, no mention of Guangdong's
        own = owner.get(m.entity[3:])
        return own is not None and before.get(m.start, own) != own
    kind_before = tuple(rules.get("kind_before", ()))
    honour = re.compile(rules.get("honour_after", "(?!)"))
    verbs = tuple(rules.get("honour_not_between", ()))

    def honoured(m: Match) -> bool:  # 获评中国历史文化名城: 中国 opens the title
        title_run = honour.match(folded, m.end) if m.label == "PLACE" else None
        return title_run is not None and not any(v in title_run.group() for v in verbs)
    quote_verbs = tuple(rules.get("honour_quote_verbs", ()))
    open_verbs = tuple(rules.get("honour_open_verbs", ()))

    def opens_title(m: Match) -> bool:  # 被评为某市“十大名米”: a known place (not a site: 入选某某植物园体系) opens the title
        if not (m.entity.startswith("id:") and m.entity[3:] not in sites and m.end < len(folded) and
                (folded[m.end] in "“「" or bool(_CJK.match(folded[m.end])))):
            return False
        if folded.endswith(open_verbs, 0, m.start - len(_edition_year(folded, m.start))):
            return True  # 入选2023某国某某重大进展: the title's edition year between the verb and the place
        # 获评为甲、乙、广东某某示范案例: a later title of the list the verb confers, the place before its words
        clause = max(folded.rfind(c, 0, m.start) for c in "，。；,;！？!?\n")
        words = re.match(r"(?:(?![和及与])[一-鿿])*", folded[m.end:]).group()  # type: ignore[union-attr]  # 广州、深圳和珠海三市: a list of places
        return m.start > 0 and folded[m.start - 1] == "、" and len(words) >= 4 and \
            any(v in folded[clause + 1:m.start] for v in open_verbs)

    ranks = frozenset(rules.get("ranking_words", ()))  # 百佳县: 百佳 'the best hundred' + 县, no 佳县

    def ranked(m: Match) -> bool:
        return m.entity.startswith("id:") and m.start > 0 and folded[m.start - 1:m.start + 1] in ranks
    matches = designation_places(folded, matches, rules.get("designation_after", "(?!)"))  # 中国500强, 某省…示范区
    return [m for m in matches if not (region(m) and (title.match(folded, m.end) or
                                                      folded.endswith(kind_before, 0, m.start)))
            and not elsewhere(m) and not honoured(m) and not (m.label == "PLACE" and (
                conferred(folded, m, quote_verbs) or opens_title(m) or ranked(m)))]


_EDITION = re.compile(r"(?<![0-9])[0-9]{4}年?度?$")


def _edition_year(folded: str, at: int) -> str:
    """The edition year written right before `at` (入选2023|某国…, 评为2022年度|…), '' if none."""
    hit = _EDITION.search(folded, max(0, at - 6), at)
    return hit.group() if hit else ""


def conferred(folded: str, m: Match, verbs: tuple[str, ...]) -> bool:
    """The match lies inside a quoted title right after a verb that confers it (创建为“某省某某示范园区”), or inside a
    second title quoted right after such a title (“甲”“乙”)."""
    q = max(folded.rfind("“", 0, m.start + 1), folded.rfind("「", 0, m.start + 1))
    close = min((k for k in (folded.find("”", q), folded.find("」", q)) if k >= 0), default=-1)
    if not verbs or q < 0 or close < m.end:
        return False
    while q > 0 and folded[q - 1] in "”」":  # “甲”“乙”: step back over the titles quoted before
        q = max(folded.rfind("“", 0, q - 1), folded.rfind("「", 0, q - 1))
        if q < 0:
            return False
    return folded.endswith(verbs, 0, q)
