"""Text + candidates → named facilities that the text builds turned from bodies into places, with their whole names.

A hospital, clinic, library, museum or centre is both a body and a building. The capital-works paragraphs of
budgets, policy addresses and works papers present it as a built structure: the object of building works ('the
redevelopment of X', 'to expand X'), their subject in the passive ('X will be completed'), a participle before it
('the expanded X'), a building part inside it ('Lai King Building in X', "X's new acute block"), or a facility
that opens ('X is expected to open in 2028'). A museum is a place wherever it does not act (`site_heads`: lead's
ruling, session 11: a museum or venue named as a site is a place only). Such a name is a place in the whole text (devset-real DECISIONS 41,
devset-real-zh DECISIONS 17), and so are the other facilities listed with it ('the redevelopment of A, B and C');
a name that acts anywhere in the text ('X said', 'staff of X') stays a body. Names that open with a royal or
religious dedication before 'of' keep it ('Our Lady of Maryknoll Hospital', 'Prince of Wales Hospital'), where the
model and the gazetteer cut them short. A member's title before a Singapore constituency ('MP for X SMC') is no part
of the place's name. Rules are data: built_facilities.en.json. Mixed into `EntityRecognizer`
(needs `head_word`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.references import HOME_TYPES
from pipeline.extract.entities.spans import Cand, synthetic_id

# the members of a list may each carry a short time or place phrase in lower case ('A by end of this year, B in
# three years' time, and C in 2031'; 'A in 2010 and now B, as well as the C')
LIST_TIMED = (r"(?:[ \t]+\([A-Z][A-Za-z]{1,8}\))?(?:[ \t\n]+(?:by|in|from|at|before|after|within|around)"
              r"(?:[ \t\n]+[a-z0-9'’-]+){1,5})?(?:,[ \t\n]*(?:and[ \t\n]+|as[ \t\n]+well[ \t\n]+as[ \t\n]+)?"
              r"|[ \t\n]+(?:and|&|or|as[ \t\n]+well[ \t\n]+as)[ \t\n]+)(?:the[ \t\n]+)?(?:[a-z]+[ \t\n]+)?")
# 'two centres in the X Park, namely A and B': a place phrase between the kind and the members
LIST_AT = r"(?:[ \t\n]+(?:in|at)[ \t\n]+(?:the[ \t\n]+)?(?:[\w'’-]+[ \t\n]+){0,4}[\w'’-]+)"
CLAUSE_END = re.compile(r"[.;:!?]|\n[ \t]*\n")  # (a single line break wraps a sentence)
# 'MP for Potong Pasir SMC': a member's title before a constituency's name is no part of it
MEMBER_FOR = re.compile(r"(?:MPs?|Members?[ ]of[ ]Parliament|NCMP|Member)[ ]for[ ]+(?=[A-Z])")
OUR = re.compile(r"(?<![\w'’-])Our[ \t\n]+$")
WORKS_LABEL = re.compile(r"(?:[ ]and)?[ ](?:Phase|Stage|Package)$")
WORKS_LABEL_NEXT = re.compile(r"[ ](?:\d{1,2}[A-Z]?|[IVX]{1,4})\b")  # 'Phase 1', 'Stage 2A', 'Phase II'
AIRPORT = re.compile(r"(.+?)[ ](?:International[ ])?Airport")
NEXT_CAPITAL = re.compile(r"[ -][A-Z0-9]")  # 'Changi East', 'Changi Airport': another name
ACRONYM_AFTER = re.compile(r"[ \t\n]*\(([A-Z][A-Za-z]{1,8})\)")
ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{1,8}[ \t]*\($")
LADY = re.compile(r"Lady[ \t\n]")
# 'Ng Teng Fong' + ' General Hospital': capitalised words right before a generic facility name (not after a full stop)
FUNCTION_WORDS = {"The", "A", "An", "In", "At", "On", "Of", "For", "To", "By", "And", "Or", "Our", "Its", "Their",
                  "This", "That", "These", "Those", "With", "From", "New"}
FOUNDER = re.compile(r"(?<![.!?:;][ ])(?<![\w'’-])((?:[A-Z][a-z]+[ ]){1,4})$")
TERRITORY_TYPES = HOME_TYPES - {"city", "municipality"}  # a country or territory is never its airport; a city may be


def _words(items: list[str]) -> str:
    return "|".join(re.escape(w).replace("\\ ", r"[ \t\n]+") for w in sorted(items, key=len, reverse=True))


# the letters that match a letter in a case-insensitive pattern besides its two cases ('ſ' is 's', 'K' is 'k')
FOLDED_TOO = "\u0130\u0131\u017f\u212a"


def letter_led(items: list[str]) -> str:
    """`(?i:\\b(?:{_words(items)}))` led by the class of the words' first letters in every case they match in, the word
    boundary tested after the first letter: the same matches, found in one search that jumps between those letters
    (a search led by a case-insensitive boundary tries every position: 0.8 -> 0.3 ms per 2,000-word document for
    works_name; mendspeed, session 26). A word's first letter picks its group, in which the words keep their order."""
    firsts = {c for w in items for c in (w[0].lower(), w[0].upper(), *FOLDED_TOO)
              if re.fullmatch("(?i:" + re.escape(w[0]) + ")", c)}
    groups: dict[str, list[str]] = {}
    for w in sorted(items, key=len, reverse=True):
        groups.setdefault(w[0].lower(), []).append(w[1:])
    alternatives = "|".join(f"(?<={re.escape(k)})(?:{_words(rests)})" for k, rests in groups.items())
    return "[" + "".join(sorted(firsts)) + r"](?<!\w.)(?i:" + alternatives + ")"


