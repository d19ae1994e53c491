"""Entity candidates → places whose cleaned name a gazetteer already knows, linked to that entry.

A name read around a bracketed short form ('Hung Shui Kiu/Ha Tsuen (HSK/HT) NDA' → 'Hung Shui Kiu/Ha Tsuen NDA')
gets a synthetic id, although its cleaned form is a gazetteer alias; the same place then shows up twice in a
document's table. Such a candidate takes the gazetteer entry of its cleaned name.

A place no gazetteer knows whose name differs by one letter in one word from another place of the same document is
a slip of typing for that place, not a second place ('the Northen Metropolis' beside 'the Northern Metropolis';
enpl, session 24: fc23 listed such a slip as a place of its own): it takes the other's id and canonical name, when
the slipped word is no everyday word but a rare noun at most ('Souther' is WordNet's wind; common_words.everyday_word)
and the other's is an English word or the other is known.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.body_units import one_letter_apart
from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.spans import Cand

MIN_SLIPPED = 5  # letters of the slipped word at least: a short word one letter from another is often another name


def known_places(cands: list[Cand], known: Container[str], whole_entry: Callable[[str], Any],
                 from_entry: Callable[..., Cand]) -> list[Cand]:
    """Each place candidate no gazetteer id names whose canonical name is exactly a gazetteer place's name."""
    out = []
    for c in cands:
        entry = whole_entry(c.canonical) if c.label == "PLACE" and c.entity_id not in known else None
        if entry is not None and entry.table == "place":
            c = replace(from_entry(c.start, c.end, entry, c.method), confidence=c.confidence)
        out.append(c)
    return slipped_places(out, known)


def slipped_word(a: str, b: str) -> tuple[str, str] | None:
    """(a's word, b's word) where the two names of two words or more differ by one letter in one long word."""
    if a == b or abs(len(a) - len(b)) > 1 or " " not in a or not one_letter_apart(a, b):
        return None
    x, y = next((x, y) for x, y in zip(a.split(), b.split()) if x != y)
    return (x, y) if min(len(x), len(y)) >= MIN_SLIPPED and x.isalpha() else None


def slipped_places(cands: list[Cand], known: Container[str]) -> list[Cand]:
    """Each unknown place whose name is a one-letter slip of another place's in the document, as that place."""
    unknown = {c.canonical for c in cands if c.label == "PLACE" and c.entity_id not in known}
    if not unknown:
        return cands
    others = {c.canonical: c for c in cands if c.label == "PLACE"}
    target: dict[str, Cand] = {}
    for name in unknown:
        for other, o in others.items():
            pair = slipped_word(name, other)
            if pair is not None and not everyday_word(pair[0]) and (
                    o.entity_id in known or everyday_word(pair[1], nouns=True)):
                target[name] = o
                break
    if not target:
        return cands
    out = []
    for c in cands:
        t = target.get(c.canonical) if c.label == "PLACE" and c.entity_id not in known else None
        out.append(c if t is None else replace(c, entity_id=t.entity_id, canonical=t.canonical, etype=t.etype,
                                               country_code=t.country_code))
    return out
