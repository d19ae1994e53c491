"""Folded Chinese text + a document's final matches → the place names that need every short name found first.

Three facts of Chinese place naming that can only be read once the whole document's places are known (a county's
short form is found only where its prefecture is named, after the block scan):
- a county's short form found only because its prefecture is named opens a suffix-built name as any known place
  does (昌江核电, 凭祥重点开发开放试验区);
- a zone set up by a place for places listed in brackets is one zone (中国（杭州、宁波）跨境电子商务综合试验区,
  福州（平潭）综合实验区: Pingtan is a county of Fuzhou, found as a short form); the places inside are no mentions
  (GUIDELINES-zh 11), as bracketed_zh reads a bracket holding one place found by the scan;
- a province's or a prefecture's bare 口岸 ('the ports of entry of X') names no port: the division is the mention
  (过去一年广东省口岸的通关时间, 全年珠海口岸出入境: a place used as a modifier); and two places written together
  before 港 name one port (宁波舟山港, the merged port of Ningbo and Zhoushan), the longest span, as a city before
  its district's port (广州南沙港) is one;
- a company's base named by the company, a place and the site's kind (某某集团肇庆基地) is one place
  (company_sites_zh);
- the units a division lists as those it administers (辖甲、乙…N个社区) are places when the count agrees (administered_zh),
  and so are the villages or communities a clause lists before their count and kind (甲、乙4村) or in a bracket after
  them (7个社区(甲、乙…)) (counted_lists_zh); a village right after its town (某镇新屋村) is a place (town_villages_zh);
  a county's short form after a compass word and a bordering verb (北靠古田) is the neighbouring county (bordering_counties_zh);
  a river right before a word of its course (地处敖江上游) is a place (river_courses_zh);
- a division's public venue named by its level alone (市体育中心, 区体育馆) is a place (level_venues_zh);
- a place right after a verb of becoming that opens a role title (打造某区域…中心) is in the title (goal_titles_zh);
- a division alone in brackets glued inside a name (国家超算(某市)中心) is the name's seat (seat_brackets_zh);
- a country or SAR right before one of its own public bodies (香港政府统计处) is part of its name (own_bodies_zh);
- 内地 set against 沿海 ('the coast and the interior') names the inland regions, not Mainland China;
- a one-character abbreviation of a continent or a country stands for it in a list of such abbreviations
  (欧、美、日等经济体: Europe, the United States, Japan) and in a few fixed compounds (欧债危机, the European debt
  crisis); a single character alone is a word (美 'beautiful', 日 'day'), never a place.
Rules: entities_zh.json "late_places".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipeline.extract.entities.administered_zh import administered_lists
from pipeline.extract.entities.hill_locatives_zh import hill_locatives
from pipeline.extract.entities.quoted_attractions_zh import quoted_attractions
from pipeline.extract.entities.bordering_counties_zh import bordering_counties
from pipeline.extract.entities.company_sites_zh import company_sites
from pipeline.extract.entities.counted_lists_zh import counted_lists
from pipeline.extract.entities.county_town_pairs_zh import county_town_pairs
from pipeline.extract.entities.document_titles_zh import document_titles
from pipeline.extract.entities.glossed_names_zh import glossed_names
from pipeline.extract.entities.goal_titles_zh import goal_titles
from pipeline.extract.entities.own_bodies_zh import own_bodies
from pipeline.extract.entities.seat_brackets_zh import seat_brackets
from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.lake_lists_zh import lake_lists
from pipeline.extract.entities.level_venues_zh import level_venues
from pipeline.extract.entities.local_settlements_zh import local_settlements
from pipeline.extract.entities.name_tails_zh import name_tails
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.river_courses_zh import river_courses
from pipeline.extract.entities.town_villages_zh import town_villages
from pipeline.extract.entities.venue_halls_zh import venue_halls
from pipeline.extract.entities.word_bounds_zh import ends_left_word

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LIST_JOINS = "、，,和及与"


@lru_cache(maxsize=4)
def _patterns(suffixes: tuple[str, ...], max_after: int, letters: str, followers: tuple[str, ...],
              compounds: tuple[str, ...]) -> tuple[Any, Any]:
    ends = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    bracket = re.compile(rf"[（(]([^（）()\n]{{2,24}})[）)]([{_CJK}]{{0,{max_after}}}?(?:{ends}))")
    one = f"[{re.escape(letters)}]"
    after = "|".join(re.escape(f) for f in sorted(followers, key=len, reverse=True))
    # 欧、美、日等: two or more abbreviations joined by 、, then a word that ends the list (等, 三大, 经济 …)
    listed = rf"({one}(?:、{one})+)(?={after}|[^{_CJK}]|$)"
    glued = "|".join(re.escape(c) for c in compounds) or "(?!)"  # 欧债危机: the abbreviation opens a fixed compound
    return bracket, re.compile(rf"{listed}|(?=(?:{glued}))({one})")


def late_places(folded: str, matches: list[Match], place_id: Callable[[str], str], type_of: Callable[[str], str],
                rules: dict[str, Any], place_suffixes: dict[str, Any], names: Any = None) -> list[Match]:
    """`matches` with bracketed zone lists joined, divisions' generic ports read as the division, joined ports
    made one place and abbreviated lists of continents and countries read; `names` (suffix_zh.SuffixNames) builds
    the names a short form found late opens."""
    late = rules["late_places"]
    if names is not None:
        matches = short_form_names(folded, matches, names, int(late["short_form_reach"]))
        matches = company_sites(folded, matches, rules["company_sites"], names, set(rules["boundary_chars"]),
                                place_id)  # 某某集团肇庆基地
    matches = administered_lists(folded, matches, rules.get("administered_lists", {}))  # 辖甲、乙…N个社区
    matches = counted_lists(folded, matches, rules.get("counted_lists", {}))  # 甲、乙4村; 7个社区(甲、乙…)
    matches = town_villages(folded, matches, rules.get("town_villages", {}), names)  # 乌塘镇新屋村: the town's village
    matches = bordering_counties(folded, matches, rules.get("bordering_counties", {}), place_id, type_of)  # 北靠古田
    matches = river_courses(folded, matches, rules.get("river_courses", {}), rules.get("water_names", {}), names)  # 敖江上游
    matches = hill_locatives(folded, matches, rules.get("hill_locatives", {}), names)  # 坐落于某某山之南
    matches = lake_lists(folded, matches, rules.get("lake_lists", {}), names)  # 某某湖、某湖
    matches = level_venues(folded, matches, rules.get("level_venues", {}))  # 完成市体育中心改造: the city's venue
    if names is not None:
        matches = local_settlements(folded, matches, rules.get("local_settlements", {}), names)  # 某某(山名), 某某自然村, 某某圩镇
        matches = county_town_pairs(folded, matches, place_id, rules.get("county_town_pairs", {}))  # 鹤山古劳: county + town
    bracket, abbreviations = _patterns(tuple(s for s in place_suffixes if len(s) >= 2 and not s.startswith("_")),
                                       int(late["bracket_max_after"]), "".join(late["abbreviations"]),
                                       tuple(late["abbreviation_followers"]), tuple(late["abbreviation_compounds"]))
    matches = bracketed_lists(folded, matches, bracket, tuple(rules["bracketed_places"]["institution_suffixes"]),
                              common_words(late["bracket_cut_words"]))
    matches = division_ports(folded, matches, place_id, type_of, late,
                             tuple(rules["place_names"]["short_suffix_right"]["port_words"]))
    matches = inland_regions(folded, matches, _inland(late["inland_contrast"]))
    matches = quoted_attractions(folded, matches, type_of, rules.get("quoted_attractions", {}))  # 馬灣「挪亞方舟」
    matches = goal_titles(folded, matches, type_of, rules.get("goal_titles", {}))  # 打造某区域…中心: a role's title
    matches = seat_brackets(folded, matches, type_of, rules.get("seat_brackets", {}))  # 国家超算(某市)中心: the seat
    matches = document_titles(folded, matches, rules.get("document_titles", {}))  # 关于印发某省…工作方案的通知
    matches = glossed_names(folded, matches, rules.get("glossed_names", {}))  # “两城”指某某新城
    matches = own_bodies(matches, type_of, rules.get("own_bodies", {}), folded)  # 香港政府统计处: one body's name
    matches = venue_halls(folded, matches, rules.get("venue_halls", {}))  # 某会议中心世纪大会堂: the hall
    matches = name_tails(folded, matches, rules.get("name_tails", {}), type_of)  # 某国家植物园体系, 某地肺炎, 某某樞紐
    return abbreviated_regions(folded, matches, abbreviations, place_id, late)


def short_form_names(folded: str, matches: list[Match], names: Any, reach: int) -> list[Match]:
    """昌江核电二期, 凭祥重点开发开放试验区: a county's short form found only by its prefecture (local_zh, after the
    block scan) opens a suffix-built name as a place found by the scan does (suffix_zh.from_known)."""
    for m in [m for m in matches if m.label == "PLACE" and m.extra.get("local")]:
        after = [x.start for x in matches if x.start >= m.end]
        stop = min([len(folded), m.end + reach] + after)
        best, port_area = None, False
        for e in range(m.end + 1, stop + 1):
            suffix = names.suffix_at(folded, e)
            # a port's area (江门港新会港区) stays out: whether a port and its area are one place is an open ruling
            port_area = port_area or suffix in names.port_parts
            if suffix and e - len(suffix) >= m.end and suffix not in names.separate and \
                    not names.word_continues(folded, e, suffix):  # 某地站上千亿: the verb 站上, no station
                span = names.from_known(folded, 0, e - len(suffix), e, suffix, [(m.start, m.end)])
                best = span if span is not None and span.start == m.start else best
        if best is not None and not port_area:
            matches = _replace_span(matches, Match(best.start, best.end, "", "PLACE", "", "", {"suffix": "1"}))
    return matches


def _known(m: Match) -> bool:
    return m.label == "PLACE" and m.entity.startswith("id:")


def _replace_span(matches: list[Match], new: Match) -> list[Match]:
    return sorted([m for m in matches if not (new.start <= m.start and m.end <= new.end)] + [new], key=lambda m: m.start)


def bracketed_lists(folded: str, matches: list[Match], bracket: Any, not_ends: tuple[str, ...],
                    cut_words: frozenset[str] = frozenset()) -> list[Match]:
    """中国（杭州、宁波）跨境电子商务综合试验区: a known place, a bracket listing known places, a zone suffix: one zone;
    not when the suffix's last character opens a word with the next (科技园区: 园区, the zone name is cut)."""
    by_end = {m.end: m for m in matches if _known(m)}
    spans = {(m.start, m.end) for m in matches if _known(m)}
    for b in bracket.finditer(folded):
        head = by_end.get(b.start())
        tail = b.group(2)
        if head is None or tail.endswith(not_ends) or any(c in _LIST_JOINS + "等" for c in tail):
            continue  # 香港（九龙）及新界…: a conjunction after the bracket starts another name
        if folded[max(0, head.start - 2):head.start] in ("）、", ")、") or folded[b.end() - 1:b.end() + 1] in cut_words:
            continue  # 广州（黄埔）、深圳（南山）示范区: a list of pairs sharing the title; 科技园区: the suffix is cut
        pos, items = b.start(1), re.split(f"[{_LIST_JOINS}]", b.group(1))
        if len(items) > 1 and not all(items):
            continue
        ok = True
        for item in items:
            ok = ok and (pos, pos + len(item)) in spans
            pos += len(item) + 1
        if ok and not any(m.start < head.start < m.end or m.start < b.end() <= m.end and m.start < head.start
                          for m in matches):
            matches = _replace_span(matches, Match(head.start, b.end(), "", "PLACE", "", "", {"suffix": "1"}))
    return matches


