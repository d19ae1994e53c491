"""Text + the document's candidates → places that the words of toponymy name (pipeline/data/toponyms.en.json).

A Malay or Indonesian generic term that opens a capitalised run names a place ('Kuala Selangor', 'Sungai Pelek',
'Tanjong Sepat'): those words are no English words, so the run is a place even where the model read a person or a
body, and the longest span wins over a known place inside it ('Kuala Selangor' is not a mention of Selangor). A
lower-case noun for an administrative unit after a capitalised name ('Fengjing town', 'Pinghu city', 'Jiashan
county') makes the name before it that place. A brand in capitals just before a generic term names a mall or store
there, a place too ('AEON Bukit Indah'). Names joined by 'and' before a plural kind of place ('the Richmond and
Glenbrook air bases') are places of that kind. Mixed into `EntityRecognizer` (it needs `entries`, `not_entities`,
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
from pipeline.extract.entities.spans import Cand, synthetic_id

WORD = r"[A-Z][a-z'’]+"
TITLE_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Professor|Prof|Sir|Madam|Datuk|Dato'?|Tan[ ]Sri|Tun|Seri)\.?[ ]+$")
# what may follow a place named by its kind word: a stop, or a word that begins another phrase
KIND_AFTER = re.compile(r"(?=[,.;:)!?]|[ \t\n]+(?:in|of|on|and|or|to|at|is|was|has|had|have|which|that|where|with|near|"
                        r"along|as|for|from|by|were|are|will|would|can|could|borders?|lies|sits)\b|[ \t]*$)")
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|every|each|one|another|this|that)[ ]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def toponym_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(generic-prefix, kind-word, shared-kind patterns) from pipeline/data/toponyms.en.json."""
    data = load_json_data("toponyms.en.json")
    prefixes = "|".join(sorted(map(re.escape, data["generic_prefixes"]), key=len, reverse=True))
    kinds = "|".join(sorted(map(re.escape, data["kind_words"]), key=len, reverse=True))
    blockers = "|".join(sorted(map(re.escape, data["kind_word_blockers"]), key=len, reverse=True))
    generic = re.compile(rf"(?<![\w'’&/-])(?:[A-Z]{{2,6}}[ ])?(?:{prefixes})(?:[ ]{WORD}){{1,3}}(?![\w'’&-]|[ ][A-Z0-9])")
    kind = re.compile(rf"(?<![\w'’&/-])((?:{WORD})(?:[ ]{WORD}){{0,2}})[ ](?:{kinds})\b(?![ -](?:{blockers})\b)")
    shared = "|".join(sorted(map(re.escape, data["shared_kinds"]), key=len, reverse=True))
    item = rf"(?:[A-Z][\w'’-]*[ ]){{0,3}}[A-Z][\w'’-]*"
    coordinated = re.compile(rf"(?<![\w'’&/-])({item}(?:,[ ]{item})*),?[ ]and[ ]({item})[ ](?:[a-z]+[ ])?(?:{shared})\b")
    return generic, kind, coordinated


class Toponyms:
    """Needs `entries`, `not_entities`, `region_modifiers`, `compass_words`, `head_kind` and `lower_words`."""

    entries: dict[str, Any]
    not_entities: set[str]
    region_modifiers: set[str]
    compass_words: set[str]
    head_kind: Any
    lower_words: Any

    def toponym_places(self, text: str, ents: list[tuple[int, int, str]], cands: list[Cand]) -> list[Cand]:
        """The candidates, with the places a generic prefix or a kind word names added (method rule, confidence
        0.7) and the candidates inside a generic-prefix place dropped."""
        generic, kind, _ = toponym_words()
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
            if any(c.start < m.end() and s < c.end for c in out):
                continue  # named already ('Klang district', 'Jiashan county', 'Guangzhou city')
            surface = text[s:e]
            if not self.named_by_kind(text, surface):
                continue
            canonical = clean_name(surface)
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", "", "", "rule", 0.7))
        return self.shared_kind_places(text, out, nationality)

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
