"""A known place and a compass point after it name a part of that place (issue 14): Singapore's electoral divisions
and estates ('Hong Kah North', 'Nee Soon South'), Hong Kong's constituencies and areas ('Kowloon East'). The part is
one place, the longest written span (as a city written before its zone); the bare place is no row of its own there.
Not when a capitalised word goes on after the compass point ('Hong Kong East Cluster', 'Shenzhen North Station'):
the longer name is then something else's, and the rules for it apply. A part no gazetteer holds is made only of a town,
estate, area or district (session-19 ruling: 'a known town + a compass point'), not of a country, city or region
('Hong Kong North and South were hit': directions of the SAR), and not before 'and'/'or' and another compass point
(review-reven S3, eninst session 20)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable

from pipeline.extract.entities.spans import Cand, synthetic_id

PART_TYPES = frozenset({"area", "district", "estate", "planning area", "town"})
COMPASS = r"(?:North|South|East|West|Central|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|" \
          r"Southwest)"
COMPASS_LIST = re.compile(rf"[ ]+(?:and|or)[ ]+{COMPASS}\b")
COMPASS_AFTER = re.compile(r"[ ](?:North|South|East|West|Central|North-East|North-West|South-East|South-West|"
                           r"Northeast|Northwest|Southeast|Southwest)\b(?![ \t]*[A-Z&(]|-\w|['’]s\b)")


def compass_parts(text: str, cands: list[Cand], whole_entry: Callable[[str], Any],
                  from_entry: Callable[..., Cand]) -> list[Cand]:
    """Each place candidate followed by a compass point becomes the part it names (a known entry of that name, else
    a place of its own), unless another candidate already holds the compass word."""
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        m = COMPASS_AFTER.match(text, c.end) if c.label == "PLACE" else None
        if m is not None and m.start() + 1 not in starts:
            name = text[c.start:m.end()]
            entry = whole_entry(name)
            if entry is not None and entry.table == "place":
                c = from_entry(c.start, m.end(), entry, c.method, c.confidence)
            elif entry is None and c.etype in PART_TYPES and not COMPASS_LIST.match(text, m.end()):
                c = replace(c, end=m.end(), entity_id=synthetic_id("PLACE", name), canonical=name, etype="area")
        out.append(c)
    return out