def division_ports(folded: str, matches: list[Match], place_id: Callable[[str], str], type_of: Callable[[str], str],
                   late: dict[str, Any], words: tuple[str, ...]) -> list[Match]:
    """广东省口岸 → 广东省 (the province's ports of entry, no port's name); 宁波舟山港 → one port."""
    generic: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in late["division_ports"].items() if not k.startswith("_")}
    crossings = tuple(late["division_ports_not_after"])  # 港珠澳大桥珠海口岸: the bridge's named port
    out: list[Match] = []
    for m in matches:
        name = folded[m.start:m.end]
        kind = next((k for k in generic if name.endswith(k)), "")
        eid = place_id(name[:-len(kind)]) if kind and m.label == "PLACE" and not m.entity.startswith("id:") and \
            not folded.endswith(crossings, 0, m.start) else ""
        if eid and type_of(eid) in generic[kind]:
            m = Match(m.start, m.end - len(kind), f"id:{eid}", "PLACE", name[:-len(kind)])
        out.append(m)
    port = late["joined_port"]
    for a, b in zip(out, out[1:]):
        if _known(a) and _known(b) and a.end == b.start and folded.startswith(port, b.end) and \
                not folded.startswith(words, b.end) and type_of(a.entity[3:]) in late["joined_port_types"] and \
                type_of(b.entity[3:]) in late["joined_port_types"]:
            out = _replace_span(out, Match(a.start, b.end + len(port), "", "PLACE", "", "", {"suffix": "1"}))
    return out


