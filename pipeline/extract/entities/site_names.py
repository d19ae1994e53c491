"""Text + entity candidates → one site named short and long in one text is one place (issue 14, session 11).

A Hong Kong text names its sites with the territory's name and drops it once the site is named ('Hong Kong
Disneyland ... Disneyland', 'Hong Kong Science Park ... the Science Park'): the short name is the long one
without the place the text's jurisdiction gives, so both are one row (lead's ruling 21:02, session 11). Only
the jurisdiction's own names prefix it (`prefixes`: the home place's aliases, see references.home_government):
'Shanghai Disneyland' is no long form of a Hong Kong text's 'Disneyland'.

A development area named after the area it develops is that area ('the Kai Tak New Development Area ... land in Kai
Tak', 'Hung Shui Kiu NDA ... Hung Shui Kiu'): GUIDELINES, a zone and the short name used for it are one place
(`area_heads`: not_entities.en.json `same_area_heads`). A station is another place than its area (DECISIONS 16),
so only these heads are read so.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import replace

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand


def short_site_names(text: str, cands: list[Cand], prefixes: Iterable[str], homes: Container[str]) -> list[Cand]:
    """Each place candidate whose name, after one of `prefixes` and a space, is another place candidate's name
    becomes that place; a known country, region or city (`homes`: ids never re-read) keeps its own identity."""
    heads = tuple(p for p in prefixes if p)
    if not heads:
        return cands
    longer = {clean_name(text[c.start:c.end]): c for c in cands if c.label == "PLACE"}
    out = []
    for c in cands:
        if c.label == "PLACE" and c.entity_id not in homes:
            short = clean_name(text[c.start:c.end])
            other = next((longer[f"{p} {short}"] for p in heads if f"{p} {short}" in longer), None)
            if other is not None and other.entity_id != c.entity_id:
                c = replace(c, entity_id=other.entity_id, canonical=other.canonical, etype=other.etype,
                            country_code=other.country_code)
        out.append(c)
    return out


def development_area_names(text: str, cands: list[Cand], area_heads: tuple[str, ...]) -> list[Cand]:
    """Each place candidate '<X> <area head>' ('Kai Tak New Development Area') where another place candidate of
    the text is X ('Kai Tak') becomes X's place (one row)."""
    if not area_heads:
        return cands
    short = {clean_name(text[c.start:c.end]): c for c in cands if c.label == "PLACE"}
    out = []
    for c in cands:
        name = clean_name(text[c.start:c.end]) if c.label == "PLACE" else ""
        head = next((h for h in area_heads if name.endswith(f" {h}")), None)
        other = short.get(name[:-len(head) - 1]) if head is not None else None
        if other is not None and other.entity_id != c.entity_id:
            c = replace(c, entity_id=other.entity_id, canonical=other.canonical, etype=other.etype,
                        country_code=other.country_code)
        out.append(c)
    return out
