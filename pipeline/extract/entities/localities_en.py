"""Text + candidates → the same with the localities a text places in a known area (eninst, session 20): 'a sports
park to be developed in Whitehead, Ma On Shan' names Whitehead, a place in Ma On Shan, as an address writes a place
and then the area it lies in. The name is one to three capitalised words right after 'in/at/near' and right before a
comma and a gazetteer place of a small kind (a Hong Kong area or district, a Singapore estate or planning area); a
month or weekday ('in March, Sha Tin') and a name with a body's or programme's head are no locality; a name the model
read as a person's is the locality there. Checked per
known place candidate (a search in the 40 characters before it, no scan of the text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.spans import Cand, synthetic_id

LOCALITY_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at|near)[ ]+((?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+),[ ]$")
AREA_TYPES = frozenset({"area", "district", "estate", "planning area", "town"})
CALENDAR = frozenset("January February March April May June July August September October November December Monday "
                     "Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Winter".split())


def localities(text: str, cands: list[Cand], entries: dict[str, Any],
               head_kind: Callable[[str], str | None]) -> list[Cand]:
    """`cands` with a place for each locality written before a comma and a known area (see the module's docstring)."""
    taken = [(c.start, c.end) for c in cands if c.label is not None]  # (a name read as a person's is replaced)
    added = []
    for c in cands:
        entry = entries.get(c.entity_id) if c.label == "PLACE" else None
        if entry is None or entry.type not in AREA_TYPES or text[c.start - 2:c.start] != ", ":
            continue
        m = LOCALITY_BEFORE.search(text, max(0, c.start - 40), c.start)
        if m is None:
            continue
        s, e = m.span(1)
        words = m.group(1).split()
        if any(w in CALENDAR for w in words) or head_kind(words[-1]) is not None or \
                any(a < e and s < b for a, b in taken):
            continue
        added.append(Cand(s, e, "PLACE", synthetic_id("PLACE", m.group(1)), m.group(1), "area", entry.country_code,
                          "", "rule", 0.7))
    if not added:
        return cands
    spans = {(c.start, c.end) for c in added}
    return sorted([c for c in cands if (c.start, c.end) not in spans] + added, key=lambda c: (c.start, c.end))


__all__ = ["localities"]
