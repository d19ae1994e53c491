"""Place candidates repaired where English writes a site's name in a way the model and the head rules misread.

Places named after a royal or a saint in the possessive ('King's Park Hockey Ground', 'Queen's Pier', 'St John's
Cathedral'): the model cuts the name at the possessive and keeps only 'Park Hockey Ground'. The title and its
possessive open the name (English names sites so; `dedication_openers` of built_facilities.en.json: 'King',
'Queen', 'Prince', 'Princess', 'Saint', 'St' ...), so a place read right after one is read from the title on.

A body's name with 'Headquarters' after it ('the expansion of the Red Cross Blood Transfusion Service Headquarters')
names the body's building, a site (DECISIONS 41, named facilities), not the body: one place, the body inside it no
mention (GUIDELINES: a name inside a longer name is not listed).

A street named with a Malay word for road before its name ('Jalan Benaan Kapal', 'Lorong Chencharu': Singapore
and Malaysia; `road_openers` of not_entities.en.json) is a road, no place (GUIDELINES: roads are neither places nor
institutions), as a name ending in 'Road' is.

A road's name with a compass word after it ('Pioneer Road North', 'Yishun Avenue 1' is a road too) is a road, as a name
ending in 'Road' is (`road_words`).

Hong Kong writes a district's council as the district's name and 'DC' ('the North DC', 'the Eastern DC', 'Sha Tin
DC'): that is the district council, a body, no place.

An unknown word after a gerund and 'our' names what a programme or a heading's slogan remakes, no place ('the Remaking
our Heartland programme', 'Rejuvenating Our Heartlands'); a known place stays ('Greening our Kowloon East').

A place written with Hong Kong's short form of the New Territories ('the NT East Cultural Centre') in a text that
also writes the full form ('the New Territories East Cultural Centre') is that place again (one entity per real
thing, issue 14 item 7)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.spans import Cand, synthetic_id

SHORT_FORMS = (("NT ", "New Territories "),)
DISTRICT_COUNCIL = re.compile(r"(.+)[ ]DCs?")
SLOGAN_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+ing[ ]+[Oo]ur[ ]+$")
HEADQUARTERS = re.compile(r"[ ]Headquarters(?![\w'’-])")
# "the Penny's Bay Quarantine Centre": an article never opens a proper name's possessive ('Singapore's Marina Bay', not
# 'the Singapore's ...'), so after one the possessive name opens the place's own name (review M9, session 27)
ARTICLE_OWNER = re.compile(r"(?<![\w'’-])(?:the|The)[ ]([A-Z][a-z]+)['’]s[ ]$")


def dedication_pattern(openers: Collection[str]) -> re.Pattern[str]:
    """'King's ', 'St John's ': a title (perhaps with a name after it) and its possessive, right before a name."""
    return re.compile(r"(?<![\w'’-])(?:%s)[.]?(?:[ ][A-Z][a-z]+)?['’]s[ ]$" %
                      "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True)))


def _road(name: str, road_openers: Collection[str], road_words: Collection[str], compass: Collection[str]) -> bool:
    words = name.split()
    return len(words) > 1 and (words[0] in road_openers or
                               len(words) > 2 and words[-1] in compass and words[-2] in road_words)


def _district_council(text: str, c: Cand, whole_entry: Callable[[str], Any]) -> Cand | None:
    """'North DC' -> the North District Council, when the name before 'DC' is a Hong Kong place's."""
    m = DISTRICT_COUNCIL.fullmatch(text, c.start, c.end)
    places = [whole_entry(m.group(1)), whole_entry(f"{m.group(1)} District")] if m else []
    if not any(p is not None and p.table == "place" and p.country_code == "HK" for p in places):
        return None  # ('North' alone may be no entry; 'North District' is)
    name = f"{m.group(1)} District Council"  # type: ignore[union-attr]
    body = whole_entry(name)
    if body is not None and body.table == "institution":
        return Cand(c.start, c.end, "INSTITUTION", body.id, body.canonical, body.type, "HK", "", "rule", 0.85)
    return Cand(c.start, c.end, "INSTITUTION", synthetic_id("INSTITUTION", name), name, "council", "HK", "DC", "rule",
                0.85)


def repaired_places(text: str, cands: list[Cand], pattern: re.Pattern[str], road_openers: Collection[str],
                    road_words: Collection[str], compass: Collection[str], known: Collection[str],
                    whole_entry: Callable[[str], Any]) -> list[Cand]:
    """Place candidates grown leftwards over a title's possessive that opens their name (`pattern`,
    dedication_pattern), a body's 'Headquarters' read as its building, roads after a Malay road word dropped, and
    short forms of the New Territories read as the full name written in the same text (module doc)."""
    cands = [c for c in cands if not (c.label == "PLACE" and c.entity_id not in known and
                                      _road(text[c.start:c.end], road_openers, road_words, compass))]
    if "ing our " in text or "ing Our " in text:
        cands = [c for c in cands if not (c.label == "PLACE" and c.entity_id not in known and
                                          SLOGAN_BEFORE.search(text, max(0, c.start - 30), c.start))]
    if " DC" in text:
        cands = [(_district_council(text, c, whole_entry) or c) if c.label == "PLACE" and c.entity_id not in known
                 else c for c in cands]
    if "'s " in text or "’s " in text:
        grown = []
        inside: set[int] = set()  # the model's owner words now inside a grown name ("Penny" of "Penny's Bay ...")
        for c in cands:
            m = pattern.search(text, max(0, c.start - 24), c.start) if c.label == "PLACE" and \
                c.entity_id not in known and text[c.start:c.start + 1].isupper() else None
            owner = ARTICLE_OWNER.search(text, max(0, c.start - 24), c.start) if m is None and c.label == "PLACE" \
                and c.entity_id not in known and text[c.start:c.start + 1].isupper() else None
            if owner is not None:
                s = owner.start(1)
                over = [o for o in cands if o.start < c.start and s < o.end]
                if whole_entry(owner.group(1)) is None and all(
                        o.method == "ner" and o.entity_id not in known and s <= o.start for o in over):
                    inside.update(id(o) for o in over)
                    name = text[s:c.end]
                    c = replace(c, start=s, entity_id=synthetic_id("PLACE", name), canonical=name)
            if m is not None and not any(o.end > m.start() and o.start < m.start() for o in cands):
                name = text[m.start():c.end]
                c = replace(c, start=m.start(), entity_id=synthetic_id("PLACE", name), canonical=name)
            grown.append(c)
        cands = [c for c in grown if id(c) not in inside]
    if " Headquarters" in text:
        sites = []
        for c in cands:
            m = HEADQUARTERS.match(text, c.end) if c.label == "INSTITUTION" else None
            if m is not None and not any(o.start < m.end() and c.end < o.end for o in cands):
                name = text[c.start:m.end()]
                c = Cand(c.start, m.end(), "PLACE", synthetic_id("PLACE", name), name, "facility", c.country_code,
                         "", "rule", 0.8)
            sites.append(c)
        cands = sites
    if "NT" not in text:
        return cands
    full = {c.canonical: c for c in cands if c.label == "PLACE"}
    out = []
    for c in cands:
        long = next((full[c.canonical.replace(s, f, 1)] for s, f in SHORT_FORMS
                     if c.label == "PLACE" and c.entity_id not in known and c.canonical.startswith(s) and
                     c.canonical.replace(s, f, 1) in full), None)
        out.append(replace(c, entity_id=long.entity_id, canonical=long.canonical) if long is not None else c)
    return out


__all__ = ["dedication_pattern", "repaired_places"]
