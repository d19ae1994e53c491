"""Text + the document's candidates → places written in forms the gazetteer matcher does not see, and the
candidates that only look like places.

Places: a dateline in capitals ('KUALA LUMPUR - ...'), a known name in odd case ('Greater bay Area'), a name with
a lower-case kind of place after a city's possessive ('Zhongshan's Cuiheng new area'), a quoted zone named after
known places ('the "Shenzhen-Heyuan Special Cooperation Zone" is under planning'), the building of an address
('12/F, X Tower, 38 Y Road'), '<Name> MRT/Metro station', a named customs, immigration and quarantine complex,
a body's '<Name> Centre' after 'at the'. No places: a numbered street of an address (a road), the places of a
zoning plan's name ('X and Y OZP'), a place inside a person's name ('... do Rosario') or a route's ('Tuen Mun –
Chek Lap Kok Tunnel'), a kind of place after a possessive ordinal ("the city's second Central Business District").

Mixed into `EntityRecognizer` (it needs `matcher`, `entries`, `contextual`, `capitals_entry`, `head_word`,
`head_kind`, `place_heads` and `from_entry`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.aliases import clean_name, fold
from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.place_lists import towns
from pipeline.extract.entities.law_titles_en import in_law_title
from pipeline.extract.entities.references import occupied
from pipeline.extract.entities.route_names_en import in_route_name
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.native import python_class
from pipeline.regexgate import LineGated

# a news dateline: a line that opens with a place in capitals, maybe ', COUNTRY' and '(Agency)', then a dash or colon
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.]*(?:[ ][A-Z][A-Z'’.]*){0,3})(?:,[ ]+([A-Z][A-Z'’.]*(?:[ ][A-Z][A-Z'’.]*){0,2}))?"
                      r"(?:,?[ ]+[A-Z][a-z]{2,8}\.?[ ]\d{1,2})?(?:[ ]+\([A-Za-z][\w ]{0,20}\))?[ \t]*(?:[-–—]|:)[ \t]")
# '<known place>'s Cuiheng new area': capitalised words, then a kind of place in lower case
POSSESSIVE_NAME = re.compile(r"['’]s[ ]((?:[A-Z][a-z]+[ ]){1,3})([a-z]+(?:[ ][a-z]+)?)(?![\w-])")
STREETS = r"(?:Street|Road|Avenue|Lane|Drive|Boulevard|Terrace|Path)"
STREET_END = re.compile(rf"[ ]{STREETS}$")
HOUSE_NUMBER = re.compile(r"(?:^|[,\n][ \t]*|[ ])\d{1,4}[A-Z]?(?:[-–]\d{1,4}[A-Z]?)?[ ]$")
FLOOR_BEFORE = re.compile(r"(?<![\w/])(?:\d{1,3}/F|G/F|(?:Level|Floor|Room|Suite|Unit)[ ]\w{1,6})[,][ ]$")
NUMBERED_STREET_AFTER = re.compile(rf",[ ]\d{{1,4}}[A-Z]?(?:[-–]\d{{1,4}}[A-Z]?)?[ ](?:[A-Z][\w'’-]*[ ]){{1,3}}{STREETS}\b")
BUILDING_AFTER = re.compile(r"[ ](?:Building|Tower|Centre|Center)\b")  # 'MITA Building, 140 Hill Street'

FLOOR = r"(?:\d{1,3}/F|[GLU]/F|(?:Level|Floor|Room|Suite|Unit|Flat)[ ]\w{1,6})"
# (LineGated, as the others below: tried only on the lines that hold a word the pattern needs; the same matches)
ADDRESS_BUILDING = LineGated(re.compile(rf"(?<![\w/]){FLOOR},[ ]+((?:[A-Z0-9][\w'’&.-]*)(?:[ ][A-Z0-9][\w'’&.-]*){{0,5}}),"
                                        rf"[ ]+\d{{1,4}}[A-Z]?(?:[-–]\d{{1,4}}[A-Z]?)?[ ](?:[A-Z][\w'’-]*[ ]){{1,3}}{STREETS}\b"),
                             re.compile(r"(?:/F|(?:Level|Floor|Room|Suite|Unit|Flat)[ ]\w{1,6}),[ ]"))
PLAN_AFTER = re.compile(r"[ ](?:and|&)[ ](?:[A-Z][\w'’-]*[ ]){1,4}(?:OZPs?|ODP|RODP|Outline[ ]Zoning[ ]Plans?|"
                        r"Outline[ ]Development[ ]Plans?|Development[ ]Permission[ ]Area[ ]Plans?)\b")

# (LineGated on 'station': the same matches, 0.39 -> 0.01 ms per 2,000-word document, issue 15)
TRANSIT_STATION = LineGated(re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]*[ ]){1,3}(?:MRT|MTR|LRT|Metro|Light[ ]Rail))[ ](stations?)\b"
                             # 'Hume station on the Downtown Line': a station named on its line
                             r"|(?<![\w'’-])((?:[A-Z][\w'’-]*[ ]){1,3})(station)(?=[ ]on[ ]the[ ](?:[A-Z][\w'’-]*[ ]){1,3}Line\b)"),
                            re.compile("station"))

# 'Raimundo Arrais do Rosario', 'Ursula von der Leyen': a name after a surname particle is a person's, no place
PERSON_PARTICLE = re.compile(r"(?<![\w-])[A-Z][a-z]+[ ](?:do|da|de|dos|das|du|di|van|von|der|den|bin|binti)[ ]$")
# 'the Tuen Mun – Chek Lap Kok Tunnel': a place before a spaced dash and a route's name is part of that name
ROUTE_DASH = re.compile(r"[ ][–—-][ ](?:[A-Z][\w'’-]*[ ]){1,4}(?:Tunnel|Link|Bridge|Road|Line|Railway|Rail|Highway|"
                        r"Expressway|Corridor)\b"  # or a rail line's compass extension: 'MTR Tuen Mun South Extension'
                        r"|[ ](?:North|South|East|West|Northern|Southern|Eastern|Western)[ ]Extension\b")
# 'the Shatin to Central Link', 'the Tuen Mun to Yuen Long Section': a place before 'to' and a route's name
ROUTE_TO = re.compile(r"[ ]to[ ](?:[A-Z][\w'’-]*[ ]){1,4}(?:Link|Line|Railway|Rail|Highway|Expressway|Corridor|Bypass|"
                      r"Tunnel|Bridge|Road|Section)\b")
# 'the Jurong Region and Cross Island Lines', 'the Kwun Tong Line': a place before a capitalised 'Line(s)' names a line
LINE_AFTER = re.compile(r"(?:[ ](?:and|&)(?:[ ][A-Z][\w'’-]*){1,3})?[ ]Lines?\b")
# 'Ms Victoria Lam', 'Mr Sydney Wong': a place's name that is a person's first name after a title
PERSON_TITLES = r"(?:Mr|Ms|Mrs|Miss|Mdm|Madam|Dr|Prof|Professor|Sir|Dame|Hon|Rev|Father|Sister)\.?"
TITLE_BEFORE = re.compile(rf"(?<![\w-]){PERSON_TITLES}[ ]+$")
SURNAME_AFTER = re.compile(r"[ ]([A-Z][a-z]+)(?![\w'’-])")
FROM_BEFORE = re.compile(r"\b(?:from|between)[ ]+(?:the[ ]+)?$")
# 'the Sultan Abu Bakar Customs, Immigration, and Quarantine Complex': a border checkpoint named before CIQ words
CIQ_COMPLEX = LineGated(re.compile(r"(?<![\w-])((?:(?!The[ ])[A-Z][\w'’-]*[ ]){1,5}(?:Customs,?[ ]Immigration|"
                                   r"Immigration,?[ ]Customs),?[ ](?:and[ ])?Quarantine[ ](?:Complex|Checkpoint|Building|Centre))\b"),
                        re.compile("Quarantine[ ]"))

# "Singapore's second Central Business District (CBD)": an ordinal after a possessive makes the name a kind of place
# ('a second Central Business District', 'another Central Business District': an indefinite one is a kind too)
POSSESSIVE_ORDINAL = re.compile(r"(?:(?:['’]s|\b(?:its|their|our|his|her|[Aa]n?))[ ]+(?:second|third|fourth|fifth|next|another)|"
                                r"\b[Aa]nother)[ ]+$")
AT_THE = re.compile(r"\bat[ ]+[Tt]he[ ]+$")  # 'the exhibition at The URA Centre': a building
CENTRE_END = re.compile(r"[ ](?:Centre|Center)$")


def other_mainlands(cands: list[Cand]) -> list[Cand]:
    """'mainland Europe', 'mainland Malaysia': a lower-case 'mainland' right before another country's or region's
    name is that place's mainland, not Mainland China ('mainland GBA cities' stays)."""
    drop = {id(a) for a, b in zip(cands, cands[1:]) if a.entity_id == "place:cn-mainland" and b.label == "PLACE" and
            b.start == a.end + 1 and b.country_code not in ("CN", "HK", "MO")}
    return [c for c in cands if id(c) not in drop]


