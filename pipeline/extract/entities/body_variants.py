"""A document's candidates → the same candidates, where one body no gazetteer knows, named twice with a known name
inside written two ways, is one entity ('the Office of the Government of the HKSAR in Beijing' and 'the Office of
the Government of the Hong Kong Special Administrative Region in Beijing'), and so is one named with and without an
article after its preposition ('the Board of Governors of Hong Kong Arts Centre' in a headline, 'of the Hong Kong Arts
Centre' in the text; 'the Bills Committee on (the) X Bill'), and one named with its parent before or after its head
('the Board of the X Authority', 'the X Authority Board'): the later names take the first one's id and canonical
name. A committee named after its parent body ('the Legislative Council Panel on Transport') and named without it in
the same text ('the Panel on Transport') is one body too: the short name takes the long one's id and canonical name;
so is a committee named with its parent after 'of (the)' ('the Investment Sub-Committee of the X Advisory Committee')
and named without it ('the Investment Sub-Committee')."""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Collection
from typing import Any

from pipeline.extract.entities.spans import Cand

ARTICLE_AFTER = re.compile(r"\b(of|on|for|in|to|at) the ")  # (the key is case-folded)
OF_PARENT = re.compile(r" of (?:the )?(?=[A-Z])")  # 'X Sub-Committee' + ' of the ' + its parent body
# 'Board of X' is 'X Board'; 'Central Committee of X' is 'X Central Committee' (words before the head go with it)
HEAD_OF = re.compile(r"((?:[\w'’-]+ ){0,2}?(?:board|committee|council|panel)) of (.+)")
HK_WORD = re.compile(r"(?<![\w&'’-])HK(?![\w&'’-])")  # the usual short form of 'Hong Kong' inside a body's name


def variant_key(name: str, matcher: Any) -> str:
    """The name with every gazetteer name inside it (a place, a government) written as its canonical name; 'HK'
    inside a name is Hong Kong ('Council of HK Indian Associations' = 'Council of Hong Kong Indian Associations')."""
    name = HK_WORD.sub("Hong Kong", name) if "HK" in name else name
    parts, at = [], 0
    for s, e, entry in matcher.find(name):
        if s < at:
            continue
        parts += [name[at:s], entry.canonical]
        at = e
    parts.append(name[at:])
    # 'Development & International Group' = 'Development and International Group': an ampersand is 'and'
    key = ARTICLE_AFTER.sub(r"\1 ", " ".join("".join(parts).replace(" & ", " and ").split()).casefold())
    m = HEAD_OF.fullmatch(key)
    return f"{m.group(2)} {m.group(1)}" if m else key


def without_parent(name: str, matcher: Any) -> str | None:
    """'Legislative Council Panel on Transport' → 'Panel on Transport': the name less a known body's name opening it,
    when two capitalised words or more are left; else None."""
    found = next(iter(matcher.find(name)), None)
    if found is None or found[0] != 0 or found[2].table != "institution" or name[found[1]:found[1] + 1] != " ":
        return None
    rest = name[found[1] + 1:]
    return rest if rest[:1].isupper() and " " in rest else None


def before_parent(name: str, matcher: Any, bodies: Collection[str]) -> str | None:
    """'Investment Sub-Committee of the Exchange Fund Advisory Committee' → 'Investment Sub-Committee': the name less
    'of (the)' and a body's whole name closing it (a gazetteer institution, or a body the document names on its own:
    `bodies`), when two capitalised words or more are left; else None."""
    for m in OF_PARENT.finditer(name):
        rest, parent = name[:m.start()], name[m.end():]
        found = next(iter(matcher.find(parent)), None)
        if parent in bodies or found is not None and found[:2] == (0, len(parent)) and found[2].table == "institution":
            return rest if rest[:1].isupper() and " " in rest else None
    return None


def placed_body(name: str, entries: dict[str, Any], matcher: Any) -> Any:
    """'Hong Kong Securities and Futures Commission', 'the Hong Kong Stock Exchange': a place, then a known body's
    whole name, where the body is that place's own (same country code; the body's home written before its name, as
    foreign texts do) → that body; 'Shenzhen Stock Exchange' is no Hong Kong body and stays itself."""
    found = [(s, e, entry) for s, e, entry in matcher.find(name)]
    place = next(((s, e, x) for s, e, x in found if s == 0 and x.table == "place"), None)
    if place is None or not place[2].country_code:
        return None
    rest = name[place[1]:].lstrip()
    body = next((x for s, e, x in found if e == len(name) and x.table == "institution" and
                 name[s:e] == rest), None)
    if body is None or body.id not in entries or body.country_code != place[2].country_code:
        return None
    return body


def same_bodies(cands: list[Cand], entries: dict[str, Any], matcher: Any) -> list[Cand]:
    first: dict[str, Cand] = {}
    parented: dict[str, Cand] = {}  # key of the name less its parent → the first name with the parent
    bodies = {c.canonical for c in cands if c.label == "INSTITUTION"}
    for c in cands:
        if c.label == "INSTITUTION" and c.entity_id not in entries and " " in c.canonical:
            rest = without_parent(c.canonical, matcher) or before_parent(c.canonical, matcher, bodies)
            if rest is not None:
                parented.setdefault(variant_key(rest, matcher), c)
    out = []
    for c in cands:
        body = placed_body(c.canonical, entries, matcher) \
            if c.label == "INSTITUTION" and c.entity_id not in entries and " " in c.canonical else None
        if body is not None:
            c = replace(c, entity_id=body.id, canonical=body.canonical, etype=body.type,
                        country_code=body.country_code, acronym=body.acronym)
        if c.label == "INSTITUTION" and c.entity_id not in entries and " " in c.canonical:
            key = variant_key(c.canonical, matcher)
            seen = parented.get(key) or first.setdefault(key, c)
            if seen.entity_id != c.entity_id:
                c = replace(c, entity_id=seen.entity_id, canonical=seen.canonical)
        out.append(c)
    return out
