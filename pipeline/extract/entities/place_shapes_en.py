"""Place candidates → the same, with the places English builds out of other places' names made whole, and the
names that only look like places dropped.

'Pan-' before a place names a larger region built around it ('the Pan-PRD region', 'Pan-Pearl River Delta
provinces': the nine provinces and two SARs around the Pearl River Delta, not the delta itself): one place, the place
inside it no mention of its own (GUIDELINES: a name inside a longer name is not listed). A capitalised word right
after it makes it the start of another name ('the Pan-Asia Bond Index Fund'), left alone.

Singapore names buildings and community hubs as a word, '@' and the place they stand in ('Heartbeat@Bedok',
'Pinnacle@Duxton', a club's house 'the Civil Service Club @ Tampines'): one site (DECISIONS 41, named facilities), the town after '@' no mention of its own. A country
after '@' ('Tech@SG') names a programme, and an address ('info@Gov.sg') no site.

A time expression the model reads as a date is no place, though a list of places around it makes it look like one
('Last April, Hong Kong and Guangdong signed ...').

A name the text counts as one of its kind ('the second Central Business District (CBD) in Hong Kong', 'our
traditional Core Business District', 'designated as another Country Park') is a kind of area, no name: a proper
name takes no indefinite article or ordinal (`counted_kind_words` of not_entities.en.json). Its short form goes
with it; a name some gazetteer knows stays ('a second Silicon Valley' is still no mention, but it is the
gazetteer's call).

A place's name that opens a person's name ('its Chairman Stanley Wong', 'Mr LAI Chuen Chi') is part of that name,
no place: the model reads the whole as a person and the place ends before the person's name does.

Singapore's constituencies are written as a place and 'GRC' / 'SMC' ('the five East Coast GRC MPs'): the place and
the acronym are one place (a constituency, as 'Nee Soon GRC'), the members after it no part of it; one named by two
places joined by a hyphen ('Holland-Bukit Timah GRC') is one name from the first. A station named
with a lower-case 'station' after it ('Bayshore station, which is in ...', 'Hume station was opened') is a place
(DECISIONS 16), as 'X MRT station' is (place_forms.transit_stations); the town it is named after gives way.

A quoted capitalised name set in apposition to a site's kind ('its new attraction, “Aqua City”', 'the first themed
area, “Toy Story Land”': `site_apposition_nouns`), or quoted after 'the' and ending in a site's head word ('the
“Harbourfront Shared Space”': `quoted_site_heads`), names that site, a place (DECISIONS 41); a quoted slogan ('“Asia's
World City”', '“tourism is everywhere”') has neither.

A place's name with a facility's kind after it in lower case ('the Kai Tak cruise terminal', 'Pasir Panjang container
terminal': `lower_case_facilities`) names that facility, a place (DECISIONS 17, 41): the gazetteer's entry when it
has the name in capitals, else the name as written.

A body no gazetteer knows with 'site' after it ('the Keppel Club site', 'the former X Hospital site') is the land it
stands on, a place, as 'X Headquarters' is its building (place_repairs_en).

A place's name, 'at' and a known place ('Ocean Terminal at Tsim Sha Tsui', read by the model as one name) are two
places: the first is located in the second, as 'X in Y' is.

A network named by a kind of place ('the Central Nature Park Network', 'the Sungei Buloh Nature Park Network': nature
parks joined into one area) is a place, not a body; a network of paths ('Park Connector Network') stays what it was.

A name that opens with an act and 'of' ('the Launch of the Round Island Route Node', 'Opening of Tai Kwun': a
heading's event) names the place after 'of', not a place called 'Launch of ...' (`action_openers` of
not_entities.en.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.name_parts_en import (
    branch_places,
    currency_places,
    instruction_headings,
    places_in_shared_names,
)
from pipeline.extract.entities.spans import Cand, synthetic_id

FromEntry = Callable[[int, int, Any, str, float], Cand]  # the recognizer's from_entry

PAN = re.compile(r"(?<![\w-])Pan-(?=[A-Z])")
REGION_AFTER = re.compile(r"[ ](?:region|Region)(?![\w-])")
NAME_AFTER = re.compile(r"[ ](?:[A-Z][a-z]|[A-Z]{2,})")
AT_SITE = re.compile(r"(?<![\w.@'’-])([A-Z][\w'’-]*[ ]?|(?:[A-Z][\w'’-]*[ ]){1,3}[A-Z][\w'’-]*[ ])@[ ]?"
                     r"([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)")
ADDRESS_AFTER = re.compile(r"[.][A-Za-z]")
WORD = re.compile(r"[A-Za-z]+")
CAPITALISED = re.compile(r"[ ]+([A-Z][\w'’-]*)")
CONSTITUENCY = re.compile(r"[ ](GRC|SMC)(?![\w-])")
TRANSIT_MODES = ("MRT", "MTR", "LRT", "Metro", "Rail")
OWN_CONSTITUENCY = re.compile(r"[ ](?:GRC|SMC)$")
JOINED_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’]*[ ]){0,2}[A-Z][\w'’]*-$")
MEMBERS_AFTER = re.compile(r"[ ]MPs?$")
AT_PLACE = re.compile(r"[ ]at[ ]")
PLACE_NETWORK = re.compile(r"[ ]([A-Z][a-z]+)[ ]Network$")
SITE_AFTER = re.compile(r"[ ]sites?(?![\w-])")
STATION = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ ]){1,3})station"
                     r"(?=[,.;:)]|[ ](?:which|was|is|will|opened|has|had|along|near)\b)")


def _with_added(cands: list[Cand], added: list[Cand]) -> list[Cand]:
    """`cands` with the `added` places, less the candidates inside one of them, in text order (unchanged when none
    was added)."""
    if not added:
        return cands
    kept = [c for c in cands if not any(a.start <= c.start and c.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


def pan_regions(text: str, cands: list[Cand]) -> list[Cand]:
    """'Pan-X' (+ 'region') over a place candidate X: one region, canonical 'Pan-<X's canonical> region'."""
    if "Pan-" not in text:
        return cands
    by_start = {c.start: c for c in cands if c.label == "PLACE"}
    taken = {c.start for c in cands}
    drop: set[int] = set()
    added: list[Cand] = []
    for m in PAN.finditer(text):
        inner = by_start.get(m.end())
        if inner is None or m.start() in taken:
            continue
        region = REGION_AFTER.match(text, inner.end)
        end = region.end() if region else inner.end
        if region is None and NAME_AFTER.match(text, end):
            continue  # 'the Pan-Asia Bond Index Fund', 'Pan-PRD Regional ... Forum': part of another name
        canonical = f"Pan-{inner.canonical} region"
        added.append(Cand(m.start(), end, "PLACE", synthetic_id("PLACE", canonical), canonical, "region",
                          inner.country_code, "", "rule", 0.8))
        drop.add(inner.start)
    if not added:
        return cands
    kept = [c for c in cands if not (c.label == "PLACE" and c.start in drop)]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