def first_name(text: str, c: Cand) -> bool:
    """'Ms Victoria Lam', and 'Victoria Lam' again in a text that wrote her so: a person's first name, no place."""
    last = SURNAME_AFTER.match(text, c.end)
    if last is None or " " in text[c.start:c.end]:
        return False
    if TITLE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return True
    return re.search(rf"(?<![\w-]){PERSON_TITLES}[ ]+{re.escape(text[c.start:c.end])}[ ]{last.group(1)}(?![\w'’-])",
                     text) is not None


@python_class
class PlaceForms:
    """Needs `matcher`, `entries`, `contextual`, `capitals_entry`, `head_word`, `head_kind`, `place_heads`, `town_ref`."""

    matcher: Any
    entries: dict[str, Entry]
    contextual: dict[str, Any]
    capitals_entry: Any
    head_word: Any
    head_kind: Any
    place_heads: set[str]
    plain_names: set[str]
    town_ref: Any
    _folded_names: dict[str, Entry] | None = None

    def dateline_cands(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'KUALA LUMPUR - Prime Minister ...', 'SINGAPORE, Dec 5 (Reuters) -': a dateline's place in capitals,
        when its title-cased form is a gazetteer place or a GeoNames town (the model often leaves a capitalised line
        untagged)."""
        taken = occupied(text, cands)
        out = []
        for m in DATELINE.finditer(text):
            for g in (1, 2):
                s, e = m.span(g)
                if s < 0 or any(taken[s:e]) or len(text[s:e]) < 3:
                    continue
                entry = self.capitals_entry(text[s:e]) if len(text[s:e]) > 4 else self.titled_entry(text[s:e])
                titled = " ".join(w[:1] + w[1:].lower() for w in text[s:e].split())
                town = towns().get(titled) if entry is None and g == 1 else None
                if entry is not None and entry.table == "place":
                    out.append(Cand(s, e, "PLACE", entry.id, entry.canonical, entry.type, entry.country_code,
                                    entry.acronym, "rule", 0.85))
                    taken[s:e] = b"\x01" * (e - s)
                elif town is not None:  # 'KUCHING, Dec 3 —': a GeoNames town opening a dateline is where it was filed
                    tid, cc = self.town_ref(text, titled, town)
                    out.append(Cand(s, e, "PLACE", tid, titled, "city", cc, "", "rule", 0.8))
                    taken[s:e] = b"\x01" * (e - s)
        return out

    def titled_entry(self, surface: str) -> Entry | None:
        """The place a short capitalised word names ('ROME' → Rome), exactly as a gazetteer name."""
        titled = surface[:1] + surface[1:].lower()
        found = list(self.matcher.find(titled))
        return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(titled)) else None

    def folded_entry(self, surface: str) -> Entry | None:
        """The gazetteer entry whose name of two or more words equals `surface` but for case ('Greater bay Area',
        'Hong Kong-Zhuhai-Macao bridge' is no such name), never an alias that needs context."""
        if self._folded_names is None:
            names: dict[str, Entry] = {}
            for name in sorted(self.plain_names):
                if len(name.split()) >= 2 and name not in self.contextual:
                    found = list(self.matcher.find(name))
                    if len(found) == 1 and found[0][:2] == (0, len(name)):
                        names.setdefault(" ".join(fold(name).split()).casefold(), found[0][2])
            self._folded_names = names
        return self._folded_names.get(" ".join(fold(surface).split()).casefold())

    def possessive_places(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The candidates, with 'Zhongshan's Cuiheng new area', 'Zhuhai's Hongwan port': after a known place's
        possessive, capitalised words and a place head in lower case ('new area', 'port', 'district') name a place
        in that place; the model's shorter names inside it ('Cuiheng') give way (the longest span wins)."""
        places = {c.end: c for c in cands if c.label == "PLACE" and c.entity_id in self.entries}
        lower_heads = {h.lower(): h for h in self.place_heads if h[:1].isupper()}
        out: list[Cand] = []
        drop: set[int] = set()
        for end, owner in places.items():
            m = POSSESSIVE_NAME.match(text, end)
            if m is None:
                continue
            kind = m.group(2)
            if kind not in lower_heads:
                kind = kind.split()[0]
                if kind not in lower_heads:
                    continue
            s, e = m.start(1), m.start(2) + len(kind)
            over = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
            if any(cands[i].entity_id in self.entries or cands[i].start < s or cands[i].end > e for i in over):
                continue  # 'Shenzhen's Qianhai area': the known name is the mention
            name = m.group(1).strip()
            canonical = clean_name(f"{name} {lower_heads[kind]}")
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", owner.country_code, "",
                            "rule", 0.7))
            drop.update(over)
        return [c for i, c in enumerate(cands) if i not in drop] + out

    def transit_stations(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The candidates, with 'the Aerotropolis Metro station', 'Lentor MRT station': a name ending in a transit
        system's word before a lower-case 'station' names a station, a place (DECISIONS 16), as does a name before 'station
        on the X Line' ('Hume station on the Downtown Line'); its parts give way."""
        out: list[Cand] = []
        drop: set[int] = set()
        for m in TRANSIT_STATION.finditer(text):
            s, e = m.span()
            kind = 2 if m.group(1) else 4
            over = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
            if any(cands[i].start < s or cands[i].end > e for i in over):
                continue
            canonical = clean_name(text[s:m.start(kind)] + "Station")
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "station", "", "", "rule",
                            0.75))
            drop.update(over)
        return [c for i, c in enumerate(cands) if i not in drop] + out

    @staticmethod
    def inside_other_name(text: str, c: Cand) -> bool:
        """A place that is part of a person's name ('... Arrais do Rosario') or of a route's ('Tuen Mun – Chek
        Lap Kok Tunnel', 'Tuen Mun South Extension', 'Shatin to Central Link'; 'from X to Y Road' names X; 'the
        Western Harbour Crossing', 'the two tunnels, X and Y': route_names_en; 'the Constitution of the People's Republic
        of China': law_titles_en): no mention."""
        return c.label == "PLACE" and (PERSON_PARTICLE.search(text, max(0, c.start - 24), c.start) is not None or
                                       ROUTE_DASH.match(text, c.end) is not None or
                                       ROUTE_TO.match(text, c.end) is not None and
                                       not FROM_BEFORE.search(text, max(0, c.start - 14), c.start) or
                                       LINE_AFTER.match(text, c.end) is not None or first_name(text, c) or
                                       in_route_name(text, c.start, c.end) or in_law_title(text, c.start, c.end))

    def checkpoints(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The candidates, with a named customs, immigration and quarantine complex a place (a border port,
        DECISIONS 17); the body or place words inside its name give way."""
        out: list[Cand] = []
        drop: set[int] = set()
        for m in CIQ_COMPLEX.finditer(text):
            s, e = m.span(1)
            over = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
            if any(cands[i].start < s or cands[i].end > e for i in over):
                continue
            canonical = clean_name(text[s:e])
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "border port", "", "",
                            "rule", 0.75))
            drop.update(over)
        return [c for i, c in enumerate(cands) if i not in drop] + out

    def kinds_and_venues(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The candidates, less a place name no gazetteer knows that follows a possessive and an ordinal ("the
        city's second Central Business District (CBD)": a kind of place) with every short form of it; and with a
        body's '<Name> Centre' after 'at the' ('at The URA Centre') the building, a place."""
        kinds = {c.entity_id for c in cands if c.label == "PLACE" and c.entity_id not in self.entries and
                 POSSESSIVE_ORDINAL.search(text, max(0, c.start - 24), c.start)}
        out = []
        for c in cands:
            if c.entity_id in kinds:
                c = replace(c, label=None, entity_id="")
            elif c.label == "INSTITUTION" and c.entity_id not in self.entries and \
                    CENTRE_END.search(text, c.start, c.end) and AT_THE.search(text, max(0, c.start - 8), c.start) and \
                    not re.search(r"[ ](?:for|of|on)[ ]", text[c.start:c.end]):
                canonical = clean_name(text[c.start:c.end])
                c = replace(c, label="PLACE", entity_id=synthetic_id("PLACE", canonical), canonical=canonical,
                            etype="building", confidence=0.7)
            out.append(c)
        return out

    def quoted_place(self, text: str, c: Cand) -> bool:
        """A quoted name with a place head that starts with a known place names that place ('the
        "Shenzhen-Heyuan Special Cooperation Zone" is under planning'), not a title or a slogan."""
        if c.label != "PLACE":
            return False
        if c.etype == "quoted site":  # 'its new attraction, “Aqua City”' (place_shapes_en.quoted_sites)
            return True
        surface = text[c.start:c.end]
        head = self.head_word(surface)
        if not head or self.head_kind(head) != "PLACE" or surface.endswith(("Hub", "Node", "Centre", "Center")):
            return False
        found = list(self.matcher.find(surface))
        return bool(found) and found[0][0] == 0 and found[0][2].table == "place"

    @staticmethod
    def address_street(text: str, c: Cand) -> bool:
        """'8 Finance Street' in an address: a street is a road, no place (GUIDELINES: roads are neither)."""
        return c.label == "PLACE" and STREET_END.search(text, c.start, c.end) is not None and \
            HOUSE_NUMBER.search(text, max(0, c.start - 12), c.start) is not None

    def address_buildings(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The candidates, with the building of an address ('12/F, Harbour Grand Tower, 38 Gloucester Road') a
        place: the name between a floor and a numbered street, whatever its head; names inside it give way."""
        out: list[Cand] = []
        drop: set[int] = set()
        for m in ADDRESS_BUILDING.finditer(text):
            s, e = m.span(1)
            over = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
            if any(cands[i].start < s or cands[i].end > e for i in over) or \
                    any(cands[i].entity_id in self.entries and (cands[i].start, cands[i].end) == (s, e) for i in over):
                continue  # a known place or body spans it already
            canonical = clean_name(text[s:e])
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "building", "", "", "rule",
                            0.7))
            drop.update(over)
        return [c for i, c in enumerate(cands) if i not in drop] + out

    def in_zoning_plan(self, text: str, c: Cand) -> bool:
        """'the draft Pak Shek Kok and Shuen Wan OZP': the first place of a zoning plan named after two places is
        part of the plan's name, no mention (the second never becomes one: the plan word ends its run)."""
        return c.label == "PLACE" and PLAN_AFTER.match(text, c.end) is not None

    def address_building(self, text: str, c: Cand) -> Cand:
        """A name no gazetteer knows after a floor ('55/F, Two International Finance Centre') or before a
        numbered street ('..., 8 Finance Street') is the building of an address: a place, whatever its head; so is a
        known body's building before a numbered street ('MITA Building, 140 Hill Street'; ensg, session 23)."""
        if c.label != "INSTITUTION":
            return c
        if c.entity_id in self.entries:  # a known body's building ('MITA Building, 140 Hill Street'): the place
            m = BUILDING_AFTER.match(text, c.end)
            if m is None or not NUMBERED_STREET_AFTER.match(text, m.end()):
                return c
            name = clean_name(text[c.start:m.end()])
            return Cand(c.start, m.end(), "PLACE", synthetic_id("PLACE", name), name, "building", "", "", "rule", 0.7)
        if FLOOR_BEFORE.search(text, max(0, c.start - 16), c.start) or NUMBERED_STREET_AFTER.match(text, c.end):
            return replace(c, label="PLACE", entity_id=synthetic_id("PLACE", c.canonical), confidence=0.7)
        return c
