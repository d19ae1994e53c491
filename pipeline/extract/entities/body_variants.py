"""A document's candidates → the same candidates, where one body no gazetteer knows, named twice with a known name
inside written two ways, is one entity ('the Office of the Government of the HKSAR in Beijing' and 'the Office of
the Government of the Hong Kong Special Administrative Region in Beijing'): the later names take the first one's
id and canonical name."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pipeline.extract.entities.spans import Cand


def variant_key(name: str, matcher: Any) -> str:
    """The name with every gazetteer name inside it (a place, a government) written as its canonical name."""
    parts, at = [], 0
    for s, e, entry in matcher.find(name):
        if s < at:
            continue
        parts += [name[at:s], entry.canonical]
        at = e
    parts.append(name[at:])
    return " ".join("".join(parts).split()).casefold()


def same_bodies(cands: list[Cand], entries: dict[str, Any], matcher: Any) -> list[Cand]:
    first: dict[str, Cand] = {}
    out = []
    for c in cands:
        if c.label == "INSTITUTION" and c.entity_id not in entries and " " in c.canonical:
            key = variant_key(c.canonical, matcher)
            seen = first.setdefault(key, c)
            if seen.entity_id != c.entity_id:
                c = replace(c, entity_id=seen.entity_id, canonical=seen.canonical)
        out.append(c)
    return out