def at_sites(text: str, cands: list[Cand], entries: dict[str, Any]) -> list[Cand]:
    """'Name@Town' with a known town (no country) after '@': one site, the town inside it no mention."""
    if "@" not in text:
        return cands
    added: list[Cand] = []
    for m in AT_SITE.finditer(text):
        if ADDRESS_AFTER.match(text, m.end()):
            continue  # an e-mail address
        town = next((c for c in cands if c.label == "PLACE" and c.start == m.start(2)), None)
        entry = entries.get(town.entity_id) if town is not None else None
        if town is None or entry is None or entry.type == "country":
            continue
        name = text[m.start():town.end]
        added.append(Cand(m.start(), town.end, "PLACE", synthetic_id("PLACE", name), name, "facility",
                          town.country_code, "", "rule", 0.8))
    return _with_added(cands, added)


def dated_places(text: str, cands: list[Cand], ents: list[tuple[int, int, str]], months: Collection[str],
                 known: Collection[str]) -> list[Cand]:
    """Unknown place candidates inside a span the model reads as a date, with a month's name in them."""
    dates = [(s, e) for s, e, label in ents if label in ("DATE", "TIME")]
    if not dates:
        return cands

    def dated(c: Cand) -> bool:
        return c.label == "PLACE" and c.entity_id not in known and \
            any(s <= c.start and c.end <= e for s, e in dates) and \
            any(w.lower() in months for w in WORD.findall(text[c.start:c.end]) if len(w) > 3)
    return [c for c in cands if not dated(c)]


def counted_kinds(text: str, cands: list[Cand], before: re.Pattern[str], known: Collection[str],
                  head_kind: Callable[[str], str | None]) -> list[Cand]:
    """Unknown places the text counts as one of a kind (`before`, kind_before), or that are a place head of two words
    or more and nothing else ('designate it as Country Park'), with their other mentions."""
    kinds = {c.entity_id for c in cands if c.label == "PLACE" and c.entity_id not in known and
             (before.search(text, max(0, c.start - 30), c.start) or
              " " in text[c.start:c.end] and head_kind(text[c.start:c.end]) == "PLACE")}
    return [c for c in cands if not (c.label == "PLACE" and c.entity_id in kinds)] if kinds else cands


