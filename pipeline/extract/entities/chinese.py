"""Chinese blocks → place and institution `Mention`s: longest gazetteer match on script-folded characters.

Matching runs on `lang.fold(text)` (Traditional → Simplified, one character for one), so 香港科技園公司
and 香港科技园公司 hit the same alias while the row keeps the text as written. On top of the
gazetteer (rules in pipeline/data/entities_zh.json):
- a known name followed by a name body and an institution suffix (有限公司, 研究院, 局 …) is one
  institution: 香港微電子研發院, 中國科學院深圳先進技術研究院 (extension_zh);
- a place that starts a programme name (大灣區青年就業計劃) or sits in a 《title》 is no mention;
- 政府 / 特區政府 mean the government of the document's locale; 市政府, 合作區 refer back to the
  nearest 某市人民政府 / 某某合作區 named in the document;
- a quoted name with a suffix (「生命健康研究院」) is an entity, a counted kind (六所國家…中心) is not;
- short unknown items listed beside known places are places (長沙、水口、石壁和貝澳: lists_zh);
- a district's short name counts where the document names its prefecture (茂名 … 茂南: local_zh);
- a compass word before a Hong Kong area names an area of its own (北大嶼山: compass_zh);
- short names that are also parts of words (海地, 教育局, 南區) need a boundary (Chinese has no spaces);
- unambiguous Latin acronyms (HKSTP, NDRC) count inside Chinese text too.
The scan itself (boundaries) is the mixin `scan_zh.ZhScan`, name extension `extension_zh.ZhExtension`, references `references_zh.ZhReferences`.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.abbreviations_zh import verb_abbreviations
from pipeline.extract.entities.hk_settlements_zh import locale_settlements
from pipeline.extract.entities.acting_zh import acting_facilities
from pipeline.extract.entities.address_zh import address_places
from pipeline.extract.entities.adjacent_places_zh import glued_route_places, join_adjacent_places, latin_led_places
from pipeline.extract.entities.bills_zh import bills_committees
from pipeline.extract.entities.bodies_zh import division_bodies, line_listed_bodies, listed_bodies, listed_firms
from pipeline.extract.entities.bracketed_zh import bracketed_places, qualified_places, quoted_places
from pipeline.extract.entities.city_areas_zh import urban_area_villages
from pipeline.extract.entities.report_authors_zh import report_authors
from pipeline.extract.entities.example_leads_zh import example_leads
from pipeline.extract.entities.each_bodies_zh import each_bodies
from pipeline.extract.entities.university_units_zh import university_units
from pipeline.extract.entities.shared_levels_zh import shared_level_bodies
from pipeline.extract.entities.zone_bodies_zh import zone_spans
from pipeline.extract.entities.branches_zh import (bank_branches, body_units, bracketed_bodies, group_companies,
                                                     paired_bodies, parent_units)
from pipeline.extract.entities.buildings_zh import drop_rooms, institution_buildings
from pipeline.extract.entities.compass_pairs_zh import paired_compass
from pipeline.extract.entities.compass_regions_zh import compound_regions
from pipeline.extract.entities.compass_zh import compass_after, compass_places, numbered_areas
from pipeline.extract.entities.crossborder_zh import CrossBorder
from pipeline.extract.entities.crossings_zh import crossing_aliases, new_crossings
from pipeline.extract.entities.congress_committees_zh import congress_committees
from pipeline.extract.entities.coordination_zh import shared_heads
from pipeline.extract.entities.context_zh import (context_bodies, defined_forms, defined_places, demonstrative_bodies,
                                                  drop_posts, drop_project_items, drop_works_items, join_defined,
                                                  join_known_tails, join_registered, join_renamed, join_tails,
                                                  quoted_designations, registered_known)
from pipeline.extract.entities.demonyms_zh import drop_demonyms
from pipeline.extract.entities.departments_zh import Departments
from pipeline.extract.entities.districts_zh import district_forms, district_names
from pipeline.extract.entities.district_sites_zh import marked_district_sites
from pipeline.extract.entities.district_localities_zh import district_localities
from pipeline.extract.entities.extension_zh import ZhExtension
from pipeline.extract.entities.gazetteer import Entry, Gazetteer, load_json_data
from pipeline.extract.entities.gazetteer_zh import build_zh
from pipeline.extract.entities.groups_zh import leading_groups
from pipeline.extract.entities.glued_divisions_zh import glued_divisions
from pipeline.extract.entities.hospitals_zh import affiliated_hospitals, second_names
from pipeline.extract.entities.labs_zh import provincial_labs
from pipeline.extract.entities.late_places_zh import late_places
from pipeline.extract.entities.labels_zh import label_places
from pipeline.extract.entities.languages_zh import drop_languages
from pipeline.extract.entities.governments_zh import country_governments
from pipeline.extract.entities.lists_zh import listed_places
from pipeline.extract.entities.local_zh import LocalNames, join_local_sites
from pipeline.extract.entities.canonical_scripts_zh import same_canonicals
from pipeline.extract.entities.town_sites_zh import join_town_sites
from pipeline.extract.entities.zone_sites_zh import join_zone_sites
from pipeline.extract.entities.sibling_shorts_zh import ordinary_word
from pipeline.extract.entities.written_short_zh import WrittenShorts
from pipeline.extract.entities.members_zh import formal_committees
from pipeline.extract.entities.nested_places_zh import nested_places
from pipeline.extract.entities.quoted_zh import Match, quoted_names, quoted_parts
from pipeline.extract.entities.sibling_lists_zh import SiblingLists, local_parents
from pipeline.extract.entities.same_names_zh import same_written_bodies
from pipeline.extract.entities.positioning_zh import positioning_titles
from pipeline.extract.entities.word_bounds_zh import drop_straddled
from pipeline.extract.entities.report_sites_zh import report_sites
from pipeline.extract.entities.local_places_zh import local_places
from pipeline.extract.entities.clause_bodies_zh import clause_led_bodies
from pipeline.extract.entities.sites_zh import known_pair_sites, qualified_short_forms, region_short_forms, same_sites
from pipeline.extract.entities.slash_areas_zh import merge_slash_areas
from pipeline.extract.entities.references_zh import ZhReferences
from pipeline.extract.entities.scan_zh import ZhScan
from pipeline.extract.entities.suffix_zh import Span, SuffixNames
from pipeline.extract.entities.town_addresses_zh import office_addresses
from pipeline.extract.entities.towns_zh import Towns
from pipeline.extract.entities.local_bodies_zh import numbered_schools, town_bodies
from pipeline.extract.entities.water_zh import water_places
from pipeline.extract.entities.websites_zh import body_websites
from pipeline.extract.entities.meetings_zh import held_meetings
from pipeline.extract.entities.pan_regions_zh import pan_regions
from pipeline.extract.entities.quoted_offices_zh import quoted_offices
from pipeline.extract.entities.own_country_zh import own_country_prefixes
from pipeline.extract.entities.sources_zh import masthead, source_publishers
from pipeline.extract.entities.stations_zh import operator_stations
from pipeline.lang import fold
from pipeline.records import EntityMention

class ZhEntityMatcher(ZhScan, ZhExtension, ZhReferences):
    """Built once per process from the gazetteer; `mentions` is called per document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        zh = self.zh = build_zh(gazetteer)
        self.entries: dict[str, Entry] = zh.entries
        self.rules = load_json_data("entities_zh.json")
        self.boundary = set(self.rules["boundary_chars"])
        self.left_ok_words = tuple(self.rules["left_ok_words"])
        self.count_before = re.compile(self.rules["count_before_name"])
        self.dateline = re.compile(self.rules["masthead_dateline"])  # 《某某通訊社25日專訊》
        led = self.rules["place_names"].get("country_led_suffixes", ())  # facility (region_label)
        self.country_led = re.compile(rf"[一-鿿]{{1,6}}(?:{'|'.join(led) or '(?!)'})")
        self.index: dict[str, str] = {}
        self.names_of: dict[str, set[str]] = {}
        for alias, eid in zh.aliases:
            key = fold(alias)
            self.index.setdefault(key, eid)
            self.names_of.setdefault(eid, set()).add(key)
        self.ambiguous = {fold(a): ids for a, ids in zh.ambiguous.items()}
        self.specials = {k: "locale" for k in self.rules["locale_aliases"]}
        self.specials.update({k: "anaphora" for k in self.rules["anaphora"]})
        self.specials.update({k: "relative" for k in self.rules["relative_bodies"] if k not in self.specials})
        self.specials.update({k: "relative" for k in self.rules["relative_bare"]["forms"] if k not in self.index})
        self.specials.update({k: "compound" for k in self.rules["compound_abbreviations"] if k not in self.index})
        keys = set(self.index) | set(self.specials)
        self.by_first: dict[str, list[str]] = {}
        for key in sorted(keys, key=len, reverse=True):
            self.by_first.setdefault(key[0], []).append(key)
        self.acronyms = self.acronym_index(gazetteer)
        # 普宁青梅, 是连州实施: a county-level city's two-character short form (matched between boundaries only, 英德两国)
        # counts with one edge where the text names the city in full or its prefecture, as a district's does
        cities = tuple((a, eid, p) for a in sorted(zh.bounded) if (eid := self.index.get(fold(a), "")) and
                       self.entries[eid].type == "county-level city" for p in (zh.division_parent.get(eid, ""), eid) if p)
        self.local = LocalNames(zh.local + cities, zh.local_bounded)
        titled = self.rules["positioning_titles"]  # 认定为某机场: a site opens no title (positioning_zh.opens_title)
        self.title_sites = frozenset(eid for eid, e in self.entries.items() if e.type in titled["site_types"])
        self.written_shorts = WrittenShorts(self.entries, zh.division_parent, self.rules["written_short_forms"], self.index)
        self.towns = Towns(load_json_data("zh_townships.json")["towns"], zh.division_parent, zh.redirects,
                           {eid: e.type for eid, e in self.entries.items()}, self.rules["towns"],
                           self.rules["event_after"])  # 石角、龙塘镇
        self.siblings = SiblingLists(self.entries, self.names_of, zh.division_parent, set(zh.bounded), local_parents(zh.local))
        self.cross = CrossBorder(zh.aliases, self.entries, self.index, LocalNames(zh.local, zh.local_bounded).by_parent)  # 大埔
        self.left_strict = set(self.rules["left_boundary_aliases"])
        self.left_boundary = frozenset(self.left_strict)
        # 教育局, 税务局, 科学园: a Hong Kong body's short name is a common noun elsewhere (市教育局,
        # 中关村科学园), so it needs a boundary on its left
        self.left_strict |= {k for k, eid in self.index.items() if len(k) <= 3 and k[-1] in "局署处园"
                             and self.entries[eid].country_code in ("HK", "MO")}
        self.hk_stems = {k for k, eid in self.index.items() if {"香港" + k, "政府" + k} & self.names_of.get(eid, set())}
        self.left_strict |= self.hk_stems
        # 北汽福田 (BAIC Foton), 广汽南沙: a Mainland district's or county's two-character short form glued to the
        # character before it is the end of another word, a company's name; it needs a boundary, a verb or a place
        self.glued_short = frozenset(k for k, eid in self.index.items() if len(k) == 2 and k[-1] not in "省市县区州旗镇乡村"
                                     and self.entries[eid].country_code == "CN"
                                     and self.entries[eid].type in ("district", "county")
                                     or len(k) == 2 and k[-1] in "县縣" and k[0] in self.rules["slogan_county_verbs"])  # 实业富县
        self.left_blocked = set(self.rules["left_blocked"])
        self.every_level = re.compile(self.rules["every_level_list"])
        self.both_strict = {fold(k) for k in self.rules["both_boundary_aliases"]} | {fold(k) for k in zh.bounded}
        self.right_words = tuple(self.rules["both_boundary_right_words"])  # 新田連接, 上水一帶: a boundary on the right
        self.suffixes = sorted(self.rules["institution_suffixes"], key=len, reverse=True)
        self.programme_heads = self.rules["programme_heads"]
        self.districts = district_names(self.entries, self.rules["district_forms"])  # 元朗 → 元朗區 (the district)
        self.suffix_names = SuffixNames(self.rules["place_names"], self.boundary, self.rules["name_body_verbs"])
        self.lead_verbs = frozenset(self.suffix_names.lead_verbs)  # 新增仙桃、潜江: a verb opens a list's first item
        self.verbs_left = tuple(self.suffix_names.left_verbs)  # a bounded name may follow these (前往, 港鐵) …
        self.glued_ok = self.verbs_left + self.suffix_names.category_starts + \
            tuple(self.rules["district_short_forms"]["left_words"])  # 服务南沙 (北汽福田: no Futian)
        self.partner_words = tuple(self.rules["district_short_forms"]["left_words"])  # 携手中山: a partner place
        self.place_heads = re.compile("|".join([re.escape(h) for h in self.rules["place_names"]["bounded_before"]] + [
            self.rules["place_names"]["bounded_before_town"]]))  # … and stand before these (站, 港鐵站) or a town (台山大江镇)
        self.inst_names = SuffixNames(self.rules["institution_names"], self.boundary, self.rules["name_body_verbs"])
        self.departments = Departments(self.rules)
        self.unit_stops = tuple(v for v in self.rules["post_titles_after"] + self.rules["name_body_verbs"] +
                                self.rules["institution_names"]["left_verbs"] if len(v) > 1)

    def name_divisions(self, folded: str, matches: list[Match]) -> list[Match]:
        """广东省高级人民法院: a body named with its division's full name names that division for the bare-level bodies
        (省发展改革委, 省人大) of the same text, as a division written alone does."""
        out = []
        for m in matches:
            name = folded[m.start:m.end] if m.label == "INSTITUTION" else ""
            k = next((k for k in range(min(len(name) - 2, 8), 1, -1) if name[k - 1] in self.departments.levels
                      and (e := self.place_entry(name[:k])) is not None and e.country_code in self.departments.countries), 0)
            if k:
                out.append(Match(m.start, m.start, f"id:{self.index[name[:k]]}", "PLACE", ""))
        return out

    def known_name(self, name: str, label: str) -> str:
        """The id of the gazetteer entry a built name (a department, a relative body) is an alias of, or ''."""
        key = fold(re.sub(r"\s+", "", name))
        entry = self.entries.get(self.index.get(key, "")) if key not in self.ambiguous else None
        return entry.id if entry is not None and (entry.table == "place") == (label == "PLACE") else ""

    def place_entry(self, key: str) -> Entry | None:
        entry = self.entries.get(self.index.get(key, ""))
        return entry if entry is not None and entry.table == "place" else None

    @staticmethod
    def acronym_index(gazetteer: Gazetteer) -> dict[str, str]:
        """Unambiguous Latin acronyms (HKSTP, NDRC, CUHK) → entry id: Chinese text quotes them too."""
        owners: dict[str, set[str]] = {}
        for e in gazetteer.entries:
            for a in {e.acronym, *e.aliases}:
                if a and re.fullmatch(r"[A-Z][A-Z&]{2,9}", a):
                    owners.setdefault(a, set()).add(e.id)
        return {a: next(iter(ids)) for a, ids in owners.items() if len(ids) == 1}

    def latin_acronyms(self, folded: str, start: int, end: int, matches: list[Match]) -> list[Match]:
        out = list(matches)
        for m in re.finditer(r"(?<![A-Za-z0-9&])[A-Z][A-Z&]{2,9}(?![A-Za-z0-9&]|\([A-Z]{1,3}\)|" + "|".join(  # THB(T)CR 11/1016/99, BOT模式: no body
                self.rules["latin_modes"]) + ")", folded[start:end]):
            eid = self.acronyms.get(m.group())
            if eid and eid in self.entries:
                label = "PLACE" if self.entries[eid].table == "place" else "INSTITUTION"
                out.append(Match(start + m.start(), start + m.end(), f"id:{eid}", label, m.group()))
        return sorted(out, key=lambda x: x.start)

    def place_names(self, folded: str, start: int, end: int, matches: list[Match]) -> list[Match]:
        """Suffix-built places (啟德郵輪碼頭, 瑪麗醫院) replace the names inside them; places inside a
        route designation (沙田至中環線) are dropped."""
        # a country does not start a facility's name (“中國洋浦港” is China's port 洋浦港)
        # nor does a region before a bare suffix: 內地機場, 大灣區機場 are airports of a kind (珠三角樞紐機場 is one)
        known = [(m.start, m.end, self.region_label(folded, m, end)) for m in matches if not m.special]
        out = self.merge(matches, marked_district_sites(  # 葵青區 + 和宜合道運動場: two places; 葵青區體育館: one
            folded, self.suffix_names.find(folded, start, end, known), known, self.districts, self.suffix_names.suffix_at))
        # 崖州灣國家實驗室, 海墾集團: an unknown name with an institution suffix
        out = self.merge(out, self.inst_names.find(folded, start, end, [(m.start, m.end, m.label) for m in out
                                                                        if m.special != "compound"]))
        routes = self.suffix_names.route_spans(folded, start, end, tuple((m.start, m.end) for m in out if m.label == "PLACE"))
        roads = self.suffix_names.road_suffixes  # 東涌道: a road's name, no place (nor is 東涌 in it); 板道 is no road
        # 广东沿海经济带建设先锋: a name built on a place that starts an honour's title is in the title too
        # (海口经济圈产业发展规划 stays the zone: DECISIONS 23; 江门市规划展览馆: 规划 inside the name heads nothing)
        titled = {m.start for m in matches if "designation" in m.extra}
        out = [m for m in out if not ("suffix" in m.extra and m.start in titled and
                                      self.heads_after(folded, m.end, self.rules["honour_heads"]))]
        longer = tuple(s for s in self.suffix_names.suffixes if s.endswith(roads) and s not in roads) if roads else ()
        road = [m for m in out if "suffix" in m.extra and roads and folded[m.start:m.end].endswith(roads)
                and not folded[m.start:m.end].endswith(longer)]
        out = [m for m in out if m not in road]
        streets = self.suffix_names.streets  # 深水埗南昌街: the district stays
        in_route = glued_route_places(out, {m.start for m in road if not folded.endswith(streets, m.start, m.end)})
        return sorted((m for m in out if "designation" not in m.extra and not (m.label == "PLACE" and (
            any(rs <= m.start and m.end <= re for rs, re in routes) and not self.heads_body(folded, m) or
            (m.entity and self.suffix_names.in_route(folded, m.end)) or m.start in in_route))), key=lambda m: m.start)

    def region_label(self, folded: str, m: Match, end: int) -> str:
        """A match's label for the suffix names: COUNTRY for a country, REGION for a region right before a
        place suffix (no name body between), else its own label."""
        kind = self.entries[m.entity[3:]].type if m.entity.startswith("id:") else ""
        if kind == "country" and not self.country_led.match(folded, m.end, end) and m.alias not in self.cross.hk_of:  # 中国散裂中子源
            return "COUNTRY"
        if kind in self.rules["place_names"]["kind_regions"] and (suffix := max((  # (the suffix only for a region)
                x for x in self.suffix_names.suffixes if folded.startswith(x, m.end, end)), key=len, default="")) and \
                suffix not in self.suffix_names.locative and suffix not in self.rules["place_names"]["region_place_suffixes"]:
            return "REGION"  # 珠江口西岸都市圈: one area (粵港澳大灣區城市群, a locating suffix, stays the region)
        return m.label

    def heads_body(self, folded: str, m: Match) -> bool:
        """山东大学—济宁市国资委: a division that starts a body's name in a dash pairing stays for the body."""
        entry = self.entries.get(m.entity[3:]) if m.entity.startswith("id:") else None
        return self.departments.follows(folded, m.end, entry) or entry is not None and entry.country_code == "CN" \
            and folded.startswith(tuple(self.rules["division_bodies"]["pairing_heads"]), m.end)

    @staticmethod
    def merge(matches: list[Match], spans: list[Span]) -> list[Match]:
        """Suffix-built spans replace the matches inside them; of two crossing names the longer stays."""
        out = []
        for m in matches:
            inside = [sp for sp in spans if sp.start <= m.start and m.end <= sp.end]
            crossing = [sp for sp in spans if sp.start < m.end and m.start < sp.end and not
                        (sp.start <= m.start and m.end <= sp.end)]
            if inside:
                continue
            if crossing and all(m.end - m.start >= sp.end - sp.start for sp in crossing):
                spans = [sp for sp in spans if sp not in crossing]
            elif crossing:
                continue
            out.append(m)
        by_span = {(m.start, m.end): m for m in matches}
        for sp in spans:
            base = by_span.get(sp.alias_of) if sp.alias_of else None
            if base is not None:  # 啟德發展區: an alias of 啟德
                out.append(Match(sp.start, sp.end, base.entity, base.label, base.alias, "", {"suffix": "1"}))
            else:  # 梅州园: the park still names its city for the text (蕉岭 after it is 梅州's county)
                inner = max((m for m in matches if m.start == sp.start and m.end < sp.end and m.label == "PLACE"
                             and m.entity.startswith("id:")), key=lambda m: m.end, default=None) if sp.known else None
                out.append(Match(sp.start, sp.end, "", sp.label, "", "",
                                 {"suffix": "1", **({"within": inner.entity} if inner is not None else {})}))
        return sorted(out, key=lambda m: m.start)

    def ancestors(self, eid: str) -> list[str]:
        out = []
        while eid in self.entries and eid not in out:
            out.append(eid)
            eid = self.zh.resolve(self.entries[eid].parent)
        return out

    def disambiguate(self, matches: list[Match]) -> list[Match]:
        """朝阳区, 鼓楼区: a name several divisions share goes to the one whose province or city the
        document names elsewhere (else the first in code order)."""
        named = {m.entity[3:] for m in matches if m.entity.startswith("id:") and m.alias not in self.ambiguous}
        for m in matches:
            ids = self.ambiguous.get(m.alias)
            if ids:
                pick = next((i for i in ids if named & set(self.ancestors(i)[1:])), ids[0])
                m.entity = f"id:{pick}"
        return matches

    def mentions(self, doc_id: str, text: str, blocks: list[tuple[int, int, str]], locale: str
                 ) -> list[EntityMention]:
        """Places and institutions in the given (start, end, lang) blocks of `text`."""
        folded = fold(text)
        titles = [(m.start(), m.end()) for m in re.finditer(r"《[^》\n]{1,80}》", text)]
        matches: list[Match] = []
        lang_at: dict[int, str] = {}
        for start, end, lang in blocks:
            found = quoted_names(self.rules["quoted_names"], folded, start, end, self.extend(folded, country_governments(
                folded, shared_level_bodies(folded, self.scan(folded, start, end), self.specials, self.rules),  # 区人大、政协
                self.entries, self.rules)))  # 日本政府: Japan's, not the locale's
            found = self.place_names(folded, start, end, glued_divisions(folded, found, self.entries,
                                                                         self.rules["glued_divisions"]))
            found = paired_compass(folded, found, lambda k: e.id if (e := self.place_entry(k)) else "",
                                   self.rules["compass_places"])  # 新界東西: 新界, across it
            found = provincial_labs(folded, start, end, found, self.place_entry, self.boundary, self.rules)  # 某某广东省实验室
            located = [(m.start, m.end, self.cross.country(m.alias, self.entries[m.entity[3:]])) for m in found
                       if m.label == "PLACE" and m.entity[3:] in self.entries]
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in compass_places(folded, start, located, self.boundary,
                               self.rules["compass_places"], tuple(self.suffix_names.left_verbs))])  # 北大嶼山
            kept = {(m.start, m.end) for m in found}  # 羅湖南 → 羅湖; 新界東北 a name of its own
            found = self.merge(found, [Span(s, e, "PLACE", pe > 0, (s, pe) if pe > 0 else None) for s, e, pe in compass_after(
                folded, end, [k for k in located if (k[0], k[1]) in kept], self.boundary, self.rules["compass_places"])])
            found = self.merge(found, [Span(s, e, "PLACE", True, (s, pe)) for s, e, pe in numbered_areas(  # 將軍澳第137區
                folded, end, located, self.rules["compass_places"])])
            found = merge_slash_areas(found, folded, end, self.entries, self.boundary, self.rules["slash_areas"],
                                      self.merge)  # 古洞北/粉嶺北新發展區, 粉嶺/上水: one area
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in address_places(folded, [  # 龍山縣石羔鎮
                (m.start, m.end) for m in found if m.entity[3:] in self.entries and self.entries[m.entity[3:]].type in
                self.rules["address_places"]["head_types"] and self.entries[m.entity[3:]].country_code == "CN"],
                self.boundary, self.rules["address_places"],
                tuple(self.suffix_names.left_verbs + self.rules["name_body_verbs"]))])
            found = self.merge(found, [Span(s, e, label, False) for s, e, label in bracketed_places(
                folded, start, end, [(m.start, m.end) for m in found if m.label == "PLACE"],
                list(self.rules["place_names"]["suffixes"]), self.boundary,
                self.suffix_names.left_verbs + self.rules["name_body_verbs"], self.rules["bracketed_places"])])
            found = self.merge(found, [Span(s, e, "INSTITUTION", False) for s, e in zone_spans(  # 开发区（自贸试验区）党工委
                folded, start, end, [(m.start, m.end) for m in found if m.label == "PLACE"], self.boundary,
                self.suffix_names.lead_length, self.is_place, self.rules)])  # 省某某办, 新田科技城公司
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in quoted_places(  # 北流“两湾”产业园
                folded, start, end, [(m.start, m.end) for m in found if m.label == "PLACE"],
                list(self.rules["place_names"]["suffixes"]), int(self.rules["bracketed_places"]["max_after"]))])
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in qualified_places(  # 羅湖(南)站
                folded, start, end, [(m.start, m.end) for m in found if m.label == "PLACE"],
                list(self.rules["place_names"]["suffixes"]), self.rules["bracketed_places"])])
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in institution_buildings(folded, [
                (m.start, m.end, m.special == "locale") for m in found if m.label == "INSTITUTION" and m.entity[3:] in
                self.entries or folded[m.start:m.end].endswith(tuple(self.rules["institution_buildings"]["campus_of"]))
                or m.special == "locale" and m.alias.endswith("政府")],
                self.rules["institution_buildings"])])  # 立法會大樓
            found = drop_rooms(folded, found, self.rules["institution_buildings"])  # 立法会会议厅: a room, no row
            routes = self.suffix_names.route_spans(folded, start, end)  # 小沟岭至二道松花江段: no river in a route
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in water_places(folded, start, end, [
                (m.start, m.end, m.entity[3:] in self.entries and self.entries[m.entity[3:]].type in ("river", "lake"))
                for m in found], self.boundary, self.rules["water_names"]) if not any(a <= s and e <= b for a, b in routes)])
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in water_places(folded, start, end, [
                (m.start, m.end, False) for m in found], self.boundary, self.rules["mountain_names"])
                if not any(a <= s and e <= b for a, b in routes)])  # 天山草原风光
            found = self.merge(found, [Span(s, e, "PLACE", False) for s, e in listed_places(
                folded, start, end, [(m.start, m.end, m.label) for m in found], self.boundary,
                self.suffix_names.left_verbs, self.rules["place_lists"], self.lead_verbs)])
            found = self.latin_acronyms(folded, start, end, found)
            found += [Match(s, e, f"id:{eid}", "INSTITUTION", folded[s:e]) for s, e, eid in context_bodies(
                folded, start, end, self.rules["context_bodies"], [(m.start, m.end) for m in found], locale) if eid in self.entries]
            found.sort(key=lambda m: m.start)  # 曲靖市委, 沙市区政府; 香港乳癌基金会、撒玛利亚会 (bodies_zh)
            found = self.departments.find(folded, start, end, found, self.entries.get)  # 广东省工业和信息化厅, 市发改委
            found = bracketed_bodies(folded, start, end, found, lambda k: self.entries.get(self.index.get(k, "")) and self.entries[
                self.index[k]].table == "place", self.boundary, self.rules["name_body_verbs"], self.rules["bracketed_bodies"])
            found = group_companies(folded, found, self.rules["bracketed_bodies"], lambda e: e[3:] in self.entries and
                                    self.entries[e[3:]].type == "company")  # 某某集团某某有限公司, 宝钢湛江钢铁有限公司
            found = affiliated_hospitals(folded, university_units(folded, parent_units(folded, bank_branches(folded, found, self.rules[
                "bracketed_bodies"]), self.rules["bracketed_bodies"]), self.rules), self.rules["hospital_names"])  # 某大学附属第一医院
            found = body_units(folded, found, self.rules["bracketed_bodies"], self.unit_stops, self.boundary,
                               self.entries.get, tuple(self.rules["post_titles_after"]),
                               lambda k: self.index.get(k, ""))  # 中联办经济部贸易处
            found = listed_bodies(folded, start, end, division_bodies(folded, found, self.entries.get, self.names_of,
                                                                      self.rules), self.rules)
            found = formal_committees(folded, found, self.place_entry, self.rules)  # 政协第十四届广州市委员会
            found = congress_committees(folded, found, self.rules["congress_committees"])  # 省人大财政经济委员会
            found = bank_branches(folded, self.departments.find(folded, start, end, listed_firms(  # 省工业和信息化厅
                folded, start, end, found, self.rules), self.entries.get, bare=True), self.rules["bracketed_bodies"])  # 市某局某区分局
            found = leading_groups(folded, start, end, found, self.rules, self.boundary, self.suffix_names.lead_singles,
                                   self.suffix_names.lead_verbs)  # 广东省推进…建设领导小组
            found = paired_bodies(folded, found, self.rules["bracketed_bodies"]["pair_dashes"])  # 甲大学—乙市国资委…研究院
            found = shared_heads(folded, found, self.entries.get, self.names_of, self.rules, self.index)  # 甲市和乙市公安局
            found = bills_committees(folded, start, end, found, self.rules["bills_committees"])  # 《…條例草案》委員會
            for m in found:
                lang_at[m.start] = lang
            matches += found
        matches = line_listed_bodies(folded, 0, len(folded), matches, self.rules)  # a numbered list's lines are blocks
        lang_at.update({m.start: next((lg for s, e, lg in blocks if s <= m.start < e), "zh") for m in matches
                        if m.start not in lang_at})
        written = matches + [Match(m.start, m.start, m.extra[k], "PLACE", "") for m in matches
                             for k in ("division", "within") if k in m.extra] \
            + self.name_divisions(folded, matches)
        # 茂名 … 茂南: a district's short name; 佛山市委 … 顺德: a body's name names its city too
        cities = {m.entity[3:] for m in written if m.entity.startswith("id:")} | self.towns.counties_written(
            folded, self.boundary, {m.end for m in matches if m.label == "PLACE"})  # 贞山街道, not 扩大城镇
        # 西宁、海东、海西: a named division's siblings are at home in the text as its own districts are
        cities |= {self.zh.division_parent[c] for c in cities if c in self.zh.division_parent}
        routes = self.suffix_names.route_spans(folded, 0, len(folded))
        matches = sorted(matches + [Match(s, e, f"id:{eid}", "PLACE", key, "", {"local": "1"}) for s, e, eid, key in
                                    self.local.find(folded, cities, [(m.start, m.end) for m in matches] + routes,
                                                    self.boundary)
                                    if not self.heads_after(folded, e)  # 开州崖柏保护利用项目: a project's name
                                    and not ordinary_word(folded, s, e, self.written_shorts.sibling_context)],  # 更为高明的
                         key=lambda m: m.start)
        matches = self.written_shorts.apply(folded, matches, cities, routes, self.boundary, self.heads_after)  # 顺德区 … 顺德
        matches = join_local_sites(folded, matches, tuple(self.suffix_names.separate), self.suffix_names.max_known_body)
        matches = town_bodies(folded, self.towns, cities, local_places(folded, self.towns.find(folded, cities, matches, self.boundary, self.index),
                              self.local, cities, self.boundary), self.rules, self.boundary)  # 金利、大沙镇; 某会港; 石滩镇人民政府
        matches = urban_area_villages(folded, office_addresses(folded, matches, self.towns.village), self.towns.village)  # 某街道办事处某村, 某市区某村
        matches = join_zone_sites(folded, join_town_sites(folded, matches, self.rules["town_sites"]),  # 铜盂镇光电产业园
                                  self.rules["zone_sites"], self.suffix_names)  # 某某经济区智造产业园: one place
        matches = self.siblings.find(folded, matches, cities, routes)  # 与清新、佛冈、英德合作: a list of divisions
        matches = self.cross.resolve(folded, matches, cities, locale, self.rules.get("hk_glued"))
        matches = [m for m in matches if not (m.label == "PLACE" and not m.entity and m.alias in self.cross.hk_owned
                                              and self.glued(folded, m.start))]  # 埃克森美孚 (ExxonMobil): no Mei Foo
        matches = self.departments.join([m for m in matches if not any(s < m.start and m.end < e for s, e in titles)
                                         or masthead(m, getattr(self.entries.get(m.entity[3:]), 'type', ''), titles, folded, self.dateline)],
                                        written, self.names_of, self.entries.get, folded)
        matches = quoted_parts(folded, matches, self.rules.get("speech_quotes", {}))
        matches = drop_languages(folded, matches, lambda e: self.entries[e[3:]].type if e[3:] in self.entries else "",
                                 self.rules["languages"])  # 葡萄牙/西班牙语系: languages
        out = []
        matches = second_names(folded, acting_facilities(folded, self.disambiguate(self.resolve(matches, locale, folded, written)),
                                                         self.entries, self.rules), self.rules["hospital_names"])  # 甲医院（乙医院）
        matches = self.departments.offices(folded, matches, self.entries, self.names_of)  # 市政府新闻办
        matches = registered_known(folded, quoted_designations(folded, quoted_offices(folded, matches, self.rules), self.rules), self.rules,
                                   lambda e: e in self.entries and self.entries[e].type == "company")
        matches = join_registered(folded, defined_places(folded, defined_forms(folded, matches)),  # 珠西都市圈
                                  tuple(self.rules["bracketed_bodies"]["company_suffixes"]))
        matches = report_sites(folded, demonstrative_bodies(folded, matches, self.rules), self.rules)  # 新建某中学; 某港支线
        matches = drop_posts(folded, self.rules, drop_project_items(folded, self.rules, drop_works_items(folded, self.rules, matches)))
        matches = each_bodies(folded, example_leads(folded, report_authors(folded, matches, self.rules), self.rules), self.rules)
        matches = join_tails(folded, join_defined(folded, join_renamed(folded, self.rules, matches)))
        matches = body_websites(folded, matches, self.rules["body_websites"])  # 广东省人民政府网站: the site
        matches = source_publishers(folded, held_meetings(folded, matches, self.rules["held_meetings"]), self.rules["source_publishers"],
                                    lambda k: self.index[k] if getattr(self.entries.get(self.index.get(k, "")), "type", "") in ("news media", "news agency") else "")  # 来源：肇庆发布
        matches = crossing_aliases(folded, own_country_prefixes(folded, matches, self.entries.get, self.rules["own_country"]), self.place_entry, self.rules["crossing_aliases"])
        matches = new_crossings(folded, matches, self.rules["crossing_aliases"], self.boundary, self.verbs_left)  # 新横琴口岸
        matches = locale_settlements(folded, matches, locale, self.rules["locale_settlements"], lambda k: self.index[k] if self.place_entry(k) else "")
        matches = verb_abbreviations(folded, matches, locale, self.rules["verb_abbreviations"])  # 訪港旅客
        matches = drop_demonyms(folded, matches, lambda k: getattr(self.entries.get(k), "type", ""), self.rules["demonyms"])
        matches = district_localities(folded, district_forms(folded, matches, self.districts, self.rules["district_forms"]),
                                      self.districts, self.rules["district_localities"])  # 元朗區, 元朗; 元朗東頭
        matches = pan_regions(folded, latin_led_places(folded, join_adjacent_places(folded, matches, self.entries, self.rules[
            "adjacent_places"])), lambda e: getattr(self.entries.get(e), "type", ""))  # 深圳前海: one place; 泛北部湾
        matches = compound_regions(folded, matches, self.boundary, lambda e: getattr(self.entries.get(e), "type", ""),
                                   self.rules["compass_regions"])  # 闽东 + 北: 闽东北, a region of its own
        matches = same_sites(text, folded, matches, self.rules["place_names"]["slash_pair_suffixes"])  # 蓮塘口岸 = 蓮塘/香園圍口岸
        matches = operator_stations(text, folded, matches, self.rules["place_names"]["operator_station_words"])  # 調景嶺港鐵站
        matches = known_pair_sites(folded, matches, lambda k: self.index[k] if self.place_entry(k) else "",  # 香園圍/蓮塘口岸
                                   self.rules["place_names"]["slash_pair_suffixes"])
        matches = region_short_forms(text, folded, matches, self.rules["place_names"]["region_short_suffixes"],
                                     self.rules["place_names"].get("region_short_kinds"))
        matches = qualified_short_forms(text, folded, matches, lambda k: self.place_entry(k) is not None)  # 大樹灣水上樂園
        matches = join_known_tails(folded, same_written_bodies(folded, matches))  # 市检察院 in a list; 財務委員會
        matches = nested_places(folded, matches, self.ancestors, lambda e: getattr(self.entries.get(e), "type", ""),
                                lambda k: self.index.get(k, ""))  # 广州番禺; 汕头市龙湖区人民政府
        matches = drop_straddled(folded, positioning_titles(folded, label_places(  # 隆重庆祝: no 重庆; 歐盟IV期: a stage
            folded, matches, self.rules), self.rules["positioning_titles"], self.title_sites), self.place_entry)  # 建市60周年; 鹤山东部: no 山东
        matches = late_places(folded, numbered_schools(folded, clause_led_bodies(folded, matches, self.rules), self.rules, self.entries.get), lambda k: self.index[
            k] if self.place_entry(k) else "", lambda e: getattr(self.entries.get(e), "type", ""), self.rules, self.rules["place_names"]["suffixes"], self.suffix_names)
        for m in matches:
            surface = text[m.start:m.end]
            gid = m.entity[3:] if m.entity.startswith("id:") else ""
            if not gid and "canonical_name" in m.extra:  # 省人民政府 built as 广东省人民政府: the entry of that name
                gid = self.known_name(m.extra["canonical_name"], m.label)
            elif not gid and not m.alias and m.label == "PLACE" and (e := self.place_entry(fold(surface))) is not None \
                    and e.type in self.rules["district_short_forms"]["known_types"]:  # a list's item 香港等: Hong Kong
                gid = self.known_name(surface, m.label)
            entry = self.entries.get(gid) if gid else None
            lang = lang_at.get(m.start, "zh")
            conf = 0.9 if m.entity else 0.7
            if entry is not None:  # entries of the zh alias file are unknown to `normalize`
                out.append(EntityMention(doc_id, m.start, m.end, surface, m.label, "rule", conf, entry.id, gid,
                                         entry.canonical, entry.type, entry.country_code, entry.acronym, lang))
            else:  # a name no gazetteer knows: canonical as written (Chinese takes no spaces)
                named = m.extra.get("canonical_name", surface)
                if "canonical_of" in m.extra:  # renamed: the new name is the canonical one
                    s0, e0 = (int(x) for x in m.extra["canonical_of"].split(":"))
                    named = text[s0:e0]
                out.append(EntityMention(doc_id, m.start, m.end, surface, m.label, "rule", conf,
                                         gazetteer_id=gid, canonical=re.sub(r"\s+", "", named), lang=lang))
        return same_canonicals(out, locale)  # 水口镇 (township data) and 水口鎮 (as written): one name
