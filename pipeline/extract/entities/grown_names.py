"""A gazetteer match that is only the start of a longer name → that name (mixed into `EntityRecognizer`).

A known place followed by the words of a government ('Zhuhai Municipal People's Government', 'Hong Kong Special
Administrative Region Government') or preceded by 'Government of (the)' is that place's government; a known place
that opens a longer name ('Northern Metropolis University Town', 'Changi Airport T5', 'Ma Yau Tong') becomes that
name, typed by its head word; a place that opens a programme's or project's name ('Energizing Kowloon East', 'the
Kai Tak Fantasy project') is no mention. A known body's match grows by `NameSpans.grow_body`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.aliases import clean_name, fold
from pipeline.extract.entities.gazetteer import Entry, load_json_data
from pipeline.extract.entities.name_spans import LEFT_STOP
from pipeline.extract.entities.name_types import WORD
from pipeline.extract.entities.named_programmes import programme_gerund_start
from pipeline.extract.entities.spans import Cand, singular, synthetic_id
from pipeline.native import python_class

GOV_TAIL = re.compile(r"(?:\s+(?:Municipal|Provincial|Special Administrative Region|SAR))?"
                      r"(?:\s+\([\"“]?[A-Z][A-Za-z]{1,9}[\"”]?\))?"  # 'Hong Kong Special Administrative Region
                      r"(?:\s+People['’]s)?\s+(?:Government|Administration)\b")  # ("HKSAR") Government
STANCE_BEFORE = re.compile(r"(?<![\w-])(?:[Pp]ro|[Aa]nti)-$")  # 'pro-Beijing', 'anti-Japanese' (eninst, session 24)
GOV_OF = re.compile(r"\b(?:(?:Municipal|Provincial|Regional)\s+)?(?:People['’]s\s+)?Government\s+of\s+(?:the\s+)?$")
AND_BEFORE = re.compile(r"\band\s+$")
THE_BEFORE = re.compile(r"\b[Tt]he[ \t\n]+$")
AND_AFTER = re.compile(r"[ \t]+and[ \t]+[A-Z]")
# a station or other site 'of/on' a line it serves: 'Kwu Tung Station of the Northern Link', 'Kai Tak Station on
# the Tuen Ma Line': the site's name ends before the preposition; the line is a route (no place)
ON_ROUTE = re.compile(r"((?:[ ][A-Z][\w'’-]*)+?)[ \t\n]+(?:of|on)[ \t\n]+(?:the[ \t\n]+)?[A-Z]")
NAMED_PROJECT = re.compile(r"((?:[ ][A-Z][a-z][\w'’-]*){1,3})[ ](?:project|projects|scheme|programme|initiative)\b")


@lru_cache(maxsize=1)
def venue_after() -> re.Pattern[str]:
    """' Theatre', ' Town Hall' (data place_venue_heads: heads of a venue's name that no other rule types) right after
    a known place, not followed by another capitalised word ('the X Theatre Company' is a troupe) or a lower-case
    plural ('Theatre groups', 'Theatre companies': the place's troupes)."""
    heads = sorted(load_json_data("not_entities.en.json").get("place_venue_heads", []), key=len, reverse=True)
    return re.compile(r"[ ](?:" + "|".join(map(re.escape, heads)) + r")\b(?![ \t]+[A-Z&])(?![ \t]+[a-z]+s\b)"
                      if heads else "(?!)")


@python_class
class GrownNames:
    """Needs `entries`, `governments`, `members`, `from_entry` (EntityRecognizer) and the head, span and place rules
    of the other mixins (NameSpans, NameTypes, PlaceNames, PlaceLists, BodyCues, OrgEvidence rules, BuiltFacilities)."""

    entries: dict[str, Entry]
    governments: dict[str, Entry]
    members: set[str]
    from_entry: Any
    grow_body: Any
    region_of: Any
    romanised_start: Any
    instrument_after: Any
    airport_terminal: Any
    numbered_end: Any
    head_kind: Any
    head_word: Any
    tail: Any
    left_edge: Any
    modifier_start: Any
    plural_head: Any
    before_works_label: Any
    role_or_system: Any
    place_heads: set[str]
    post_heads: set[str]
    whole_entry_of: Any

    def government_of(self, place: Entry) -> tuple[str, str, str]:
        """(id, canonical, country code) of a place's government: the gazetteer's, else '<place> Government'."""
        gov = self.governments.get(place.id)
        if gov is not None:
            return gov.id, gov.canonical, gov.country_code
        return "inst:gov-" + place.id.split(":", 1)[1], f"{place.canonical} Government", place.country_code

    def grow(self, text: str, cand: Cand) -> Cand:
        """A gazetteer place that starts a longer name becomes that name ('Zhuhai Municipal People's
        Government', 'Hong Kong Budget', 'Guangdong-Macao In-Depth Cooperation Zone')."""
        entry = self.entries.get(cand.entity_id)
        if entry is not None and cand.label == "INSTITUTION":
            return self.grow_body(text, cand, entry)
        if entry is None or cand.label != "PLACE" or STANCE_BEFORE.search(text, max(0, cand.start - 6), cand.start):
            return cand  # ('the pro-Beijing Hong Kong Federation of X': a stance's adjective, no start of the name after)
        region = self.region_of(text, cand, entry)
        if region is not None:
            return region
        start = self.romanised_start(text, cand.start, entry.country_code, entry.type)
        if start < cand.start:  # 'Ma Yau Tong' is not 'Yau Tong'
            canonical = clean_name(text[start:cand.end])
            return Cand(start, cand.end, "PLACE", synthetic_id("PLACE", canonical), canonical, entry.type,
                        entry.country_code, "", "rule", 0.75)
        before = text[max(0, cand.start - 40):cand.start]
        m = GOV_OF.search(before)
        if m:
            gid, gcanon, gcc = self.government_of(entry)
            return Cand(cand.start - len(before) + m.start(), cand.end, "INSTITUTION", gid, gcanon,
                        "government", gcc, "", "rule", 0.85)
        m = GOV_TAIL.match(text, cand.end)
        if m and self.instrument_after(text, m.end()):
            return cand  # 'US Government securities': a kind of bond; the place is named, no government
        if m and not re.match(r"\s+(?:Bureau|Department|Office|Centre|Building|Complex|Logo)", text[m.end():]):
            gid, gcanon, gcc = self.government_of(entry)
            return Cand(cand.start, m.end(), "INSTITUTION", gid, gcanon, "government", gcc, "", "rule", 0.85)
        words = WORD.findall(text[cand.start:cand.end])
        terminal = self.airport_terminal(text, cand)
        if terminal is not None:  # 'Changi T5'
            return terminal
        numbered = self.numbered_end(text, words[-1], cand.end) if words else cand.end
        if numbered > cand.end:  # 'Changi Airport T5', 'Kai Tak Cruise Terminal 2': the facility's part
            canonical = clean_name(text[cand.start:numbered])
            return Cand(cand.start, numbered, "PLACE", synthetic_id("PLACE", canonical), canonical, entry.type,
                        entry.country_code, "", "rule", 0.8)
        complete = bool(words) and self.head_kind(words[-1]) is not None
        if complete and not re.match(r"[ \t]+[A-Z]", text[cand.end:cand.end + 2]):
            return cand  # already a complete name ('Hong Kong Science Park of the ...')
        end, kind = self.tail(text, cand.end, after_place=True)  # 'Northern Metropolis University Town' goes on
        if end > cand.end and text[end - 1] in "'’" and text[end - 2] == "s":
            end -= 1  # "the Mainland Offices' efforts": a plural's possessive mark is no part of the name
        body = self.whole_entry_of(text[cand.end:end].strip(), "institution") if kind == "NOT" else None
        if body is not None:  # 'the U.S. Federal Reserve': a known body, not a programme ('Reserve'); its own country
            # before it is part of its name ('US Federal Reserve'), another place stays a place
            return self.from_entry(cand.start, end, body, "rule", 0.9) if body.country_code == entry.country_code \
                else cand
        if end == cand.end and (venue := venue_after().match(text, cand.end)) is not None and \
                THE_BEFORE.search(text, max(0, cand.start - 5), cand.start):
            # 'convert the Sha Tin Theatre into ...': a known place before a venue's head names that venue, a place
            canonical = clean_name(text[cand.start:venue.end()])
            return Cand(cand.start, venue.end(), "PLACE", synthetic_id("PLACE", canonical), canonical, "venue",
                        entry.country_code, "", "rule", 0.8)
        if end == cand.end:
            opener = programme_gerund_start(text, cand.start)
            if opener is not None:  # 'Energizing Kowloon East': a programme's name, no mention of the place
                return Cand(opener, cand.end, None, "", text[opener:cand.end])
            named = NAMED_PROJECT.match(text, cand.end)
            if named:  # 'the Kai Tak Fantasy project': a project's name, no mention of the place in it
                return Cand(cand.start, named.end(1), None, "", text[cand.start:named.end(1)])
            return cand
        joint = text.find(" and ", cand.end, end)
        if joint > cand.end and text[cand.end:joint].strip() and \
                self.head_kind(text[cand.end:joint].split()[-1]) == "PLACE":
            end, kind = joint, "PLACE"  # 'Hung Shui Kiu Station and Northern Link Main Line': the station ends at 'and'
        last = text[cand.end:end].split()[-1]
        if kind == "PLACE" and singular(last) == last and AND_AFTER.match(text, cand.end):
            return cand  # 'Kai Tak and Anderson Road Quarry': the known place, then a second place with a head
        if kind in ("PLACE", "INSTITUTION") and singular(last) != last and \
                not (last in self.place_heads and singular(last) not in self.place_heads) and \
                (" and " in text[cand.end:end] or AND_BEFORE.search(text, max(0, cand.start - 6), cand.start)):
            return cand  # 'Guangdong and Fujian Provinces': a plural head after 'and' names two places (a head that
            # only looks plural names one: '... and Sham Tseng Sewage Treatment Works', 'Barracks')
        start = self.left_edge(text, cand.start, LEFT_STOP)
        start = self.modifier_start(text, start) if kind == "PLACE" and start == cand.start else start
        surface = text[start:end]
        if kind == "INSTITUTION" and self.plural_head(surface):
            return cand  # 'the Mainland Offices': a class of bodies; the place that modifies it is still named
        if kind == "NOT" and (labelled := self.before_works_label(text, cand.end, end)) is not None:
            if labelled == cand.end:
                return cand  # 'San Tin Technopole Phase 1': the place with its works label
            end, kind, surface = labelled, "PLACE", text[start:labelled]  # 'X Area and Stage 2 of Y'
        if kind == "NOT" and (on := ON_ROUTE.match(text, cand.end, end)) is not None and \
                self.head_kind(on.group(1).split()[-1]) == "PLACE":
            end, kind, surface = on.end(1), "PLACE", text[start:on.end(1)]  # 'X Station of the Northern Link'
        if kind == "NOT" and start == cand.start and text[cand.end:end].split()[-1] in self.post_heads:
            return cand  # 'the Hong Kong Chief Executive', 'the SAR Chief Executive': a place before a post's title
            # modifies the post, a mention of the place (DECISIONS 19; eninst, session 23)
        if kind == "NOT" or self.role_or_system(surface.split(), self.head_word(surface)):
            return Cand(start, end, None, "", surface)  # an event, or a role a city plays ('Global-Asia Node')
        label = "INSTITUTION" if surface in self.members else kind or "PLACE"  # (a centre that organises)
        canonical = clean_name(surface)
        if label == "PLACE" and " ".join(fold(canonical).split()).casefold() in \
                {" ".join(fold(n).split()).casefold() for n in entry.names()}:
            return replace(self.from_entry(start, end, entry), confidence=0.85)  # 'In-depth' for 'In-Depth'
        return Cand(start, end, label, synthetic_id(label, canonical), canonical, "", entry.country_code, "",
                    "rule", 0.8)


__all__ = ["GrownNames"]