def kind_before(words: Collection[str], ordinals: Collection[str] = (), stops: Collection[str] = ()) -> re.Pattern[str]:
    """'a ', 'another ', 'the second ', 'our traditional ': the words before a kind of thing, not a name; an ordinal
    and one or two lower-case modifiers ('its first overseas ', not a function word: `stops`) too."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    ordinal = "|".join(re.escape(w) for w in sorted(ordinals, key=len, reverse=True)) or "(?!)"
    stop = "|".join(re.escape(w) for w in sorted(stops, key=len, reverse=True)) or "(?!)"
    gap = rf"(?:(?!(?:{stop})[ ])[a-z][\w-]*[ ]+){{1,2}}"  # 'overseas ', not 'of '
    return re.compile(rf"(?<![\w'’-])(?:(?:{alternatives})[ ]+|(?:{ordinal})[ ]+{gap})$")


def given_names(text: str, cands: list[Cand], ents: list[tuple[int, int, str]],
                head_kind: Callable[[str], str | None], compass: Collection[str]) -> list[Cand]:
    """Places that open a longer span the model reads as a person ('Stanley Wong', 'LAI Chuen Chi'), where the one or
    two words after them are no head or compass words ('Kowloon East', 'Ko Lau Wan Public Piers' stay)."""
    people = [(s, e) for s, e, label in ents if label == "PERSON"]
    if not people:
        return cands

    def opens_person(c: Cand) -> bool:
        if c.label != "PLACE":
            return False
        for s, e in people:
            if s == c.start and c.end < e:
                rest = text[c.end:e].split()
                return CAPITALISED.match(text, c.end, e) is not None and len(rest) <= 2 and \
                    not any(w in compass or head_kind(w) is not None for w in rest)
        return False
    return [c for c in cands if not opens_person(c)]


def constituencies(text: str, cands: list[Cand]) -> list[Cand]:
    """'East Coast' + ' GRC' one place (the place's own entity, its span grown); 'East Coast GRC MPs' ends at 'GRC'."""
    if "GRC" not in text and "SMC" not in text:
        return cands
    out = []
    for c in cands:
        m = CONSTITUENCY.match(text, c.end) if c.label == "PLACE" else None
        trim = MEMBERS_AFTER.search(text, c.start, c.end) if c.label == "PLACE" else None
        end = m.end() if m is not None else c.end if c.label == "PLACE" and OWN_CONSTITUENCY.search(
            text, c.start, c.end) else -1
        joined = JOINED_BEFORE.search(text, max(0, c.start - 30), c.start) if end > 0 else None
        if joined is not None:  # 'Holland-Bukit Timah GRC': a constituency named by two places, one name
            name = clean_name(text[joined.start():end])
            c = Cand(joined.start(), end, "PLACE", synthetic_id("PLACE", name), name, "constituency",
                     c.country_code, "", "rule", 0.8)
        elif m is not None:  # the place's own entity: 'West Coast' and 'West Coast GRC' in one text are one row
            c = replace(c, end=m.end())
        elif trim is not None and CONSTITUENCY.match(text, trim.start() - 4):
            name = clean_name(text[c.start:trim.start()])
            c = replace(c, end=trim.start(), canonical=name if c.canonical.endswith(" MPs") or
                        c.canonical.endswith(" MP") else c.canonical,
                        entity_id=synthetic_id("PLACE", name) if c.canonical.endswith((" MPs", " MP")) else c.entity_id)
        out.append(c)
    joined_spans = [(c.start, c.end) for c in out if c.etype == "constituency" and "-" in text[c.start:c.end]]
    out = [c for c in out if not any(s <= c.start and c.end <= e and (c.start, c.end) != (s, e)
                                     for s, e in joined_spans)]
    # 'X GRC' read whole elsewhere (by the model) is the same constituency as the place grown here: one entity
    grown = {clean_name(text[c.start:c.end]): c for c in out if c.label == "PLACE" and OWN_CONSTITUENCY.search(
        text, c.start, c.end) and c.etype != "constituency"}
    return [replace(c, entity_id=grown[n].entity_id, canonical=grown[n].canonical)
            if c.label == "PLACE" and (n := clean_name(text[c.start:c.end])) in grown else c for c in out]


def named_stations(text: str, cands: list[Cand], left_stop: Collection[str]) -> list[Cand]:
    """'Bayshore station, which ...': capitalised words and a lower-case 'station' (no function word first)."""
    if "station" not in text:
        return cands
    added: list[Cand] = []
    for m in STATION.finditer(text):
        words = m.group(1).split()
        if words[0] in left_stop or words[-1] in TRANSIT_MODES:
            continue  # 'The station was ...', 'an MRT station' (place_forms.transit_stations reads 'X MRT station')
        over = [c for c in cands if c.start < m.end() and m.start() < c.end]
        if any(c.start < m.start() or c.end > m.end() or c.label == "INSTITUTION" for c in over):
            continue
        name = " ".join(words) + " Station"
        added.append(Cand(m.start(), m.end(), "PLACE", synthetic_id("PLACE", name), name, "station", "", "", "rule",
                          0.75))
    return _with_added(cands, added)


QUOTED_NAME = re.compile(r"[“\"]([A-Z][\w'’&-]*(?:[ ](?:[A-Z][\w'’&-]*|of|and|the|by)){0,5})[”\"]")
THE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|The)[ ](?:new[ ])?$")


