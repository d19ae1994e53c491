"""Text + candidates → Hong Kong areas whose one-word name is also an everyday English word ('in Central').

GeoNames lists Hong Kong's business district as 'Central'; as a bare word it is also an adjective ('Central
Government', 'central bank', 'Central and Eastern Europe'), so no gazetteer matches it alone (place_names
.hk_area_entries keeps only names of two or more words). In a Hong Kong text, the word after a locative
preposition and before punctuation, a lower-case word or another Hong Kong place ('the business district in
Central', 'from Central to Wan Chai') is the area, and so is the word before a lower-case noun for a part of a city
('the Central harbourfront', 'Central waterfront'; not 'the Central Government', 'central bank'). Data: `hk_bare_areas`
and `bare_area_nouns` of not_entities.en.json.

'the SAR' alone is the special administrative region the text names (the Hong Kong SAR in a Hong Kong text, the
Macao SAR in a Macao one); 'the SAR Government' is a body's name, no place (bare_sar).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Any

from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.regexgate import LeadPattern

LOCATIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at|from|to|near|around|between|of|and)[ \t\n]+$")
ENDS = re.compile(r"[ \t]*(?:[.,;:)!?]|$)|[ \t\n]+(?!and\b|or\b)[a-z]")
LINKS = re.compile(r"[ \t\n]+(?:and|to|or)[ \t\n]+(?:the[ \t\n]+)?")
NOUN_AFTER = re.compile(r"[ \t\n]+([a-z]+)(?![\w'’-])")
# 'the SAR', 'the SAR's reserves'; not 'the SAR Government' (a capitalised word after it names something else)
# nor 'the SAR government' in lower case (the body), nor the suspicious activity report of anti-money-laundering texts
# ('the SAR had to be filed', 'the SAR was reported')
# (a LeadPattern: 'The'/'the' is searched fast, the lookbehind tested where it stands)
THE_SAR = LeadPattern(re.compile(r"(?<![\w'’-])[Tt]he[ \t\n]+(SAR)(?![\w-])(?![ \t\n]+(?:[A-Z]|government\b|"
                                 r"administration\b|(?:was|were|had|has|is)[ \t\n]+(?:to[ \t\n]+be[ \t\n]+)?"
                                 r"(?:filed|reported|submitted|made|lodged|received)\b))"))
SARS = {"place:hk": "HK", "place:mo": "MO"}  # the region's entry and the country code of its places and bodies


def bare_hk_areas(text: str, cands: list[Cand], names: Iterable[str], nouns: Collection[str] = ()) -> list[Cand]:
    """`cands` plus each bare area name of `names` that the text uses as a Hong Kong place; `nouns`: lower-case
    nouns for a part of a city that take the area's name before them."""
    words = [n for n in names if n in text]
    hk_starts = {c.start for c in cands if c.label == "PLACE" and c.country_code == "HK"}
    if not words or not any(c.country_code == "HK" for c in cands):
        return cands  # (no Hong Kong place or body named: not a Hong Kong text)
    taken = [(c.start, c.end) for c in cands]
    out = list(cands)
    for name in words:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            noun = NOUN_AFTER.match(text, e)
            if noun is not None and noun.group(1) in nouns:
                out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", name), name, "area", "HK", "", "rule", 0.75))
                continue  # 'the Central harbourfront'
            if not LOCATIVE_BEFORE.search(text, max(0, s - 12), s):
                continue
            link = LINKS.match(text, e)
            if not (ENDS.match(text, e) or link is not None and link.end() in hk_starts):
                continue  # 'in Central Asia', 'in Central and Eastern Europe'
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", name), name, "area", "HK", "", "rule", 0.75))
    return sorted(out, key=lambda c: (c.start, c.end))


def bare_sar(text: str, cands: list[Cand], entries: dict[str, Any], from_entry: Callable[..., Cand]) -> list[Cand]:
    """`cands` plus 'the SAR' as the special administrative region whose places and bodies the text names most
    (none when it names neither's)."""
    if "SAR" not in text:
        return cands
    counts = {sid: sum(c.country_code == code for c in cands) for sid, code in SARS.items() if sid in entries}
    home = max(counts, key=lambda sid: counts[sid], default="")
    if not home or counts[home] == 0:
        return cands
    taken = [(c.start, c.end) for c in cands]
    out = list(cands)
    for m in THE_SAR.finditer(text):
        s, e = m.span(1)
        if not any(a < e and s < b for a, b in taken):
            out.append(from_entry(s, e, entries[home], "rule", 0.8))
    return sorted(out, key=lambda c: (c.start, c.end))
