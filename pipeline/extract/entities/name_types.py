"""A capitalised name + its document → its kind: PLACE, INSTITUTION, or no named entity (None).

The head word decides first (institution, place, programme or post heads from not_entities.en.json); a name
with no head word is typed by its NER label unless the text shows it is no name: a sector or field, a verb
phrase in a title, a plural common noun, an acronym never spelled out, words also used in lower case, a
heading line, a capitalised first word of a sentence. Mixed into `EntityRecognizer`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.place_lists import towns
from pipeline.extract.entities.spans import CONNECTORS, PREPOSITIONS, singular
from pipeline.native import python_class

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ROUTE_NOUNS = {"bridge", "bridges", "tunnel", "tunnels", "road", "roads", "highway", "highways", "expressway",
               "motorway", "railway", "link", "viaduct", "bypass"}
STATUS_LIST_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:[ ][A-Z][\w-]*)+(?:,[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)*)*"
                                r"(?:,[ ]|,?[ ]and[ ])(?:[A-Z][\w-]*[ ])*$")
CENTRE_HEADS = {"Centre", "Center", "Centres", "Centers"}
WORD = re.compile(r"[^\W\d_][\w'’.&+-]*|&")
LETTERS = re.compile(r"[^\W\d_]+")
TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
DIGIT = re.compile(r"\d")
# 'IRs', 'SMEs', 'NGOs': an acronym in the plural names a kind of thing, never one body or place (eninst, session 16)
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
ADJECTIVE_END = re.compile(r"(?:ian|ean|ese|ish|ic|al)$")
DEMONYM_END = re.compile(r"[a-z](?:an|ese|ish|ic|i)$")  # 'American', 'Chinese', 'Danish', 'Nordic', 'Saudi'
DWELLERS = re.compile(r"[a-z]{5,}(?:ers|ites)$")
CACHE_SIZE = 50_000  # words and surfaces remembered by head_kind and head_word (a bound for a long run)
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
LOWER_NEXT = re.compile(r"\s+[a-z]")
GERUND = re.compile(r"[a-z]{3}ing$")
POSSESSIVE_BEFORE = re.compile(r"\b(?:[Oo]ur|[Tt]heir|[Ii]ts|[Yy]our)[ ]+$")
A_BEFORE = re.compile(r"\b[Aa]n?[ ]+$")
COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[ ]+$")
ORDINAL_BEFORE = re.compile(r"\b[Tt]he[ ]+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|another)[ ]+$")


def kind_before(text: str, start: int, plural: bool = False, place: bool = False) -> bool:
    """What comes before a name makes it one of a kind: 'the third Core Business District'; for a place 'a Town
    Plaza'; for a plural place 'the two Special Administrative Regions'."""
    return bool(ORDINAL_BEFORE.search(text, max(0, start - 20), start) or
                place and A_BEFORE.search(text, max(0, start - 4), start) or
                plural and COUNT_BEFORE.search(text, max(0, start - 12), start))


@lru_cache(maxsize=1)
def proper_name_heads() -> frozenset[str]:
    """Place heads that name a site only after a proper name, not after a demonym or an adjective
    (not_entities.en.json proper_name_place_heads: 'Harbour Tower' a building, 'American Tower' a company)."""
    return frozenset(load_json_data("not_entities.en.json").get("proper_name_place_heads", []))


