"""Text + candidates → Hong Kong areas whose one-word name is also an everyday English word ('in Central').

GeoNames lists Hong Kong's business district as 'Central'; as a bare word it is also an adjective ('Central
Government', 'central bank', 'Central and Eastern Europe'), so no gazetteer matches it alone (place_names
.hk_area_entries keeps only names of two or more words). In a Hong Kong text, the word after a locative
preposition and before punctuation, a lower-case word or another Hong Kong place ('the business district in
Central', 'from Central to Wan Chai') is the area. Data: `hk_bare_areas` of not_entities.en.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.entities.spans import Cand, synthetic_id

LOCATIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at|from|to|near|around|between|of|and)[ \t\n]+$")
ENDS = re.compile(r"[ \t]*(?:[.,;:)!?]|$)|[ \t\n]+(?!and\b|or\b)[a-z]")
LINKS = re.compile(r"[ \t\n]+(?:and|to|or)[ \t\n]+(?:the[ \t\n]+)?")


def bare_hk_areas(text: str, cands: list[Cand], names: Iterable[str]) -> list[Cand]:
    """`cands` plus each bare area name of `names` that the text uses as a Hong Kong place."""
    words = [n for n in names if n in text]
    hk_starts = {c.start for c in cands if c.label == "PLACE" and c.country_code == "HK"}
    if not words or not hk_starts:
        return cands  # (no Hong Kong place named: not a Hong Kong text)
    taken = [(c.start, c.end) for c in cands]
    out = list(cands)
    for name in words:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken) or not LOCATIVE_BEFORE.search(text, max(0, s - 12), s):
                continue
            link = LINKS.match(text, e)
            if not (ENDS.match(text, e) or link is not None and link.end() in hk_starts):
                continue  # 'in Central Asia', 'in Central and Eastern Europe'
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", name), name, "area", "HK", "", "rule", 0.75))
    return sorted(out, key=lambda c: (c.start, c.end))