class BuiltFacilities:
    """Needs `head_word` (NameTypes)."""

    head_word: Any
    head_type: Any
    whole_entry: Any
    from_entry: Any

    def built_rules(self) -> None:
        """Compile the data (called once by `EntityRecognizer.__init__`)."""
        data = load_json_data("built_facilities.en.json")
        self.facility_heads = set(data["facility_heads"])
        self.site_heads = set(data.get("site_heads", []))
        verbs = data["works_verbs"]
        nouns = _words(data["works_nouns"])
        works_tail = rf"(?:[ \t\n]+(?:or|and)[ \t\n]+(?:{nouns}))?(?:[ \t\n]+(?:{_words(data['project_nouns'])}))?"
        works = rf"(?:{nouns}){works_tail}"
        active = _words(list(verbs))
        participles = _words([p for forms in verbs.values() for p in forms if p.endswith(("ed", "lt"))])
        before = _words(data["before_participles"])
        parts = _words(data["part_nouns"])
        opened = _words(data["open_words"])
        works_on = _words(data["works_on"])
        gerunds = _words([p for forms in verbs.values() for p in forms if p.endswith(("ing", "ed", "lt"))])
        self.works_before = re.compile(  # 'the redevelopment of', 'Expansion of', 'to redevelop the', 'the expanded'
            rf"(?i:\b{works}[ \t\n]+of[ \t\n]+|(?<![\w-])(?:(?:{active})(?:s|es)?|{gerunds})[ \t\n]+"
            rf"|\b(?:{works_on})[ \t\n]+on[ \t\n]+)"
            rf"(?:(?:the|its|their|a|an)[ \t\n]+)?(?:(?:new|existing|old|former)[ \t\n]+)?$"
            rf"|(?i:\b(?:{before}))[ \t\n]+(?:[a-z]+[ \t\n]+)?$")
        self.works_after = re.compile(  # 'X Expansion', 'X will be completed', 'X is expected to open in 2028'
            rf"(?:[ \t]+\([A-Z][A-Za-z]{{1,8}}\))?[ \t\n]+(?:(?i:{nouns})\b|(?:[a-z]+[ \t\n]+){{0,4}}?"
            rf"(?:(?:be|been|being|is|are|was|were)[ \t\n]+(?:[a-z]+ly[ \t\n]+)?(?:{participles})\b"
            rf"|(?:(?:to|will|would|shall|can)[ \t\n]+(?:[a-z]+ly[ \t\n]+|also[ \t\n]+)?(?:open|reopen)|opened|reopened)"
            rf"(?:[ \t\n]+(?:{opened})\b|[ \t]*(?:[.;]|$))"
            rf"|(?:{_words(data['undergo_verbs'])})[ \t\n]+(?:[a-z]+[ \t\n]+){{0,2}}?(?i:{nouns})\b))")
        lists = data["works_lists"]  # 'the expansion of a number of hospitals including A, B and C'
        self.works_list = re.compile(
            rf"(?i:\b(?:{works}[ \t\n]+of|(?<![\w-])(?:(?:{active})(?:s|es)?|{gerunds}))[ \t\n]+"
            rf"(?:(?:{_words(lists['quantifiers'])})[ \t\n]+)*(?:{_words(lists['kind_plurals'])})(?:{LIST_AT}?,?[ \t\n]+"
            rf"(?:{_words(lists['openers'])})|(?:[ \t\n]+[a-z'’]+){{0,5}}[ \t]*[–—:])[ \t\n]+(?:the[ \t\n]+)?)$")
        self.works_first_kind = re.compile(  # 'the development of an acute general hospital in the X Area, A and B'
            rf"(?i:\b(?:{works}|development)[ \t\n]+of[ \t\n]+(?:an?|the|one|two|three|four|five)[ \t\n]+"
            rf"(?:[a-z-]+[ \t\n]+){{0,4}}(?:{_words(data['kind_singulars'])}))(?:[ \t\n]+(?:in|at)[ \t\n]+"
            rf"(?:the[ \t\n]+)?(?:[A-Z][\w'’-]*[ \t\n]+){{0,5}}[A-Z][\w'’-]*)?(?:[ \t\n]*\([^()\n]{{1,20}}\))?,"
            rf"[ \t\n]+(?:the[ \t\n]+)?$")
        self.list_gap = re.compile(  # ', ', ' and ', and through a part of the next member: ', the X Block of '
            LIST_TIMED + rf"(?:(?:[A-Z][\w'’-]*[ \t\n]+){{0,3}}(?:{_words(data['part_heads'])})[ \t\n]+"
            rf"(?:of|in|at)[ \t\n]+(?:the[ \t\n]+)?)?")
        heads = _words(sorted(self.facility_heads))
        self.works_name = re.compile(  # 'the Redevelopment of Caritas Medical Centre (CMC) Phase 2' (searched whole)
            rf"{letter_led(data['works_nouns'])}(?i:{works_tail})[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?((?:[A-Z][\w'’-]*[ ]){{1,5}}(?:{heads}))\b")
        self.its_works = re.compile(rf"[^.;:!?]{{0,100}}?(?<![\w-])its[ \t\n]+(?i:{nouns})\b")
        self.part_heads = set(data["part_heads"])
        self.parent_site = re.compile(  # 'Photonics Centre' + ' of the ' + 'X Science Park'
            rf"((?:[A-Z][\w'’&-]*[ \t\n]+){{1,5}}(?:{heads}))[ \t\n]+of[ \t\n]+the[ \t\n]+"
            rf"((?:[A-Z][\w'’&-]*[ \t\n]+){{0,4}}(?:{_words(data['parent_sites'])}))")
        self.airport_words = re.compile(rf"(?<![\w-])(?:{_words(data['airport_words'])})(?![\w-])")
        self.part_name = re.compile(rf"(?:[ ][A-Z][\w'’-]*){{1,3}}[ ](?:{_words(data['part_heads'])})\b")
        self.destination_before = re.compile(  # 'travel all the way to X Hospital', 'visited the X Centre'
            rf"(?i:\b(?:{_words(data['destination_before'])}))[ \t\n]+(?:the[ \t\n]+)?$")
        self.part_before = re.compile(rf"(?i:\b(?:{parts}))[ \t\n]+(?:in|at|of|(?:[a-z]+ly[ \t\n]+)?occupied[ \t\n]+by)"
                                      rf"[ \t\n]+(?:the[ \t\n]+)?(?:former[ \t\n]+)?$")  # 'the site currently occupied by X',
        # 'the club house of the former X Club'
        self.body_site = re.compile(r"[ ](?:[Hh]eadquarters|[Hh]ead[ ][Oo]ffice)\b")  # 'X Department headquarters
        self.part_after = re.compile(rf"['’]s?[ \t\n]+(?:[a-z-]+[ \t\n]+){{0,2}}(?:{parts})\b")
        self.actor_after = re.compile(rf"(?:[ \t]+\([A-Z][A-Za-z]{{1,8}}\))?[ \t\n]+(?:{_words(data['actor_words_after'])})\b"
                                      rf"|['’]s?[ \t\n]+(?:{_words(data['actor_nouns_before'])})\b")
        self.actor_before = re.compile(rf"(?i:\b(?:{_words(data['actor_nouns_before'])}))[ \t\n]+(?:of|at|from)"
                                       rf"[ \t\n]+(?:the[ \t\n]+)?$")
        partners = _words(data.get("partner_words_before", [])) or "(?!)"
        self.partner_before = re.compile(rf"(?i:\b(?:{partners}))[ \t\n]+(?:the[ \t\n]+)?$")  # 'an agreement with the X'
        self.dedication = re.compile(rf"(?<![\w'’-])(?:{_words(data['dedication_openers'])})[ \t\n]+of[ \t\n]+$")

    def before_works_label(self, text: str, place_end: int, end: int) -> int | None:
        """Where a place's grown name ends before a works label ('Phase 1', 'Stage 2') that made the whole a project's
        title: 'San Tin Technopole' + ' Phase', 'Ngau Tam Mei New Development Area' + ' and Stage' (devset-real-zh
        DECISIONS 19: a place or facility with a phase or works label still counts); None when there is none."""
        m = WORKS_LABEL.search(text, place_end, end)
        if m is None or not WORKS_LABEL_NEXT.match(text, m.end()):
            return None
        if m.start() > place_end and self.head_type(text[place_end:m.start()].split()[-1]) != "PLACE":
            return None
        return m.start()

    def facility_head(self, surface: str) -> bool:
        """The last word ('Lady of Maryknoll Hospital' is a hospital) or the head before an of-phrase ('Hong Kong
        Museum of Art') is a facility's head."""
        words = surface.split()
        return bool(words) and (words[-1] in self.facility_heads or self.head_word(surface) in self.facility_heads)

    def facility_name(self, text: str, c: Cand) -> bool:
        return c.label == "INSTITUTION" and self.facility_head(text[c.start:c.end])

    def known_facility(self, c: Cand) -> bool:
        """A body the gazetteer names with a facility's head though the text calls it by a symbol or short name ('M+'
        = 'M+ Museum'; enpl, session 29): a facility in a works list like its written name."""
        return c.label == "INSTITUTION" and c.entity_id.startswith("inst:") and not c.entity_id.startswith("inst:x-") \
            and bool(c.canonical) and self.facility_head(c.canonical)

    def built_at(self, text: str, s: int, e: int) -> bool:
        """The words around one mention present the facility as a built structure."""
        clause = CLAUSE_END.search(text, e)
        stop = clause.start() if clause else len(text)
        acronym = ACRONYM_BEFORE.search(text, max(0, s - 12), s)  # 'expanding ACR (Full Name)': the works are before
        s = acronym.start() if acronym else s
        before = text[max(0, s - 60):s]
        return bool(self.works_before.search(before) or self.part_before.search(before) or
                    self.destination_before.search(before) or
                    self.works_list.search(text[max(0, s - 160):s]) or
                    self.works_first_kind.search(text[max(0, s - 200):s]) or
                    self.works_after.match(text, e, stop) or self.part_after.match(text, e, stop) or
                    self.its_works.match(text, e, stop))

    def acting_at(self, text: str, s: int, e: int) -> bool:
        return bool(self.actor_after.match(text, e) or self.actor_before.search(text, max(0, s - 40), s) or
                    self.partner_before.search(text, max(0, s - 40), s))

    def built_facilities(self, text: str, cands: list[Cand]) -> list[Cand]:
        cands = self.airport_short_forms(text, [self.constituency(text, c) for c in cands])
        if " of the " in text:
            cands = self.in_parent_sites(text, cands)
        cands = sorted(self.dedicated_names(text, cands) + self.works_names(text, cands),
                       key=lambda c: (c.start, c.end))
        cands = self.facility_acronyms(text, cands)
        if "eadquarters" in text or "ead office" in text or "ead Office" in text:
            cands = self.body_sites(text, cands)
        if not any(c.label is not None and (self.facility_head(text[c.start:c.end]) or self.known_facility(c))
                   for c in cands):
            return cands
        # the members of a list: facilities of either table ('... Y Hospital Z Building, A Hospital and B Hospital')
        named = [c for c in cands if c.label is not None and c.end > c.start and
                 (self.facility_head(text[c.start:c.end]) or text[c.start:c.end].split()[-1] in self.part_heads or
                  self.known_facility(c))]
        ids = {c.entity_id for c in named}  # and every other mention of them: 'expanding ACR (Full Name Hospital)'
        named = [c for c in cands if c.label is not None and c.end > c.start and c.entity_id in ids]
        built: set[str] = set()
        acting: set[str] = set()
        sites: set[str] = set()
        for c in named:
            if self.built_at(text, c.start, c.end):
                built.add(c.entity_id)
            if self.head_word(text[c.start:c.end]) in self.site_heads:
                sites.add(c.entity_id)  # a museum named as a site (lead's ruling, session 11); not shared by a list
            if self.acting_at(text, c.start, c.end):
                acting.add(c.entity_id)
        pairs = [(a, b) for a, b in zip(named, named[1:]) if self.list_gap.fullmatch(text, a.end, b.start)]
        for a, b in pairs + pairs[::-1]:  # 'the redevelopment of A, B and the expanded C': a list shares its works
            if a.entity_id in built or b.entity_id in built:
                built.update((a.entity_id, b.entity_id))
        places = (built | sites) - acting
        bodies = {c.entity_id for c in named if c.label == "PLACE" and c.entity_id in acting - built}  # a museum
        # the gazetteer knows as a site that says or lends things acts as its body ('X Museum said it would lend')
        if not places and not bodies:
            return cands
        out = []
        for c in cands:
            if c.label == "INSTITUTION" and c.entity_id in places:
                canonical = c.canonical or clean_name(text[c.start:c.end])
                c = replace(c, label="PLACE", entity_id=synthetic_id("PLACE", canonical), etype="facility",
                            confidence=min(c.confidence, 0.8))
            elif c.label == "PLACE" and c.entity_id in bodies:
                canonical = c.canonical or clean_name(text[c.start:c.end])
                c = replace(c, label="INSTITUTION", entity_id=synthetic_id("INSTITUTION", canonical), etype="",
                            confidence=min(c.confidence, 0.8))
            out.append(c)
        return out

    def body_sites(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'build a new X Department headquarters at the airport': a body's headquarters or head office named as the
        object of works is a building, a place named by the body and the word, not a mention of the body (session-15
        ruling: a headquarters named as a works site is a place); elsewhere ('X's headquarters said') it stays."""
        out = []
        for c in cands:
            m = self.body_site.match(text, c.end) if c.label == "INSTITUTION" else None
            if m is not None and self.built_at(text, c.start, m.end()):
                canonical = f"{c.canonical or clean_name(text[c.start:c.end])} {m.group(0).strip()}"
                c = Cand(c.start, m.end(), "PLACE", synthetic_id("PLACE", canonical), canonical, "facility",
                         c.country_code, "", "rule", min(c.confidence, 0.8))
            out.append(c)
        return out

    def in_parent_sites(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'the Photonics Centre of the X Science Park': a facility's name ends at its head when 'of the' and a site
        that holds buildings follow (parent_sites: a park, campus, estate); the site is a place of its own."""
        out = []
        for c in cands:
            m = self.parent_site.fullmatch(text, c.start, c.end) if c.label is not None else None
            if m is None:
                out.append(c)
                continue
            name = clean_name(m.group(1))
            out.append(replace(c, end=c.start + len(m.group(1)), entity_id=synthetic_id(c.label or "", name),
                               canonical=name, acronym=""))
            entry = self.whole_entry(m.group(2))
            if entry is not None and entry.table == "place":
                out.append(self.from_entry(m.start(2), m.end(2), entry))
            else:
                site = clean_name(m.group(2))
                out.append(Cand(m.start(2), m.end(2), "PLACE", synthetic_id("PLACE", site), site, "", c.country_code,
                                "", "rule", 0.75))
        return out

    def airport_short_forms(self, text: str, cands: list[Cand]) -> list[Cand]:
        """In a text naming 'X Airport', a bare 'X' in a sentence about flying is that airport ("Changi's T5"),
        unless 'X' is a country or territory ('Hong Kong International Airport ... flights to Hong Kong'); a city
        is its airport there ('rank Incheon among the best airports')."""
        airports = {m.group(1): c for c in cands if c.label == "PLACE" and (m := AIRPORT.fullmatch(c.canonical))}
        if not airports:
            return cands
        out = []
        for c in cands:
            a = airports.get(text[c.start:c.end]) if c.label == "PLACE" else None
            if a is not None and a.entity_id != c.entity_id and not NEXT_CAPITAL.match(text, c.end) and \
                    c.etype not in TERRITORY_TYPES:  # ('passengers to Hong Kong': the territory, not its airport)
                s = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1
                e = min(x for x in (text.find(". ", c.end), text.find("\n", c.end), len(text)) if x >= 0)
                if self.airport_words.search(text, s, e):
                    c = replace(c, entity_id=a.entity_id, canonical=a.canonical, etype=a.etype,
                                country_code=a.country_code)
            out.append(c)
        return out

    def facility_acronyms(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'Our Lady of X Hospital (OLXH)': later uses of the bracketed short form are the same facility (the full
        name was cut short when the document's definitions were read)."""
        short: dict[str, Cand] = {}
        for c in cands:
            m = ACRONYM_AFTER.match(text, c.end) if self.facility_name(text, c) else None
            if m:
                short.setdefault(m.group(1), c)
        if not short:
            return cands
        out = [replace(c, entity_id=short[t].entity_id, canonical=short[t].canonical, acronym=t)
               if c.label == "INSTITUTION" and (t := text[c.start:c.end]) in short and c.entity_id != short[t].entity_id
               else c for c in cands]
        for acr, c in short.items():  # uses the model left untagged
            for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
                if not any(o.start < m.end() and m.start() < o.end for o in out):
                    out.append(replace(c, start=m.start(), end=m.end(), acronym=acr, method="rule", confidence=0.75))
        return sorted(out, key=lambda c: (c.start, c.end))

    @staticmethod
    def constituency(text: str, c: Cand) -> Cand:
        """'MP for Potong Pasir SMC' → 'Potong Pasir SMC': the constituency named after a member's title."""
        m = MEMBER_FOR.match(text, c.start, c.end) if c.label == "PLACE" else None
        if m is None:
            return c
        canonical = clean_name(text[m.end():c.end])
        return replace(c, start=m.end(), entity_id=synthetic_id("PLACE", canonical), canonical=canonical)

    def works_names(self, text: str, cands: list[Cand]) -> list[Cand]:
        """A facility's name after a works noun that no other rule kept ('the Redevelopment of X Centre (XC) Phase
        2': the phase label made the whole a project's title, devset-real-zh DECISIONS 19)."""
        out = []
        for m in self.works_name.finditer(text):
            s, e = m.span(1)
            if any(c.start < e and s < c.end and not (c.label is None and s <= c.start and c.end <= e) for c in cands):
                continue  # (a name no rule typed, 'the Olympic House' with an unknown head, gives way: eninst, s21)
            canonical = clean_name(text[s:e])
            out.append(Cand(s, e, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "", "",
                            "rule", 0.75))
        return out

    def generic_name(self, surface: str) -> bool:
        """'General Hospital', 'Community Hospital': a facility's head after everyday words only, no name of its own."""
        words = surface.split()
        return len(words) >= 2 and words[-1] in self.facility_heads and \
            all(w[:1].isupper() and everyday_word(w.lower(), nouns=True) for w in words[:-1])

    def dedicated_names(self, text: str, cands: list[Cand]) -> list[Cand]:
        """'Maryknoll Hospital' after 'Our Lady of ': the name runs back to its dedication; a part's name after a
        facility's is the part ('X Hospital Operating Theatre Block')."""
        out = []
        for c in cands:
            if self.facility_name(text, c):
                m = self.dedication.search(text, max(0, c.start - 24), c.start)
                start = m.start() if m else c.start
                our = OUR.search(text, max(0, start - 6), start)
                if our and LADY.match(text, start):
                    start = our.start()  # 'Our' + 'Lady of X Hospital', which the model split off
                founder = FOUNDER.search(text, max(0, start - 40), start) if start == c.start and \
                    self.generic_name(text[c.start:c.end]) else None
                if founder and founder.group(1).split()[0] not in FUNCTION_WORDS and \
                        any(not everyday_word(w.lower(), nouns=True) for w in founder.group(1).split()):
                    start = founder.start(1)  # 'Ng Teng Fong' + ' General Hospital': the model read the name of the
                    # person a facility is named after as that person's and left the generic rest
                part = self.part_name.match(text, c.end)  # 'X Hospital Operating Theatre Block': a part of it
                end = part.end() if part else c.end
                if (start, end) != (c.start, c.end):
                    canonical = clean_name(text[start:end])
                    c = replace(c, start=start, end=end, entity_id=synthetic_id("INSTITUTION", canonical),
                                canonical=canonical, etype="", method="rule", confidence=0.8)
            out.append(c)
        inside = _Covers([(c.start, c.end) for c in out if c.label is not None])
        return [c for c in out if not inside(c.start, c.end)]


class _Covers:
    """Whether a span lies inside another of `spans` (s <= start, end <= e, not the same span), in O(log n) per
    question: the spans sorted by start, with the furthest end reached by the spans starting at or before each."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []
        for _, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def __call__(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)  # spans starting at or before `start`
        if k == 0 or self.reach[k - 1] < end:
            return False
        if self.reach[k - 1] > end:
            return True  # one of them ends after `end`: a longer span holds this one
        j = bisect_left(self.starts, start)  # the furthest end is `end` itself: a span starting before `start` too?
        return j > 0 and self.reach[j - 1] >= end