@python_class
class NameTypes:
    """Typing of names; needs the word sets `EntityRecognizer` loads and the kind rules of `KindRules`."""

    not_entities: set[str]
    not_entities_folded: set[str]
    programme_heads: set[str]
    road_words: frozenset[str]
    post_heads: set[str]
    institution_heads: set[str]
    place_heads: set[str]
    sector_words: set[str]
    status_words: set[str]
    numbered_heads: set[str]
    law_heads: set[str]
    numbered_tail: Any
    facility_centre_words: set[str]
    status_heads: set[str]
    blocked: set[str]
    verbs: set[str]
    _lower: tuple[str | None, set[str]]
    _paren: tuple[str | None, set[str]]
    role_or_system: Any
    plural_head: Any
    weak_heads: set[str]
    head_kinds: dict[str, str | None]  # head_kind's answers and head_word's, by word (the head sets never change)
    head_words: dict[str, str]
    whole_entry: Any

    def verb_form(self, word: str) -> bool:
        """'Understanding', 'Planning', 'Housing': the -ing form of an English verb (data: verbs.en.json, the
        model lemmatizer's verbs), where 'Stirling' or 'Kettering' is no verb's."""
        base = word[:-3].lower()
        stems = {base, base + "e"}
        if len(base) >= 3 and base[-1] == base[-2]:
            stems.add(base[:-1])  # 'planning' → 'plan'
        if base.endswith("y"):
            stems.add(base[:-1] + "ie")  # 'lying' → 'lie'
        return bool(stems & self.verbs)

    def head_kind(self, word: str) -> str | None:
        """PLACE, INSTITUTION, NOT (programme/post head) or None for a name's head word (remembered by word: the
        rules ask it ~150 times per 300-word document)."""
        kinds = self.head_kinds
        if word in kinds:
            return kinds[word]
        if len(kinds) > CACHE_SIZE:
            kinds.clear()
        kind = kinds[word] = self.head_kind_of(word)
        return kind

    def head_kind_of(self, word: str) -> str | None:
        for w in (word, singular(word)):
            if w in self.programme_heads or w in self.post_heads:
                return "NOT"
            if w in self.institution_heads:
                return "INSTITUTION"
            if w in self.place_heads:
                return "PLACE"
        return None

    def programme_head(self, word: str) -> bool:
        """A programme's head ('Programme', 'Scheme'), no road's ('Road' heads a road's name too: data road_words)
        nor a post's (mendena, session 18 review M6)."""
        return word not in self.road_words and any(w in self.programme_heads for w in (word, singular(word)))

    def head_word(self, surface: str) -> str:
        """The head of a name: the last word before its first preposition ('Council of the EU'), else the last
        (remembered by surface, as head_kind)."""
        heads = self.head_words
        head = heads.get(surface)
        if head is None:
            if len(heads) > CACHE_SIZE:
                heads.clear()
            head = heads[surface] = self.head_word_of(surface)
        return head

    def head_word_of(self, surface: str) -> str:
        words = WORD.findall(surface)
        for i, w in enumerate(words):
            if w in PREPOSITIONS and i > 0:
                return words[i - 1]
        if len(words) >= 2 and (f"{words[-2]} {words[-1]}" in self.place_heads or
                                f"{words[-2]} {words[-1]}" in self.programme_heads):
            return f"{words[-2]} {words[-1]}"  # two-word heads: 'Bradfield City Centre', 'Tuen Mun South Extension'
        return words[-1] if words else ""

    def head_type(self, surface: str) -> str | None:
        head = self.head_word(surface)
        kind = self.head_kind(head)
        if kind is not None and surface.rsplit(" ", 1)[-1] in self.law_heads and " of " in surface:
            return "NOT"  # 'Tung Wah Group of Hospitals Ordinance': a law named after a body
        if kind == "INSTITUTION" and head in CENTRE_HEADS:
            words = WORD.findall(surface[:surface.rfind(head)])
            if words and self.facility(words[-1], head):
                return "PLACE"
        return kind

    def facility(self, before: str, head: str) -> bool:
        """'Information Centre', 'Exhibition Centre', 'Finance Centre': a facility or building, a place
        (data: facility_centre_words), where 'Research Centre' is a body."""
        return head in CENTRE_HEADS and (before in self.facility_centre_words or  # 'Velodrome-cum-Sports Centre'
                                         before.split("-")[-1] in self.facility_centre_words)

    def type_entity(self, surface: str, ner_label: str, text: str = "", start: int = -1) -> str | None:
        """PLACE / INSTITUTION for a name no gazetteer knows, or None when it is not a named entity."""
        words = surface.split()
        if not words or surface in self.not_entities or surface.casefold() in self.not_entities_folded or \
                PLURAL_ACRONYM.fullmatch(surface):
            return None
        tail = self.numbered_tail(surface) if len(words) > 2 else -1  # 'Terminal 5', 'Areas 40 and 46'
        if not TWO_LETTERS.search(surface) or DIGIT.search(surface[:tail] if tail > 0 else surface) \
                or "$" in surface:
            return None
        if words[0][:1].islower():
            return None
        if words[-1] in ROUTE_NOUNS:
            return None  # 'the Cross Bay Link bridge', 'the Tsing Ma bridge': a route named with its lower-case kind
        if "-" in words[0] and words[0].split("-")[0] in self.status_words:
            return None  # 'Global-Asia (node)': a role a city plays, not a place
        if all(w in self.sector_words or w in CONNECTORS for w in words) and self.head_type(surface) is None:
            return None  # a sector or field: 'Innovation and Technology', 'Research and Development'
        if words[0].endswith("ing") and (self.head_type(surface) is None or len(words) > 1 and (
                self.plural_head(surface) or self.verb_form(words[0]) and words[0] not in towns() and
                self.head_type(surface) == "PLACE")) \
                and not (len(words) == 1 and ner_label in PLACE_LABELS and text and surface.lower() not in
                         self.lower_words(text) and not self.verb_form(surface)):
            # ('Stirling', 'Ealing' the model read as places stay places; 'Understanding' is a verb's form)
            return None  # 'Deepening Reform', 'Opening Up', 'Rejuvenating Neighbourhoods': a verb phrase in a title
            # ('Invigorating Island South', 'Energising Kowloon East': an initiative named by what it does; a town
            # named like a verb's form opens a place's name: 'Barking Riverside', 'Reading Station')
        if text and start >= 0 and kind_before(text, start):
            return None  # 'the third Core Business District': one of a kind of place or body, not a name
        head = self.head_word(surface)
        if ner_label == "ORG" and self.head_kind(head) is None and len(words) > 1 and \
                (head in self.sector_words or GERUND.search(head)):
            return None  # an activity or field: 'Development of Herbal Medicine', 'Payment Referencing'
        if len(words) == 1 and self.head_kind(surface) is not None:
            return None  # a bare head word ('Commission', 'Centre') only refers back to a named entity
        if self.role_or_system(words, head):
            return None
        if surface in self.blocked:
            return None
        head = self.head_word(surface)
        kind = self.head_type(surface)
        if kind == "PLACE" and len(words) == 2 and head in proper_name_heads() and DEMONYM_END.search(words[0]) and \
                getattr(self.whole_entry(words[0]), "table", "") != "place":
            kind = None  # 'American Tower' (a company): the head names a site after a proper name only ('Taiwan Tower')
        if head in self.status_heads and text and start >= 0:
            m = STATUS_LIST_BEFORE.search(text, max(0, start - 80), start)
            if m and m.group(1) in self.status_words:
                return None  # 'an International Financial, Shipping and Trade Centre': the end of a role's list
        if kind == "NOT":
            return None
        if kind and self.plural_head(surface) and (ner_label == "ORG" or kind == "PLACE"):
            return None  # a plural head names a class of bodies ('Training Centres') or places ('Lower-Tier Cities')
        if kind == "PLACE" and text and start >= 0 and kind_before(text, start, self.plural_head(surface), True):
            return None  # 'a Town Plaza', 'the two Special Administrative Regions': a kind of place, not a name
        if kind == "PLACE" and text and start >= 0 and POSSESSIVE_BEFORE.search(text, max(0, start - 8), start) and \
                all(w.lower() in self.lower_words(text) for w in LETTERS.findall(surface) if w not in CONNECTORS):
            return None  # 'Building our Future City' (a title): common words the text also writes in lower case
        if kind == "INSTITUTION" and head in self.weak_heads and text and start >= 0 and \
                self.heading_end(text, start, start + len(surface)) and \
                all(w.lower() in self.lower_words(text) for w in LETTERS.findall(surface) if w not in CONNECTORS):
            return None  # a heading line 'Residential Care Service' whose words the text writes in lower case: a
            # topic; a weak head (data not_anaphors: Service, Team, Unit) gives no body on its own (eninst, session 22)
        if kind:
            return kind
        last = words[-1]
        if len(words) == 1 and ADJECTIVE_END.search(last):
            return None  # demonyms and adjectives: 'European', 'Financial'
        if len(words) == 1 and last[:1].isupper() and DWELLERS.search(last) and not last.isupper():
            return None  # the people of a place ('Hongkongers', 'Londoners', 'Muscovites'), not the place
        if last[:1].isupper() and last.endswith("s") and not last.endswith(("ss", "us", "is")) \
                and not last.isupper() and len(last) > 3 and \
                not (ner_label == "GPE" and len(words) == 1 and text and not last.endswith("ics") and
                     last[:-1].lower() not in self.lower_words(text)):
            return None  # plural common nouns: 'Member States', 'Objectives', 'Facilities'; not a town ('Davos')
        if surface.isupper() and len(surface) <= 6 and text and surface not in self.parenthesised(text):
            return None  # an acronym the document never spells out and no gazetteer knows
        lower = self.lower_words(text)
        if text and (surface.lower() in lower if len(words) == 1 else surface.lower() in text and
                     re.search(rf"(?<![\w-]){re.escape(surface.lower())}(?:e?s)?(?![\w-])", text)):
            return None  # the same words also occur in lower case: a common noun, not a name
        content = [w for w in LETTERS.findall(surface) if w not in CONNECTORS]
        if text and len(content) > 1 and all(w.lower() in lower for w in content):
            return None  # every word is used as a common word in this text: a capitalised term
        if text and start >= 0 and self.is_heading(text, start, start + len(surface)):
            return None
        if text and start >= 0 and ner_label == "ORG" and len(words) == 1 and surface.istitle() and \
                SENTENCE_START.search(text[max(0, start - 4):start]) and \
                LOWER_NEXT.match(text[start + len(surface):start + len(surface) + 2]):
            return None  # a capitalised first word of a sentence ('Visitor arrivals reached ...')
        return "PLACE" if ner_label in PLACE_LABELS else "INSTITUTION"

    # The two caches below hold the text they were computed from and compare it by identity. They were
    # keyed by id(text) once: CPython reuses the address of a freed string, so the next document's text
    # could get the previous one's id and be typed with its neighbour's words (issue 15).
    def lower_words(self, text: str) -> set[str]:
        """Words written in lower case somewhere in the text (cached for the current document)."""
        if self._lower[0] is not text:
            self._lower = (text, set(re.findall(r"(?<![\w-])[a-z][a-z'’]*(?![\w-])", text)))
        return self._lower[1]

    def parenthesised(self, text: str) -> set[str]:
        """Words defined as '(ACR)' or followed by '(' in the text (cached for the current document)."""
        if self._paren[0] is not text:
            found = set(re.findall(r"\(\s*([A-Z][\w&+.-]*)\s*\)", text))
            found.update(re.findall(r"([A-Z][\w&+.-]*)\s*\(", text))
            self._paren = (text, found)
        return self._paren[1]

    @staticmethod
    def heading_end(text: str, s: int, e: int) -> bool:
        """text[s:e] ends a heading line that holds only capitalised words before it ('Residential Care Service')."""
        line_start = text.rfind("\n", 0, s) + 1
        lead = text[line_start:s].strip()
        return NameTypes.is_heading(text, line_start, e) and (not lead or lead.istitle())

    @staticmethod
    def is_heading(text: str, s: int, e: int) -> bool:
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        return text[line_start:line_end].strip() == text[s:e].strip()