def site_apposition(nouns: Collection[str]) -> re.Pattern[str]:
    """'attraction, ', 'themed area, ': a site's kind right before a quoted name in apposition to it."""
    alternatives = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternatives})s?,?[ ]$")


def quoted_sites(text: str, cands: list[Cand], apposition: re.Pattern[str], heads: Collection[str]) -> list[Cand]:
    """Quoted site names (module doc) as places of etype 'quoted site' (the recognizer keeps quoted places so
    marked); candidates inside them give way."""
    if "“" not in text and '"' not in text:
        return cands
    added: list[Cand] = []
    for m in QUOTED_NAME.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        name = m.group(1)
        if not (apposition.search(before) or THE_BEFORE.search(before) and name.split()[-1] in heads and
                len(name.split()) > 1):
            continue
        added.append(Cand(m.start(1), m.end(1), "PLACE", synthetic_id("PLACE", name), name, "quoted site", "", "",
                          "rule", 0.75))
    return _with_added(cands, added)


def action_openers(words: Collection[str], events: Collection[str]) -> re.Pattern[str]:
    """'Launch of the ', 'Opening of ', 'Launch of the Exhibition for ': an act and 'of' at the start of a name, and
    an event (`event_heads`) and its preposition after them."""
    acts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    kinds = "|".join(re.escape(w) for w in sorted(events, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{acts})[ ]of[ ](?:the[ ])?(?:(?:{kinds})[ ](?:for|of|on)[ ](?:the[ ])?)?(?=[A-Z])")


def acted_places(text: str, cands: list[Cand], opener: re.Pattern[str],
                 whole_entry: Callable[[str], Any], from_entry: FromEntry) -> list[Cand]:
    """Place candidates that open with an act and 'of' start after it (the gazetteer's entry when it names one)."""
    out = []
    for c in cands:
        m = opener.match(text, c.start, c.end) if c.label == "PLACE" else None
        if m is not None:
            name = clean_name(text[m.end():c.end])
            entry = whole_entry(name)
            if entry is not None and entry.table == "place":
                c = from_entry(m.end(), c.end, entry, "rule", 0.8)
            else:
                c = Cand(m.end(), c.end, "PLACE", synthetic_id("PLACE", name), name, c.etype, c.country_code, "",
                         c.method, c.confidence)
        out.append(c)
    return out


def facility_after(heads: Collection[str]) -> re.Pattern[str]:
    """' cruise terminal', ' ferry pier': a facility's kind in lower case right after a name."""
    alternatives = "|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[ ]({alternatives})(?![\w-])")


def lower_case_facilities(text: str, cands: list[Cand], after: re.Pattern[str], whole_entry: Callable[[str], Any],
                          head_kind: Callable[[str], str | None], from_entry: FromEntry) -> list[Cand]:
    """Places followed by a facility's kind in lower case grown into that facility (module doc); bodies no
    gazetteer knows followed by 'site', or that are a network of a kind of place, retyped as places."""
    out = []
    for c in cands:
        m = after.match(text, c.end) if c.label == "PLACE" else None
        if m is not None:
            name = f"{clean_name(text[c.start:c.end])} {m.group(1).title()}"
            entry = whole_entry(name)
            if entry is not None and entry.table == "place":
                c = from_entry(c.start, m.end(), entry, "rule", 0.8)
            else:
                c = Cand(c.start, m.end(), "PLACE", synthetic_id("PLACE", name), name, "facility", c.country_code,
                         "", "rule", 0.75)
        elif c.label == "INSTITUTION" and c.entity_id.startswith("inst:x-") and \
                PLACE_NETWORK.search(text, c.start, c.end) and head_kind(PLACE_NETWORK.search(  # type: ignore[union-attr]
                    text, c.start, c.end).group(1)) == "PLACE":
            name = clean_name(text[c.start:c.end])
            c = Cand(c.start, c.end, "PLACE", synthetic_id("PLACE", name), name, "area", c.country_code, "", "rule",
                     0.75)
        elif c.label == "INSTITUTION" and c.entity_id.startswith("inst:x-") and SITE_AFTER.match(text, c.end):
            name = clean_name(text[c.start:c.end])
            c = Cand(c.start, c.end, "PLACE", synthetic_id("PLACE", name), name, "site", c.country_code, "", "rule",
                     0.75)
        out.append(c)
    return out


