"""Text + NER spans → place and institution `Mention`s (the entity half of the extract stage).

Gazetteer aliases are matched on the raw text (so `--model blank` still finds them); a gazetteer match
that is only the start of a longer name ("Zhuhai Municipal People's Government", "Shenzhen Park") grows
into that compound, typed by its head word. NER spans that no gazetteer knows are typed by the same head
rules (ner_merge) and kept (method `ner`, lower confidence) unless they are programmes, sectors, posts, headings or
common nouns. Per document, "Full Name (ACR)" / "ACR (Full Name)" / "Full Name (the Short Name)" link later
uses of the short form to the full name, and "the Commission", "the Park", "the Government" refer back to
the entity of that head named in the same document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.addressed_council import addressed_council, addressed_house
from pipeline.extract.entities.aliases import AliasMatcher, clean_name
from pipeline.extract.entities.brackets_en import (
    former_names,
    listed_companies,
    listing_pattern,
    names_around_acronyms,
)
from pipeline.extract.entities.body_cues import BodyCues
from pipeline.extract.entities.bare_areas import bare_hk_areas, bare_sar
from pipeline.extract.entities.body_units import BodyUnits
from pipeline.extract.entities.body_variants import same_bodies
from pipeline.extract.entities.renamed_bodies import renamed_bodies
from pipeline.extract.entities.branch_offices import branch_offices, office_acronyms, office_seats
from pipeline.extract.entities.caps_runs import CapsRuns
from pipeline.extract.entities.glossary_lines import glossary_cands
from pipeline.extract.entities.lists_en import listed_acronyms
from pipeline.extract.entities.company_lists import listed_organisations
from pipeline.extract.entities.agreement_parties import agreement_premodifiers
from pipeline.extract.entities.company_names import bare_legal_forms, bracketed_companies
from pipeline.extract.entities.company_forms import common_name_mentions, place_short_forms, same_companies
from pipeline.extract.entities.country_context import CountryContext, any_country_pattern, country_patterns
from pipeline.extract.entities.evidence import KindRules, OrgEvidence
from pipeline.extract.entities.facilities_en import BuiltFacilities
from pipeline.extract.entities.gazetteer import Entry, Gazetteer, load_json_data
from pipeline.extract.entities.grown_names import GrownNames
from pipeline.extract.entities.head_runs import HeadRuns, programme_rest
from pipeline.extract.entities.kinds_en import (
    field_headings, head_pairs, kind_list_pattern, kind_uses, listed_kinds, lower_case_acronyms, society_visions,
    verb_openers)
from pipeline.extract.entities.multi_site_names import multi_site_names
from pipeline.extract.entities.brand_names import brand_places
from pipeline.extract.entities.name_limits_en import name_limits
from pipeline.extract.entities.origin_phrases_en import origin_phrases
from pipeline.extract.entities.acting_venues_en import acting_venues
from pipeline.extract.entities.lower_governments_en import lower_case_governments
from pipeline.extract.entities.purpose_names_en import purpose_names
from pipeline.extract.entities.source_lines_en import media_sites, outlet_cands
from pipeline.extract.entities.acronym_identity import acronym_identity
from pipeline.extract.entities.localities_en import localities
from pipeline.extract.entities.name_spans import LEFT_STOP, NameSpans
from pipeline.extract.entities.name_types import NameTypes
from pipeline.extract.entities.ner_merge import NerMerge
from pipeline.extract.entities.category_offices import category_mentions, category_rules
from pipeline.extract.entities.longer_names import within_longer_names
from pipeline.extract.entities.lower_case_names import lower_case_names, role_names
from pipeline.extract.entities.parent_bodies import committees_of_parents, unnamed_unit
from pipeline.extract.entities.fiscal_owners import FiscalOwner
from pipeline.extract.entities.ner_pieces import NerPieces, person_names
from pipeline.extract.entities.people_names import people_not_bodies
from pipeline.extract.entities.numbered_areas import numbered_areas
from pipeline.extract.entities.place_forms import PlaceForms, other_mainlands
from pipeline.extract.entities.place_lists import PlaceLists
from pipeline.extract.entities.place_variants import known_places
from pipeline.extract.entities.post_branches import person_part, post_branch_spans, royal_name_spans
from pipeline.extract.entities.place_names import PlaceNames, hk_area_entries, joined_to_names
from pipeline.extract.entities.place_repairs_en import dedication_pattern, repaired_places
from pipeline.extract.entities.place_shapes_en import ShapeRules, place_shapes
from pipeline.extract.entities.references import HOME_TYPES, References, is_acronym, spell_out
from pipeline.extract.entities.shared_heads import shared_head_units
from pipeline.extract.entities.shared_place_heads import shared_place_heads
from pipeline.extract.entities.common_words import everyday_towns
from pipeline.extract.entities.compass_parts_en import compass_parts
from pipeline.extract.entities.defined_short_forms import everyday_short_form, everyday_short_forms
from pipeline.extract.entities.plan_names import plan_title_spans, vision_title
from pipeline.extract.entities.site_names import development_area_names, short_site_names
from pipeline.extract.entities.toponyms import Toponyms
from pipeline.extract.entities.venue_lists import venue_lists
from pipeline.extract.entities.station_names import stations_before_lines
from pipeline.extract.entities.spans import (
    CONNECTORS,
    Cand,
    clean_span,
    in_quotes,
    quoted_first_word,
    synthetic_id,
)
from pipeline.extract.figures.currency import infer_currency
from pipeline.records import EntityMention
from pipeline.regexgate import LeadPattern
from pipeline.native import python_class

MEMBER_OF = re.compile(r"\bMembers?[ ]of[ ]$")
LOCAL_GOV = re.compile(r"\b(?:Provincial|Municipal|Prefectural|County|District)\b")
OF_THE = re.compile(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?")
STATUS_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]+)-$")
POST_TITLE = LeadPattern(re.compile(  # (LeadPattern: the same matches, faster; pipeline.regexgate)
    r"\b((?:Secretary|Minister|Commissioner|Director)(?:[ ]+of[ ]+State)?[ ]+(?:for|of)[ ]+(?:the[ ]+)?[A-Z][\w'’&-]*"
    r"(?:(?:,[ ]+(?!(?:Dr|Mr|Mrs|Ms|Mdm|Miss|Madam|Prof|Professor)\b)|[ ]+(?:and|&)[ ]+(?:the[ ]+)?|[ ]+)"
    r"[A-Z][\w'’&-]*)*)"))  # ('Minister for Manpower, Dr Tan, Parliament House': the title ends at a person's)
PORTFOLIO_POST = re.compile(r"(?:Secretary|Minister|Commissioner)[ ]+for[ ]")  # 'Secretary for the Civil Service'
# 'assumes the role of the Registrar of X', 'acting as the Y': a role a body plays, not a second body
ROLE_BEFORE = re.compile(r"\b(?:(?:role|capacity|function)[ ]+(?:of|as)|acts?[ ]+as|acting[ ]+as)[ ]+(?:the[ ]+)?$")
POST_OF = re.compile(r"\b([A-Z][a-z]+)(?:[ ]+of[ ]+|/)$")  # 'Head of Compliance Department', 'Director/IT Division'
POST_COMMA = re.compile(r"\b([A-Z][a-z]+),[ \t]+$")  # 'Executive Director, Finance': the post's branch after a comma
UNIT_HEADS = ("Department", "Division", "Unit", "Section", "Team", "Branch", "Office")
QUOTE_BEFORE = re.compile(r"[“\"‘']$")
QUOTE_AFTER = re.compile(r",?[”\"’']")  # ('set up "X Team," which ...': the comma inside the quotes)
# 'ABN AMRO': an acronym right after another word of capitals is part of a longer name, not the body it spells
CAPS_WORD_BEFORE = re.compile(r"(?<![\w&'’.-])[A-Z]{2,}[ ]$")
NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")  # a capitalised word right after: the name goes on
GROUP_NUMBER = re.compile(r"-\d")  # 'ASEAN-5', 'ASEAN-6': a numbered group of member economies, not the body


def line_of(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end]


@python_class
class EntityRecognizer(NameTypes, References, NameSpans, PlaceNames, KindRules, CountryContext, HeadRuns,
                       PlaceLists, PlaceForms, NerPieces, NerMerge, Toponyms, CapsRuns, BodyCues, BodyUnits,
                        BuiltFacilities, GrownNames):
    """Built once per process from the gazetteer and not_entities.en.json."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        areas = [e for e in hk_area_entries(gazetteer) if e.id not in gazetteer.by_id()]
        self.entries = {**gazetteer.by_id(), **{e.id: e for e in areas}}
        self.matcher = AliasMatcher({**{e.canonical: e for e in areas}, **gazetteer.alias_index()})
        self.contextual = gazetteer.contextual()
        self.plain_names = {a for e in gazetteer.entries for a in e.names()}
        self.place_names = {a for e in gazetteer.entries if e.table == "place" for a in e.names()}
        self.governments = gazetteer.governments()
        self.media_sites = media_sites(gazetteer.entries)  # 'chinadaily' → China Daily (bylines' websites)
        words = load_json_data("not_entities.en.json")
        self.not_entities = set(words["exact"]) | set(words.get("land_use_zones", []))
        self.category_offices = category_rules(words)
        self.not_entities_folded = {w.casefold() for w in self.not_entities if len(w) > 4}
        self.programme_heads = set(words["programme_heads"])
        self.institution_heads = set(words["institution_heads"])
        self.place_heads = set(words["place_heads"])
        self.head_kinds: dict[str, str | None] = {}
        self.head_words: dict[str, str] = {}
        self.venue_heads = frozenset(self.place_heads | set(words.get("venue_heads", [])))
        self.road_openers = frozenset(words.get("road_openers", []))
        self.road_words = frozenset(words.get("road_words", []))
        self.dedicated_to = dedication_pattern(load_json_data("built_facilities.en.json")["dedication_openers"])
        self.post_heads = set(words.get("post_heads", []))
        self.home_jurisdictions: dict[str, str] = dict(words.get("home_jurisdictions", {}))
        self.addressed_legislatures: dict[str, Any] = dict(words.get("addressed_legislatures", {}))
        self.home_places = frozenset(i for i, e in self.entries.items() if e.table == "place" and e.type in HOME_TYPES)
        self.post_modifiers = set(words.get("post_modifiers", []))
        self.title_words = frozenset(self.post_heads | set(words.get("grade_heads", [])))
        self.post_abbreviations = set(words.get("post_abbreviations", []))
        self.portfolio_words = set(words.get("portfolio_words", []))
        self.place_unit_heads = set(words.get("place_unit_heads", []))
        self.foreign_heads = set(words.get("foreign_heads", []))
        self.sector_words = set(words.get("sector_words", []))
        self.governance_heads = set(words.get("governance_heads", []))
        self.society_heads = set(words.get("society_heads", []))
        self.society_qualities = set(words.get("society_qualities", []))
        self.field_words = self.sector_words | set(words.get("governance_words", []))
        self.role_words = self.institution_heads | self.post_heads | self.field_words
        self.kind_list = kind_list_pattern(words.get("kind_list_nouns", []))
        self.event_heads = set(words.get("event_heads", []))
        self.event_phrases = tuple(words.get("event_phrases", []))
        self.membership_heads = set(words.get("membership_heads", []))
        self.office_heads = set(words.get("office_heads", []))
        self.funded_venue_types = set(words.get("funded_venue_types", []))
        self.intercapped_common = frozenset(w.casefold() for w in words.get("intercapped_common_nouns", []))
        self.thing_nouns = set(words.get("named_thing_nouns", []))
        self.office_acronyms = tuple(words.get("office_acronyms", []))
        self.hk_bare_areas = tuple(words.get("hk_bare_areas", []))
        self.bare_area_nouns = frozenset(words.get("bare_area_nouns", []))
        self.same_area_heads = tuple(words.get("same_area_heads", []))
        self.vision_title = vision_title(words.get("vision_words", []))
        self.facility_centre_words = set(words.get("facility_centre_words", []))
        self.evidence = OrgEvidence(words.get("org_nouns", []), words.get("body_nouns", []))
        self.area_named_heads = set(words.get("area_named_heads", []))
        self.status_heads = set(words.get("status_heads", []))
        self.status_words = set(words.get("status_words", []))
        self.verbs = set(load_json_data("verbs.en.json")["verbs"])
        self.status_fields = set(words.get("status_fields", []))
        self.infrastructure_heads = set(words.get("infrastructure_heads", []))
        self.infrastructure_words = set(words.get("infrastructure_words", []))
        self.agreement_phrases = set(words.get("agreement_phrases", []))
        self.numbered_heads = set(words.get("numbered_heads", []))
        self.committee_heads = set(words.get("committee_heads", []))
        self.law_heads = set(words.get("law_heads", []))
        laws = "|".join(sorted(self.law_heads)) or "(?!)"
        self.law_after = re.compile(rf"[ ](?:\((?:Amendment|Miscellaneous Amendments)\)|(?:{laws})\b"
                                    rf"|(?:\((?=[^()\n]*[a-z])[^()\n]{{2,80}}\)[ ]){{1,2}}(?:{laws})\b)")  # 'the United Nations (Sanctions)
        # Ordinance', 'the Legislative Council (Powers and Privileges) Ordinance': a body in a law's title
        self.region_modifiers = set(words.get("region_modifiers", []))
        self.compass_words = set(words.get("compass_words", []))
        self.shape_rules = ShapeRules.from_words(words, load_json_data("periods.en.json")["months"])
        self.place_list_nouns = set(words.get("place_list_nouns", []))
        self.place_group_nouns = set(words.get("place_group_nouns", []))
        self.listing = listing_pattern(words.get("listing_markers", []))
        self.quoted_heads = set(words.get("quoted_body_heads", []))
        self.heading_nouns = set(words.get("heading_nouns", []))
        self.document_nouns = set(words.get("document_nouns", []))
        self.issued_document_words = frozenset(words.get("issued_document_words", []))
        self.medium_nouns = set(words.get("medium_nouns", []))
        self.instrument_nouns = set(words.get("instrument_nouns", []))
        self.fiscal_owner = FiscalOwner(words.get("public_finance_nouns", []))  # 'the Government's revenue'
        self.room_words = set(words.get("room_words", []))
        self.accord_nouns = set(words.get("accord_nouns", []))
        self.registry_subjects = set(words.get("registry_subjects", []))
        self.memo_acronyms = set(words.get("memo_acronyms", []))
        self.shared_heads = set(words.get("shared_heads", []))
        self.body_nouns = set(words.get("body_nouns", []))
        rooms = "|".join(map(re.escape, sorted(words.get("room_words", []), key=len, reverse=True))) or "(?!)"
        self.room_of = re.compile(rf"(?:{rooms})(?:[ \t]+[A-Z0-9][\w-]{{0,3}})?[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?")
        awards = "|".join(map(re.escape, words.get("award_words", ["award"])))
        self.award_name = LeadPattern(re.compile(  # 'Best Macroeconomic Regulator in Asia Pacific' + ' award'
            rf"\b(?:the|an?|its|their|our|his|her)[ ]+((?:[A-Z][\w'’&-]*[ ]+)+"
            rf"(?:(?:in|of|for)[ ]+(?:the[ ]+)?(?:[A-Z][\w'’&-]*[ ]+)+)?)(?:{awards})\b"))
        self.members: set[str] = set()  # per document: names listed as companies ('companies like Kestrel')
        self.member_spans: list[tuple[int, int]] = []
        self.blocked: set[str] = set()  # per document: short forms defined for programmes
        self._lower: tuple[str | None, set[str]] = (None, set())  # (text, its words): see lower_words
        self._paren: tuple[str | None, set[str]] = (None, set())
        self._weights: tuple[str | None, dict[str, int]] = (None, {})
        self.country_names = country_patterns(gazetteer)
        self.any_country = any_country_pattern(gazetteer)
        self._home: Cand | None = None
        self._jurisdiction = ""  # per document: its home place id (home_jurisdictions), '' if none
        self._country_ids: dict[str, str] = {}
        self._cand_keys: dict[tuple[str, str, str], tuple[tuple[str, str], ...]] = {}
        self.built_rules()
        self.weak_heads = set(words.get("not_anaphors", []))
        self.anaphor_heads = (self.institution_heads | self.place_heads | set(words.get("anaphor_heads", []))) \
            - self.weak_heads

    # -- candidates from the gazetteer ------------------------------------------------------
    def from_entry(self, s: int, e: int, entry: Entry, method: str = "rule", conf: float = 0.9) -> Cand:
        label = "PLACE" if entry.table == "place" else "INSTITUTION"
        return Cand(s, e, label, entry.id, entry.canonical, entry.type, entry.country_code, entry.acronym,
                    method, conf)

    def gazetteer_cands(self, text: str) -> list[Cand]:
        out = []
        local = self.redefined_acronyms(text) | lower_case_acronyms(text) if "(" in text else set()
        inverted = {(s, e): name for s, e, name in self.inverted_forms(text)}  # 'Defence Ministry'
        found = self.matcher.find(text) if not inverted else \
            [*self.matcher.find(text), *((s, e, x) for (s, e), n in inverted.items() for _, _, x in self.matcher.find(n))]
        for s, e, entry in self.split_listed(text, found):
            if entry.type == "news media" and text[s:e].isupper() and NAME_GOES_ON.match(text, e):
                continue  # 'ST Engineering', 'AP Moller': an outlet's short form starting another name
            if entry.type == "company" and self.medium_after(text, e) or GROUP_NUMBER.match(text, e):
                continue  # 'in a Facebook post': the medium used, not the company; 'ASEAN-5' a group of economies
            if text[s:e].isupper() and CAPS_WORD_BEFORE.search(text, max(0, s - 12), s) and \
                    text[s - 1:s] == " " and any(ch.islower() for ch in line_of(text, s)):
                continue  # 'ABN AMRO Clearing Bank' is no 'AMRO' (an all-capitals heading line is read as written)
            if text[s:e] in local or self.phrase_acronym(text, s, e):
                continue  # the document's own short form for other words ('... Community (GIC) sites', 'central
                # counterparty (CCP)'); 'WHO WE ARE'
            status = STATUS_BEFORE.search(text, max(0, s - 16), s) if text[s - 1:s] == "-" else None
            if status is not None and status.group(1).capitalize() in self.status_words:
                continue  # 'a Global-Asia node': a role a city plays, no mention of Asia
            if MEMBER_OF.search(text, max(0, s - 12), s) and self.head_kind(text[s:e]) == "INSTITUTION":
                continue  # 'Members of Parliament' (a bare head word after 'Member of'): a post
            if self.contextual:
                resolved = self.in_context(text, inverted.get((s, e), text[s:e]), entry)
                if resolved is None:
                    continue
                entry = resolved
            out.append(self.grow(text, self.from_entry(s, e, entry)))
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[Cand] = []
        for c in out:
            if kept and c.start < kept[-1].end:
                continue  # a grown compound swallowed the next match
            if kept and self.of_own_country(text, kept[-1], c):
                kept[-1] = replace(kept[-1], end=c.end)  # '... of the People's Republic of China': the body's name
                continue
            if kept and kept[-1].label == "INSTITUTION" and c.etype == "government" and \
                    OF_THE.fullmatch(text, kept[-1].end, c.start) and LOCAL_GOV.search(text, c.start, c.end):
                surface = text[kept[-1].start:c.end]  # '... Affairs Office of the Jiangsu Provincial People's
                # Government': a local government's own office, not the national body of that name
                kept[-1] = Cand(kept[-1].start, c.end, "INSTITUTION", synthetic_id("INSTITUTION", clean_name(surface)),
                                clean_name(surface), "", c.country_code, "", "rule", 0.8)
                continue
            kept.append(c)
        return joined_to_names(text, kept)

    def of_own_country(self, text: str, body: Cand, place: Cand) -> bool:
        """'General Administration of Customs of the People's Republic of China': a known national body followed by
        'of (the)' and its own country is one name; the country is part of it, not a mention of its own."""
        entry = self.entries.get(place.entity_id)
        return body.label == "INSTITUTION" and place.label == "PLACE" and entry is not None and \
            entry.type == "country" and bool(body.country_code) and body.country_code == place.country_code and \
            body.entity_id in self.entries and OF_THE.fullmatch(text, body.end, place.start) is not None

    def quoted_body(self, name: str) -> bool:
        """A quoted name whose head is one of `quoted_body_heads` ('Working Group', 'Task Force', 'Office')."""
        head = self.head_word(name)
        words = name[:name.rfind(head)].split() if head else []
        return head in self.quoted_heads or bool(words) and f"{words[-1]} {head}" in self.quoted_heads

    def in_post_or_role(self, text: str, c: Cand) -> bool:
        """A body's unit named in a post's title without an article ('Head of Compliance Department', 'Executive
        Director/Information Technology Division'), a branch after a post's comma that names no body ('Executive
        Director, Finance'), or a role a body plays ('the role of the Registrar of X')."""
        before = text[max(0, c.start - 40):c.start]
        if ROLE_BEFORE.search(before):
            return True
        m = POST_COMMA.search(before)
        if m is not None and m.group(1) in self.post_heads and self.head_type(text[c.start:c.end]) is None:
            return True  # 'Executive Director, Finance', 'Director, Project Delivery': a branch with no body's head
        m = POST_OF.search(before)
        return m is not None and m.group(1) in self.post_heads and text[c.start:c.end].endswith(UNIT_HEADS)

    def known_institution_name(self, surface: str) -> bool:
        entry = self.whole_entry(surface.strip())
        return entry is not None and entry.table == "institution"

    # -- all together ------------------------------------------------------------------------
    def mentions(self, doc_id: str, text: str, ents: list[tuple[int, int, str]],
                 bare_dollar: str | None = None) -> list[EntityMention]:
        """`bare_dollar`: the currency a bare '$' means in the text with no default ('' when nothing votes), when
        the caller has counted it already (Extractor: once per document, for figures and entities)."""
        # everything a document leaves in the recognizer is reset here: its rows must not depend on the last one
        self.matcher.forget()  # (the matches it remembers are the same for any document: kept per document only)
        everyday = everyday_short_forms(text, self.head_type, self.whole_entry) \
            if "(" in text or ", or " in text else set()  # 'Open Market Value (OMV)': no body
        self.blocked = self.not_entity_short_forms(text) | everyday
        self._home = None
        if bare_dollar is None and self.home_jurisdictions:
            bare_dollar = infer_currency(text, "", "en")
        self._jurisdiction = self.home_jurisdictions.get(bare_dollar or "", "")
        self._lower = self._paren = (None, set())
        members = self.evidence.named_members(text, [(s, e) for s, e, label in ents if label in ("PERSON", "GPE")])
        bodies = self.evidence.described_bodies(text)
        self.members = {text[s:e] for s, e in members + bodies}
        self.member_spans = members + bodies
        cands = everyday_towns(text, self.gazetteer_cands(text), self.entries)  # 'Sale of Sites': no Salé
        defs = self.definitions(text, cands)
        persons = person_names(text, ents)  # (read by ner_pieces and listed_organisations)
        pieces = self.ner_pieces(text, ents, persons)
        cands = acronym_identity(text, self.caps_cands(text, self.merge_ner(text, cands, pieces,
                                                                           defs)), self.entries, self.matcher)  # BIS
        defs.update((k, v) for k, v in self.definitions(text, cands).items() if k not in defs)
        cands = [self.relink(text, c, defs) for c in cands]
        cands = self.place_units(text, self.with_short_forms(text, cands, defs), defs)
        cands += self.anaphor_cands(text, cands)
        cands += self.head_runs(text, cands)
        cands = committees_of_parents(text, cands, self.entries, self.committee_heads, LEFT_STOP)
        cands = self.corporations_sole(text, cands) if "Incorporated" in text else cands
        cands = self.listed_places(text, self.toponym_places(text, ents, cands))
        cands = self.town_cands(text, ents, cands)
        cands = self.address_buildings(text, self.possessive_places(text, cands + self.dateline_cands(text, cands)))
        cands = self.kinds_and_venues(text, self.checkpoints(text, self.hyphen_names(text, self.transit_stations(
            text, cands))))
        cands = self.member_cands(text, cands, members, bodies)
        cands = bare_legal_forms(text, bracketed_companies(text, self.company_line_cands(text, cands), self.entries),
                                 self.entries)  # 'X (Asia) Limited' is one name; 'Company Limited' none
        cands = shared_head_units(text, cands, self.head_kind, self.whole_entry, self.from_entry, self.shared_heads,
                                  self.body_nouns)
        cands = glossary_cands(text, cands, self.whole_entry, self.head_type, self.from_entry, self.not_entities)
        cands = agreement_premodifiers(text, cands, self.memo_acronyms)  # 'the IOSCO MOU'
        cands = people_not_bodies(text, listed_organisations(text, ents, cands, self.is_place_name,
                                                             persons, self.listed_kind,
                                                             frozenset(self.blocked), self.head_type),
                                  self.entries)  # 'central banks: Tharman' where he is 'Mr Tharman'
        cands += self.derived_places(text, cands)
        cands += self.anaphor_cands(text, cands)  # 'the Administration' after a name only head_runs found
        cands = addressed_council(text, cands, self._jurisdiction, self.addressed_legislatures, self.entries,
                                  self.from_entry)  # 'Members of this Council' in a Budget speech
        cands = addressed_house(text, cands, self.entries, self.from_entry, self.addressed_legislatures.get(self._jurisdiction),
                                self.jurisdiction_country(text))  # not 'in Washington, the House
        listed = listed_companies(text, self.listing, cands)  # 'Wipro (NYSE: WIT)'; a place in the name is its
        spans = [(n.start, n.end) for n in listed] + [m.span() for m in self.listing.finditer(text)]  # part, the
        cands = former_names(text, [c for c in cands if not any(s <= c.start and c.end <= e for s, e in spans)]
                             + listed)  # exchange's code in the bracket no mention
        cands += listed_acronyms(text, cands, self.not_entities)  # 'provisions for TEKUN, MARA, SME Bank ...'
        cands = self.short_place_forms(text, cands)
        cands = names_around_acronyms(text, self.compound_places(text, cands), self.head_type,
                                      self.entries.__contains__)
        cands = shared_place_heads(text, cands, self.place_heads, LEFT_STOP, self.head_kind, self.whole_entry,
                                   self.from_entry)  # 'the Shek O and Lam Tei Quarries': two quarries
        cands = venue_lists(text, cands, self.venue_heads, self.facility_heads, self.entries, self.whole_entry,
                            self.from_entry) \
            if " and " in text else cands  # 'the Science Museum and Museum of History': two venues
        cands = repaired_places(text, cands, self.dedicated_to, self.road_openers, self.road_words, self.compass_words,
                                self.entries, self.whole_entry)  # "King's Park X", 'the North DC'
        cands = self.known_variants(self.foreign_name_places(text, self.post_bodies(text, self.branch_units(text,
                                                                                                          cands))))
        cands = self.built_facilities(text, within_longer_names(text, self.bare_governments(text, cands)))
        cands = category_mentions(text, cands, self.entries, *self.category_offices)  # 'the 13th overseas X Office'
        cands = numbered_areas(text, other_mainlands(sorted(cands, key=lambda c: (c.start, c.end))), self.matcher.find,
                               self.from_entry)
        # 'HSBC Holdings PLC ... HSBC': one company; 'Kerry Logistics Holdings Limited ... Kerry Logistics'
        cands = common_name_mentions(text, same_companies(text, cands, self.entries), self.entries)
        cands = place_short_forms(text, cands, self.entries, self.place_names)  # 'the Federation of Insurers'
        cands = same_bodies(cands, self.entries, self.matcher)  # '... of the HKSAR' = '... of the Hong Kong SAR'
        cands = renamed_bodies(text, cands) if "rename" in text else cands  # 'renamed the X as the Y': one body
        home = self.entries.get(self._jurisdiction) if self._jurisdiction else None
        cands = short_site_names(text, cands, home.aliases if home is not None else (), self.home_places)
        cands = development_area_names(text, cands, self.same_area_heads)  # 'Kai Tak NDA' = 'Kai Tak'
        cands = compass_parts(text, cands, self.whole_entry, self.from_entry)  # 'Hong Kah North': one place
        cands = verb_openers(text, cands, self.head_type, self.weak_heads) if "ing " in text else cands
        cands = listed_kinds(text, head_pairs(text, cands, self.entries, self.role_words), self.entries, self.kind_list,
                             self.head_type)
        cands = kind_uses(text, field_headings(text, cands, self.entries, self.governance_heads, self.field_words),
                          self.entries)
        cands = society_visions(text, cands, self.entries, self.society_heads, self.society_qualities)
        cands = lower_case_names(text, cands, self.entries)  # a heading's 'X Centre for Y' beside 'the x centre for y'
        cands = role_names(text, origin_phrases(text, cands, self.entries, self.whole_entry, self.from_entry),
                           self.entries)  # 'into a Centre for ...': a role; 'X Foundation of the United States': two
        cands = bare_sar(text, bare_hk_areas(text, cands, self.hk_bare_areas, self.bare_area_nouns), self.entries,
                         self.from_entry)  # 'the business district in Central', 'the Central harbourfront', 'the SAR'
        cands = known_places(cands, self.entries, self.whole_entry, self.from_entry)  # '(HSK/HT) NDA'
        offices = office_acronyms(text, self.office_heads, self.office_acronyms)
        cands = office_seats(text, branch_offices(text, cands, ents, offices), self.office_heads)  # 'the Geneva
        # ETO', 'the Economic and Trade Office (ETO) in Wuhan': an office, no place
        cands = place_shapes(text, cands, ents, self.entries, self.shape_rules, self.head_kind, self.whole_entry,
                             self.from_entry, LEFT_STOP)  # 'the Pan-PRD region', 'Heartbeat@Bedok', 'Last April', 'the Kai Tak cruise
        # terminal', 'its new attraction, “Aqua City”', 'the Launch of the X Node': place_shapes_en
        cands = stations_before_lines(text, cands, self.entries)  # 'the X Station of the Y to Z Link': the station
        cands = localities(text, brand_places(text, multi_site_names(text, cands, self.entries),
                                              self.intercapped_common), self.entries, self.head_kind)
        # 'X Gallery and pop-up shops in major overseas cities'; 'the GBA InnoExpress' (not 'Hong Kong PhD students'),
        # 'the Food Hub concept'; 'in Whitehead, Ma On Shan'
        cands = acting_venues(text, name_limits(text, cands, self.entries, self.head_kind, self.head_word,
                                                  self.thing_nouns), self.entries,
                              self.funded_venue_types)  # 'Industrial Government Land Sales (iGLS)', 'Polytechnic and
        # University curriculums', 'Singapore Third Quarter 2013'; 'Ocean Park will be allocated $N': its operator
        cands = outlet_cands(text, lower_case_governments(text, purpose_names(text, cands, self.entries), self.governments,
                                                          self.from_entry, self.entries), self.media_sites,
                             self.whole_entry, self.from_entry, self.entries, self.not_entities)  # 'the HKSAR
        # government would'; 'By A Reporter (chinadaily.com.cn)', 'AASTOCKS · Sep 27', 'PANews reported on May 7 that'
        named_things = self.award_spans(text) + self.project_brackets(text) + self.plan_spans(text) + \
            plan_title_spans(text, self.vision_title)  # 'Lantau Tomorrow', 'Study on X in Y'
        titles = [(m.span(1), m.group(1)) for m in POST_TITLE.finditer(text)]
        posts = [span for span, _ in titles]
        portfolios = [span for span, title in titles if PORTFOLIO_POST.match(title)]
        post_ends = {e for _, e in posts}
        branches = post_branch_spans(text, self.title_words) + royal_name_spans(text)
        out = []
        for c in sorted(cands, key=lambda c: (c.start, c.end)):
            if c.label is None or c.end <= c.start or self.address_street(text, c) or self.in_zoning_plan(text, c) \
                    or self.inside_other_name(text, c) or self.fiscal_owner.owns(text, c.start, c.end) \
                    or everyday_short_form(text, c.start, c.end, everyday):
                continue  # (a numbered street of an address is a road, no place; 'X and Y OZP' is a plan's name;
                # 'Dependency Ratio Ceiling (DRC)', its 'sub-DRC': no Congo)
            if c.label == "PLACE" and (any(s <= c.start and c.end <= e for s, e in branches) or person_part(
                    text, c.start, c.end, c.entity_id in self.entries, self.title_words)):
                continue  # 'District Officer (North)': a post's branch; 'NG Kam-chun, Stephen', 'King Carl XVI Gustaf': a
                # person's name
            c = self.address_building(text, c)
            label = c.label
            assert label is not None  # address_building keeps a candidate's label
            if any(s <= c.start and c.end <= e for s, e in named_things) and \
                    not (c.label == "INSTITUTION" and c.entity_id in self.entries):
                continue  # 'the Best Supervisor in Latin America award', 'Rail Link (Tuen Mun-Nansha)': a name's part
            if self.law_after.match(text, c.end):
                continue  # 'Rules of the High Court (Amendment) Rules', 'the X Authority Ordinance': inside a law's title
            if c.label == "INSTITUTION" and c.entity_id not in self.entries and (unnamed_unit(
                    text, c.start, c.end, self.known_institution_name) or programme_rest(text, c.end, self.programme_head)):
                continue  # 'set up a Liaison Group amongst the bureaux': a kind of unit, no name; 'the IT Lab in
                # Schools Programme': a programme's name
            if c.label == "INSTITUTION" and c.entity_id not in self.entries and self.in_post_or_role(text, c):
                continue  # 'Head of Compliance Department' (a unit in a post's title), 'the role of the Registrar'
            if any(s < c.start and c.end <= e for s, e in posts) and (
                    self.head_type(text[c.start:c.end]) is None and
                    not (c.entity_id in self.entries and is_acronym(text[c.start:c.end])) or
                    c.label == "PLACE" and c.entity_id not in self.entries):
                continue  # 'the Secretary for Financial Services and the Treasury': a post's title, no body ('the
                # Managing Director of MAS': a known body's acronym names no portfolio, it is the body); 'Minister of
                # State for Trade and Industry' names no place 'State for ...' either
            if c.entity_id not in self.entries and any(s < c.start and c.end <= e for s, e in portfolios):
                continue  # 'the Secretary for the Civil Service': after 'for' a post names its portfolio, no body
            if text[c.start - 2:c.start] == " (" and text[c.end:c.end + 1] == ")" and c.start - 2 in post_ends:
                continue  # 'Permanent Secretary for Financial Services and the Treasury (Treasury)': the post's branch
            quoted = QUOTE_BEFORE.search(text, max(0, c.start - 1), c.start) and QUOTE_AFTER.match(text, c.end)
            if c.entity_id not in self.entries and (quoted or in_quotes(text, c.start)) and not (
                    quoted and (c.label == "INSTITUTION" and self.quoted_body(text[c.start:c.end]) or
                                self.quoted_place(text, c))):
                continue  # 'renaming “Neo Lender” as “Online Lender”', 'the theme "Partners Building Trust"'; a
                # quoted name with a body's head is that body ('set up the "Working Group on Y"')
            if self.head_kind(quoted_first_word(text, c.start)) == "NOT":
                continue  # '"Arrangement between the NDRC and the Government of ..."': a quoted agreement's title
            out.append(EntityMention(doc_id, c.start, c.end, text[c.start:c.end], label, c.method, c.confidence,
                                     entity_id=c.entity_id, gazetteer_id=c.entity_id, canonical=c.canonical,
                                     type=c.etype, country_code=c.country_code, acronym=c.acronym))
        return out


__all__ = ["EntityRecognizer", "clean_span", "spell_out", "CONNECTORS"]