@lru_cache(maxsize=4)
def _inland(pattern: str) -> Any:
    return re.compile(pattern)


def inland_regions(folded: str, matches: list[Match], contrast: Any) -> list[Match]:
    """沿海与内地: 内地 set against the coast is the inland provinces, no mention of Mainland China (GUIDELINES-zh 11
    reads 内地 as the Mainland, the Hong Kong sense; a Mainland text opposing it to 沿海 means the interior)."""
    if "内地" not in folded:
        return matches
    spans = [(c.start(), c.end()) for c in contrast.finditer(folded)]
    return [m for m in matches if not (m.label == "PLACE" and folded[m.start:m.end] == "内地" and
                                       any(s <= m.start and m.end <= e for s, e in spans))]


def abbreviated_regions(folded: str, matches: list[Match], abbreviations: Any, place_id: Callable[[str], str],
                        late: dict[str, Any]) -> list[Match]:
    """欧、美、日: each abbreviation in a list of them is its continent or country; 欧债 is Europe's debt."""
    names: dict[str, str] = late["abbreviations"]
    taken = [(m.start, m.end) for m in matches]
    found: list[Match] = []
    letters = "".join(names)
    spots = [(a.start(g) + i, c) for a in abbreviations.finditer(folded) for g in (1, 2) if a.group(g) and
             not (g == 1 and ends_left_word(folded, a.start(g), letters))  # 节假日、非…: 日 ends 假日, no list
             for i, c in enumerate(a.group(g)) if c != "、"]
    for pos, char in spots:
        eid = place_id(names[char])
        if eid and not any(s <= pos < e for s, e in taken):
            found.append(Match(pos, pos + 1, f"id:{eid}", "PLACE", char))
    return sorted(matches + found, key=lambda m: m.start) if found else matches