def located_places(text: str, cands: list[Cand], head_kind: Callable[[str], str | None],
                   whole_entry: Callable[[str], Any], from_entry: FromEntry) -> list[Cand]:
    """'X <place head> at <known place>' read as one place: the two places."""
    out = []
    for c in cands:
        m = AT_PLACE.search(text, c.start, c.end) if c.label == "PLACE" else None
        entry, end = None, c.end
        words = text[m.end():c.end].split(" ") if m is not None else []
        for k in range(len(words), 0, -1):  # the longest known place right after 'at' ('... at Tsim Sha Tsui before
            entry = whole_entry(" ".join(words[:k]))  # 2013', a date the model ran in)
            if entry is not None and entry.table == "place":
                end = m.end() + len(" ".join(words[:k]))  # type: ignore[union-attr]
                break
        if m is None or entry is None or entry.table != "place" or \
                head_kind(text[c.start:m.start()].split()[-1]) != "PLACE":
            out.append(c)
            continue
        name = clean_name(text[c.start:m.start()])
        own = whole_entry(name)
        out.append(from_entry(c.start, m.start(), own, "rule", 0.8) if own is not None and own.table == "place" else
                   Cand(c.start, m.start(), "PLACE", synthetic_id("PLACE", name), name, c.etype, c.country_code, "",
                        c.method, c.confidence))
        out.append(from_entry(m.end(), end, entry, "rule", 0.8))
    return out


@dataclass(frozen=True)
class ShapeRules:
    """The module's word lists (not_entities.en.json, periods.en.json), read once per process."""

    months: frozenset[str]
    kind_before: re.Pattern[str]
    action_opener: re.Pattern[str]
    apposition: re.Pattern[str]
    site_heads: frozenset[str]
    facility_after: re.Pattern[str]
    compass: frozenset[str]

    @classmethod
    def from_words(cls, words: dict[str, Any], months: Collection[str]) -> ShapeRules:
        return cls(frozenset(months), kind_before(words.get("counted_kind_words", []),
                                                  words.get("counted_kind_ordinals", []),
                                                  words.get("counted_kind_gap_stops", [])),
                   action_openers(words.get("action_openers", []), words.get("event_heads", [])),
                   site_apposition(words.get("site_apposition_nouns", [])),
                   frozenset(words.get("quoted_site_heads", [])),
                   facility_after(words.get("lower_case_facilities", [])),
                   frozenset(words.get("compass_words", [])))


def place_shapes(text: str, cands: list[Cand], ents: list[tuple[int, int, str]], entries: dict[str, Any],
                 rules: ShapeRules, head_kind: Callable[[str], str | None], whole_entry: Callable[[str], Any],
                 from_entry: FromEntry, left_stop: Collection[str]) -> list[Cand]:
    """All of the module's steps, in order (module doc)."""
    cands = given_names(text, cands, ents, head_kind, rules.compass)
    cands = acted_places(text, cands, rules.action_opener, whole_entry, from_entry)
    cands = quoted_sites(text, cands, rules.apposition, rules.site_heads)
    cands = lower_case_facilities(text, located_places(text, cands, head_kind, whole_entry, from_entry),
                                  rules.facility_after, whole_entry, head_kind, from_entry)
    cands = dated_places(text, cands, ents, rules.months, entries)
    cands = counted_kinds(text, cands, rules.kind_before, entries, head_kind)
    cands = named_stations(text, constituencies(text, cands), left_stop)
    cands = places_in_shared_names(text, currency_places(text, cands), head_kind)  # name_parts_en
    cands = branch_places(text, instruction_headings(text, cands, entries, head_kind))
    return at_sites(text, pan_regions(text, cands), entries)
