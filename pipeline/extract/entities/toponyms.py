"""Text + the document's candidates → places that the words of toponymy name (pipeline/data/toponyms.en.json).

A Malay or Indonesian generic term that opens a capitalised run names a place ('Kuala Selangor', 'Sungai Pelek',
'Tanjong Sepat'): those words are no English words, so the run is a place even where the model read a person or a
body, and the longest span wins over a known place inside it ('Kuala Selangor' is not a mention of Selangor). A
lower-case noun for an administrative unit after a capitalised name ('Fengjing town', 'Pinghu city', 'Jiashan
county') makes the name before it that place. A brand in capitals just before a generic term names a mall or store
there, a place too ('AEON Bukit Indah'). Names joined by 'and' before a plural kind of place ('the Richmond and
Glenbrook air bases') are places of that kind; so is a name in apposition to a kind of place ('Marudi, an interior
town in ...'), an administrative 'X Division', each of two place names one span joined, and a known town's lower-case
'port' ('Yangpu port'). Mixed into `EntityRecognizer` (it needs `entries`, `not_entities`,
`region_modifiers`, `compass_words`, `head_kind`, `lower_words`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.name_spans import LEFT_STOP
from pipeline.extract.entities.name_types import ADJECTIVE_END
from pipeline.extract.entities.place_lists import LOCATING_TYPES, towns
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.native import python_class
from pipeline.regexgate import LineGated

WORD = r"[A-Z][a-z'’]+"
TITLE_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Professor|Prof|Sir|Madam|Datuk|Dato'?|Tan[ ]Sri|Tun|Seri)\.?[ ]+$")
# what may follow a place named by its kind word: a stop, or a word that begins another phrase
KIND_AFTER = re.compile(r"(?=[,.;:)!?]|[ \t\n]+(?:complex|in|of|on|and|or|to|at|is|was|has|had|have|which|that|where|with|near|"
                        r"along|as|for|from|by|were|are|will|would|can|could|borders?|lies|sits)\b|[ \t]*$)")
# 'Marudi, an interior town in Miri Division': a name in apposition to a noun for a kind of place
APPOSITIVE_KIND = re.compile(r",[ ](?:an?|the)[ ](?:[a-z][\w-]*[ ]){0,2}(?:town|city|village|district|suburb|island|port|"
                             r"county|township|settlement|municipality|area)[ ](?:in|of|on|near|north|south|east|west)\b")
PORT_AFTER = re.compile(r"[ ](?:mega-?[ ]?)?port(?=[,.;:)!?]|[ \t\n]+(?:in|of|on|and|or|to|at|is|was|has|had|have|which|that|where|with|"
                        r"near|as|for|from|by|were|are|will|would|can|could|every|each|since|until|after|before|"
                        r"last|this|next|today|now)\b|[ \t]*$)")
AIRPORT_AFTER = re.compile(r"[ ]airport\b")  # 'at Changi airport': the airport the gazetteer names '<X> Airport'
STATION_AFTER = re.compile(r"[ ]station\b(?![ -](?:road|street|square|building)\b)")  # 'from the Bukit Chagar station'
BIG_UNITS = {"country", "province", "state", "special administrative region", "autonomous region", "territory",
             "union territory", "region", "land"}
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|of|across|within|throughout)[ ](?:the[ ])?$")
ROUTE_NAMES: LineGated | None = None  # set with the other patterns (toponym_words)
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|every|each|one|another|this|that)[ ]+$", re.IGNORECASE)
FIRST_WORD = re.compile(r"(\S+)[ \t\n]+")


@lru_cache(maxsize=1)
def toponym_words() -> tuple[LineGated, LineGated, LineGated]:
    """(generic-prefix, kind-word, shared-kind patterns) from pipeline/data/toponyms.en.json. Each match lies on one
    line and holds the word its list gives (a prefix and the next name's capital, a kind word, a route word, a plural
    kind after a space): tried only on the lines that hold one (LineGated, the same matches; ~2.4 -> 0.5 ms per
    2,000-word document for the four)."""
    data = load_json_data("toponyms.en.json")
    prefixes = "|".join(sorted(map(re.escape, data["generic_prefixes"]), key=len, reverse=True))
    kinds = "|".join(sorted(map(re.escape, data["kind_words"]), key=len, reverse=True))
    blockers = "|".join(sorted(map(re.escape, data["kind_word_blockers"]), key=len, reverse=True))
    generic = LineGated(re.compile(rf"(?<![\w'’&/-])(?:[A-Z]{{2,6}}[ ])?(?:{prefixes})(?:[ ]{WORD}){{1,3}}"
                                   rf"(?![\w'’&-]|[ ][A-Z0-9])"), re.compile(rf"(?:{prefixes})[ ][A-Z]"))
    kind = LineGated(re.compile(rf"(?<![\w'’&/-])((?:{WORD})(?:[ ]{WORD}){{0,2}})[ ](?:{kinds})\b(?![ -](?:{blockers})\b)"),
                     re.compile(rf"[ ](?:{kinds})\b"))
    routes = "|".join(sorted(map(re.escape, data["route_words"]), key=len, reverse=True))
    shared = "|".join(sorted(map(re.escape, data["shared_kinds"]), key=len, reverse=True))
    item = rf"(?:[A-Z][\w'’-]*[ ]){{0,3}}[A-Z][\w'’-]*"
    coordinated = LineGated(re.compile(rf"(?<![\w'’&/-])({item}(?:,[ ]{item})*),?[ ]and[ ]({item})[ ](?:[a-z]+[ ])?"
                                       rf"(?:{shared})\b"), re.compile(rf"[ ](?:{shared})\b"))
    named = rf"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*(?:[ ][A-Z][\w'’]*(?:-[A-Z][\w'’]*)*){{0,3}}"
    global ROUTE_NAMES
    ROUTE_NAMES = LineGated(re.compile(rf"(?<![\w'’&/-])({named}(?:,[ ]{named})*(?:,?[ ]and[ ]{named})?)[ ](?:{routes})\b"
                                       rf"(?![ -](?:stations?|interchange|depot)\b)"), re.compile(rf"[ ](?:{routes})\b"))
    return generic, kind, coordinated


@python_class
class Toponyms:
    """Needs `entries`, `not_entities`, `region_modifiers`, `compass_words`, `head_kind`, `head_type`, `matcher`,
    `lower_words`."""

    entries: dict[str, Any]
    not_entities: set[str]
    region_modifiers: set[str]
    compass_words: set[str]
    head_kind: Any
    head_type: Any
    matcher: Any
    lower_words: Any
    whole_entry: Any
    from_entry: Any

    def toponym_places(self, text: str, ents: list[tuple[int, int, str]], cands: list[Cand]) -> list[Cand]:
        """The candidates, with the places a generic prefix or a kind word names added (method rule, confidence
        0.7) and the candidates inside a generic-prefix place dropped."""
        generic, kind, _ = toponym_words()
        cands = self.given_names(text, ents, cands)
        drop: set[int] = set()
        added: list[Cand] = []
        for m in generic.finditer(text):
            s, e = m.span()
            if TITLE_BEFORE.search(text, max(0, s - 12), s):
                continue  # 'Datuk Seri Bukit ...' would be a person's name
            if any(self.head_kind(w) is not None for w in text[s:e].split()[1:]):
                continue  # 'Kuala Lumpur Stock Exchange', 'Sungai Buloh Hospital': a body's or a facility's name
            over = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
            if any((cands[i].start < s or cands[i].end > e) and cands[i].label is not None or
                   cands[i].label == "INSTITUTION" or
                   (cands[i].start, cands[i].end) == (s, e) and cands[i].entity_id in self.entries for i in over):
                continue  # a longer name ('Kuala Lumpur International Airport') or a known place spans it
            inner = [cands[i] for i in over if cands[i].label == "PLACE" and cands[i].country_code]
            canonical = clean_name(text[s:e])
            added.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "",
                              inner[0].country_code if inner else "", "", "rule", 0.7))
            drop.update(over)
        out = [c for i, c in enumerate(cands) if i not in drop] + added
        nationality = [(s, e) for s, e, label in ents if label == "NORP"]
        for m in kind.finditer(text):
            if not KIND_AFTER.match(text, m.end()):
                continue
            s, e = m.span(1)
            words = text[s:e].split()
            while words and words[0] in LEFT_STOP:
                s += len(words.pop(0)) + 1
            if not words or INDEFINITE_BEFORE.search(text, max(0, s - 10), s) or \
                    TITLE_BEFORE.search(text, max(0, s - 12), s) or any(a < e and s < b for a, b in nationality):
                continue  # 'an Olympic village', 'a Malay village': a kind of place described, no name
            body = [i for i, c in enumerate(out) if s <= c.start and c.end <= e and c.entity_id not in self.entries
                    and c.label in ("INSTITUTION", None)]  # 'the Sunway shopping mall': the model read a company
            if any(c.start < m.end() and s < c.end for i, c in enumerate(out) if i not in body):
                continue  # named already ('Klang district', 'Jiashan county', 'Guangzhou city')
            surface = text[s:e]
            if not self.named_by_kind(text, surface):
                continue
            canonical = clean_name(surface)
            out = [c for i, c in enumerate(out) if i not in body]
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", "", "", "rule", 0.7))
        out = self.appositive_places(text, self.joined_places(text, self.shared_kind_places(text, out, nationality)))
        return route_names_out(text, self.lower_case_ports(text, out))

    def shared_kind_places(self, text: str, cands: list[Cand], nationality: list[tuple[int, int]]) -> list[Cand]:
        """'the Royal Australian Air Force Richmond and Glenbrook air bases', 'the Kwai Tsing and Tuen Mun container
        terminals': names joined by 'and' before a plural kind of place are places of that kind. The first name
        takes as many words as the last one has (what comes before it is its owner: 'Royal Australian Air
        Force'); the model's longer untyped span over it gives way."""
        coordinated = toponym_words()[2]
        drop: set[int] = set()
        added: list[Cand] = []
        for m in coordinated.finditer(text):
            last = m.group(2)
            items = [(m.start(2), m.end(2))]
            pos = m.start(1)
            for piece in m.group(1).split(", "):
                items.append((pos, pos + len(piece)))
                pos += len(piece) + 2
            first_words = text[items[1][0]:items[1][1]].split()
            n = len(last.split())
            if len(first_words) > n:  # the first name's owner before it is no part of it
                items[1] = (items[1][1] - len(" ".join(first_words[-n:])), items[1][1])
            for s, e in items:
                words = text[s:e].split()
                while len(words) > 1 and words[0] in LEFT_STOP:  # 'The Truganina, Riverdale and ... precincts'
                    s += len(words.pop(0)) + 1
                if words[0] in LEFT_STOP or any(c.start < e and s < c.end and c.label is not None and not (
                        c.label == "INSTITUTION" and s <= c.start and c.end <= e and c.entity_id not in self.entries)
                        for c in cands):
                    continue  # named already, or part of a longer typed name; an unknown body the model read
                    # inside it gives way ('the Riverdale and Tarneit North precincts')
                surface = text[s:e]
                if not self.named_by_kind(text, surface, adjectives=False) or \
                        any(a < e and s < b for a, b in nationality) or words[0] in self.region_modifiers:
                    continue  # ('the Eastern and Western districts', 'the Malay and Chinese villages')
                canonical = clean_name(surface)
                added.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", "", "", "rule", 0.7))
                drop.update(i for i, c in enumerate(cands) if c.start < e and s < c.end)
        if not added:
            return cands
        named = {a.canonical: a for a in added}  # one sense per document: the same unknown name read as a body
        return [replace(named[c.canonical], start=c.start, end=c.end) if c.label == "INSTITUTION" and
                c.entity_id not in self.entries and c.canonical in named else c
                for i, c in enumerate(cands) if i not in drop] + added  # elsewhere is that place too

    def named_by_kind(self, text: str, surface: str, adjectives: bool = True) -> bool:
        """Whether the capitalised words before a kind word are a name: no listed non-entity, no demonym or
        adjective ('Malay village'), no head word ('Garden City town'), no word the text also uses in lower case
        ('Capital city'). (The model's typing is not asked: it reads pinyin in -ing, 'Fengjing', as a gerund.)"""
        words = surface.split()
        if surface in self.not_entities or adjectives and len(words) == 1 and ADJECTIVE_END.search(surface) or \
                self.head_kind(words[-1]) is not None:
            return False
        lower = self.lower_words(text)  # (a compass word is one too: 'Tarneit North' beside 'to the north of')
        return not any(w.lower() in lower for w in words if w not in self.compass_words)

    def joined_places(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'the Paya Lebar Air Base and Sembawang Shipyard': one span over two names that each end in a place head
        is two places, and so are the last two members of a list ('..., Tsz Oi and Ma Hang Tsuen'); a bare head
        before 'and' ('Road and Monk's Hill') names nothing, the name after it stays.
        '<known place or town> Division' after a locative preposition ('in Miri Division') is an administrative
        division, a place, where the model read a body."""
        out: list[Cand] = []
        for c in cands:
            surface = text[c.start:c.end]
            k = surface.find(" and ")
            if c.label == "PLACE" and c.entity_id not in self.entries and k > 0:
                left, right = surface[:k], surface[k + 5:]
                listed = text[max(0, c.start - 2):c.start] == ", "  # 'including Kin Sang, Tsz Oi and Ma Hang Tsuen'
                if right[:1].isupper() and self.head_type(right) == "PLACE" and (
                        self.head_type(left) == "PLACE" or len(left.split()) == 1 or listed):
                    pieces = [(c.start + k + 5, c.end)] + ([(c.start, c.start + k)] if len(left.split()) > 1 or
                                                           listed and left[:1].isupper() else [])
                    for s, e in pieces:
                        canonical = clean_name(text[s:e])
                        out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", "", "",
                                        "rule", 0.7))
                    continue
            words = surface.split()
            if c.label == "INSTITUTION" and c.entity_id not in self.entries and len(words) >= 2 and \
                    words[-1] == "Division" and LOCATIVE_BEFORE.search(text, max(0, c.start - 12), c.start) and \
                    (" ".join(words[:-1]) in towns() or any(x.table == "place" and (a, b) == (0, len(surface) - 9)
                                                          for a, b, x in self.matcher.find(surface[:-9]))):
                canonical = clean_name(surface)
                c = replace(c, label="PLACE", entity_id=synthetic_id("PLACE", canonical), canonical=canonical,
                            etype="division", confidence=0.7)
            out.append(c)
        return out

    def appositive_places(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'to link Marudi, an interior town in Miri Division, with ...': a capitalised name in apposition to a noun
        for a kind of place is that place, whatever the model made of it (an unknown body or nothing)."""
        out = list(cands)
        for m in APPOSITIVE_KIND.finditer(text):
            words = re.search(rf"(?<![\w'’-])({WORD}(?:[ ]{WORD}){{0,2}})$", text[max(0, m.start() - 40):m.start()])
            if not words:
                continue
            s, e = m.start() - len(words.group(1)), m.start()
            while text[s:e].split()[0] in LEFT_STOP and " " in text[s:e]:
                s = text.index(" ", s) + 1
            over = [i for i, c in enumerate(out) if c.start < e and s < c.end]
            if any(out[i].label is not None and not (out[i].label == "INSTITUTION" and out[i].entity_id not in
                                                     self.entries and s <= out[i].start and out[i].end <= e)
                   for i in over) or not self.named_by_kind(text, text[s:e]):
                continue  # a known or typed name there already
            canonical = clean_name(text[s:e])
            out = [c for i, c in enumerate(out) if i not in over]
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", "", "", "rule", 0.7))
        return out

    def given_names(self, text: str, ents: list[tuple[int, int, str]], cands: list[Cand]) -> list[Cand]:
        """'Lin Guangming came to Hainan': a known district or area that ends a person's name the model read, after
        one other word (the surname), is that person's given name, no place ('Guangming'). Countries, provinces and
        cities are left alone, and so is a place after a compass or region word ('Western Sydney')."""
        persons = [(s, e) for s, e, label in ents if label == "PERSON"]
        out = []
        for c in cands:
            entry = self.entries.get(c.entity_id) if c.label == "PLACE" else None
            named = self.facility_named(text, c, persons) if entry is not None else None
            if named is not None:  # 'Jewel Changi Airport' (read as a person): a facility's whole name
                out.append(named)
                continue
            if entry is not None and entry.type not in LOCATING_TYPES and any(
                    e == c.end and s < c.start and len(text[s:c.start].split()) == 1 and
                    text[s:c.start].strip() not in self.region_modifiers | LEFT_STOP and
                    text[s:c.start].strip()[:1].isupper() for s, e in persons):
                continue
            out.append(c)
        return out

    def facility_named(self, text: str, c: Cand, persons: list[tuple[int, int]]) -> Cand | None:
        """A known facility of two words or more ending in a place's head word ('Changi Airport') at the end of
        capitalised words the model read as a person: no person's name ends in 'Airport', so the whole run is the
        facility's name ('Jewel Changi Airport', a complex at the airport, a place of its own)."""
        words = text[c.start:c.end].split()
        if len(words) < 2 or self.head_kind(words[-1]) != "PLACE":
            return None
        for s, e in persons:
            if e != c.end or s >= c.start:
                continue
            while (m := FIRST_WORD.match(text, s, c.start)) and m.group(1) in LEFT_STOP:
                s = m.end()  # 'The Jewel Changi Airport'
            before = text[s:c.start].split()
            if not before or not all(w[:1].isupper() for w in before):
                return None
            canonical = clean_name(text[s:c.end])
            return Cand(s, c.end, "PLACE", synthetic_id("PLACE", canonical), canonical, "", c.country_code, "",
                        "rule", 0.75)
        return None

    def lower_case_ports(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'known as Hengqin port', 'a view of Yangpu port', 'the Tuas mega-port': a known town, district or island
        before a lower-case 'port' names that port (the known port of that name, if any), a place of its own (DECISIONS 17); the town inside it is no mention there. After a
        country, province or region ('the Hong Kong port', 'Guangdong port') the word only describes."""
        out = []
        for c in cands:
            entry = self.entries.get(c.entity_id) if c.label == "PLACE" else None
            m = PORT_AFTER.match(text, c.end) if entry is not None and entry.type not in BIG_UNITS else None
            if m is not None and not text[c.start:c.end].endswith(("Port", "port")):
                canonical = clean_name(text[c.start:c.end]) + " Port"
                known = self.whole_entry(canonical)  # 'Tuas mega-port' is the known 'Tuas Port'
                c = replace(self.from_entry(c.start, m.end(), known), confidence=0.75) \
                    if known is not None and known.table == "place" else \
                    Cand(c.start, m.end(), "PLACE", synthetic_id("PLACE", canonical), canonical, "port",
                         c.country_code, "", "rule", 0.7)
            elif entry is not None and AIRPORT_AFTER.match(text, c.end):
                c = self.lower_case_airport(text, c)
            elif c.label == "PLACE" and (entry is None or entry.type not in BIG_UNITS) and \
                    STATION_AFTER.match(text, c.end) and not text[c.start:c.end].endswith(("Station", "station")):
                # 'to Woodlands North station': a rail station named after the place, a place of its own (DECISIONS 16)
                canonical = clean_name(text[c.start:c.end]) + " Station"
                c = Cand(c.start, c.end + 8, "PLACE", synthetic_id("PLACE", canonical), canonical, "station",
                         c.country_code, "", "rule", 0.7)
            out.append(c)
        return out

    def lower_case_airport(self, text: str, c: Cand) -> Cand:
        """'a fifth terminal at Changi airport': a place before a lower-case 'airport' names the airport the
        gazetteer knows as '<place> Airport' (not the town or area it is named after)."""
        name = f"{text[c.start:c.end]} Airport"
        found = [f for f in self.matcher.find(name) if f[:2] == (0, len(name)) and f[2].table == "place"]
        if not found:
            return c
        entry = found[0][2]
        return Cand(c.start, c.end + 8, "PLACE", entry.id, entry.canonical, entry.type, entry.country_code,
                    entry.acronym, "rule", 0.8)


def route_names_out(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates less the places inside the names of routes: 'the Bayan Lepas LRT', 'the Ayer Itam, Tanjung
    Tokong and Raja Uda-Bukit Mertajam monorail lines', 'the Georgetown tram' name lines, not their places
    (DECISIONS 22); 'the Bayan Lepas LRT station' is a station, left to the station rules."""
    toponym_words()
    assert ROUTE_NAMES is not None
    spans: list[tuple[int, int]] = []
    for m in ROUTE_NAMES.finditer(text):
        pos = m.start(1)
        for piece in re.split(r"(,[ ]and[ ]|,[ ]|[ ]and[ ])", m.group(1)):
            if piece and piece[0].isupper():
                spans.append((pos, pos + len(piece)))
            pos += len(piece)
    if not spans:
        return cands
    return [c for c in cands if not (c.label == "PLACE" and any(s <= c.start and c.end <= e for s, e in spans))]
