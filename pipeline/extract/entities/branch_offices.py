"""Text + entity candidates → a place's office named by an office acronym ('the Geneva ETO', 'Tokyo ETO').

A government keeps offices abroad and names each by its city and the office's acronym ('the London ETO' is
the Hong Kong Economic and Trade Office in London; 'HKETO Jakarta' puts the acronym first), or by its full name,
a comma and the city ('Hong Kong Economic and Trade Office, Jakarta'). Such a name is one institution, and the
city inside it is no mention of the city (GUIDELINES: a place named only inside an institution's name is not
listed); the short name defined in brackets right after the full one ('..., Jakarta (HKETO Jakarta)') is the same
office. The acronyms are those the document spells out with an office head ('Economic and Trade Offices (ETO)') and the
few that governments use without spelling them out (`office_acronyms` in not_entities.en.json).
A plural acronym ('the Mainland ETOs') is a class of offices: the place before it stays a modifier, as with
'the Mainland Offices'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, singular, synthetic_id
from pipeline.regexgate import LineGated

# 'Economic and Trade Offices (ETO)', 'Consulate-General (CG)': the head word right before the bracket
DEFINED = LineGated(re.compile(r"\b([A-Z][\w-]*)[ ]\(([A-Z]{2,6})s?\)"), re.compile(r"[ ]\([A-Z]{2,6}s?\)"))  # (LineGated)
AFTER_PLACE = re.compile(r"[ ]([A-Z]{2,6})(?![\w'’&-])")
BEFORE_PLACE = re.compile(r"(?<![\w'’&-])([A-Z]{2,6})[ ]$")
# 'X Office, Berlin' / 'X Office (XO), Berlin': an office's name, a comma and its city (then no list goes on)
COMMA_OFFICE = re.compile(r"(?<![\w-])(Office|Consulate|Consulate-General|Embassy|Mission)"
                          r"(?:[ ]\([A-Z][A-Za-z]{1,8}\))?,[ ]$")
CITY_END = re.compile(r"[ \t]*(?:[(.,;:)]|\n|$|[ ](?!and\b|or\b)[a-z])")
# an NER span '(the) Geneva ETO': one to three capitalised words (the city) and the acronym
NER_OFFICE = re.compile(r"(?:[Tt]he[ ])?((?!The[ ])[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]([A-Z]{2,6})")


def office_acronyms(text: str, office_heads: Iterable[str], known: Iterable[str]) -> frozenset[str]:
    """Acronyms of offices in this text: spelled out after an office head whose initial ends the acronym, or known."""
    heads = set(office_heads)
    found = {m.group(2) for m in DEFINED.finditer(text)
             if singular(m.group(1)) in heads and m.group(2)[-1] == m.group(1)[0].upper()}
    return frozenset(found | set(known))


def branch_offices(text: str, cands: list[Cand], ents: list[tuple[int, int, str]],
                   acronyms: frozenset[str]) -> list[Cand]:
    """Each place candidate followed by an office acronym, and each name the NER reads as ending in one
    ('the Geneva ETO', a city no gazetteer holds), becomes that office (an institution); a candidate inside
    it ('ETO' read as a body of its own, the city) goes."""
    if not acronyms:
        return cands
    spans: list[tuple[int, int, str]] = []
    named: dict[int, Cand] = {}
    for c in cands:
        m = AFTER_PLACE.match(text, c.end) if c.label == "PLACE" else None
        if m is not None and m.group(1) in acronyms:
            spans.append((c.start, m.end(1), c.country_code))
        b = BEFORE_PLACE.search(text, max(0, c.start - 8), c.start) if c.label == "PLACE" else None
        if b is not None and b.group(1) in acronyms:
            spans.append((b.start(1), c.end, c.country_code))  # 'HKETO Jakarta': the office's own order
        comma = COMMA_OFFICE.search(text, max(0, c.start - 20), c.start) if c.label == "PLACE" else None
        if comma is not None and CITY_END.match(text, c.end):
            body = next((i for i in cands if i.label == "INSTITUTION" and i.end == comma.end(1)), None)
            if body is not None:  # 'Hong Kong Economic and Trade Office (HKETO), Berlin'
                spans.append((body.start, c.end, c.country_code))
                if any(o is not body and o.entity_id == body.entity_id for o in cands):
                    named[body.start] = body  # its acronym or other mentions already name it: the same body
    for s, e, _ in ents:
        m = NER_OFFICE.fullmatch(text, s, e)
        if m is not None and m.group(2) in acronyms and not any(a <= m.start(1) < b for a, b, _ in spans):
            spans.append((m.start(1), e, ""))
    # a body another rule already named over the whole span stays ('the Wuhan QTO' → its spelled-out name)
    spans = [(s, e, cc) for s, e, cc in spans
             if not any(c.label == "INSTITUTION" and c.start <= s and e <= c.end for c in cands)]
    if not spans:
        return cands
    offices = []
    for s, e, cc in spans:
        name = clean_name(re.sub(r"[ ]\([A-Z][A-Za-z]{1,8}\),", ",", text[s:e]))
        if s in named:
            offices.append(replace(named[s], end=e))
            continue
        offices.append(Cand(s, e, "INSTITUTION", synthetic_id("INSTITUTION", name), name, "office", cc, "",
                            "rule", 0.8))
    offices.sort(key=lambda o: o.start)
    same: dict[str, Cand] = {}  # 'Hong Kong Economic and Trade Office, Jakarta (HKETO Jakarta)': one office
    for full, short in zip(offices, offices[1:]):
        if text[full.end:short.start] == " (" and text[short.end:short.end + 1] == ")":
            same.setdefault(short.canonical, full)
    offices = [o if o.canonical not in same else
               Cand(o.start, o.end, o.label, same[o.canonical].entity_id, same[o.canonical].canonical, o.etype,
                    o.country_code, o.canonical, o.method, o.confidence) for o in offices]
    kept = [c for c in cands if not any(o.start < c.end and c.start < o.end for o in offices)]
    return sorted(kept + offices, key=lambda c: (c.start, c.end))


# 'the Economic and Trade Office (ETO) in ' / 'The Hong Kong Economic and Trade Office in ' right before a place: one
# definite office named by its seat (its short form in brackets may stand between); the words are the office's name,
# at least one before the head ('our staff at the Office in Singapore': a bare head names no office; review-reven S1)
OFFICE_SEAT = re.compile(r"(?<![\w'’-])[Tt]he[ ]+(?:[A-Z][\w'’&-]*[ ]+(?:(?:and|of|for|the)[ ]+)?){1,8}?([A-Z][\w-]*)"
                         r"(?:[ ]+\([A-Z][A-Za-z]{1,8}\))?[ ]+in[ ]+$")


def office_seats(text: str, cands: list[Cand], office_heads: Iterable[str]) -> list[Cand]:
    """`cands` less each place that follows a definite office's name and 'in': 'the Economic and Trade Office (ETO) in
    Wuhan' names that office by where it sits (not_entities.en.json office_heads); the city in it is no mention, as in
    'the Wuhan ETO' (GUIDELINES: a place named only inside an institution's name is not listed). 'an ETO in Seoul' (a
    kind of office, session-15 ruling) and 'our ETOs in Europe' (a class) leave the place as read."""
    heads = set(office_heads)
    out = []
    for c in cands:
        if c.label == "PLACE" and text[c.start - 4:c.start] == " in ":
            m = OFFICE_SEAT.search(text, max(0, c.start - 160), c.start)
            if m is not None and m.group(1) in heads:
                continue
        out.append(c)
    return out
