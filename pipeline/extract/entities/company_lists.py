"""Text + the model's spans + candidates → the companies of a list of short names most of which the model reads as
organisations ('Ant Financial, the fintech arm of Alibaba, Singtel, Razer and Grab': Ant Financial and Singtel are
ORG, so Razer (read as a person) and Grab (read as a place) are listed companies too). Items of one coordination are
things of one kind; a name a gazetteer knows as a place, or a person's name, keeps its own type; a list with a kind of
body in the plural ('to serve on Public Bodies, Advisory Boards and Committees') names kinds, no companies, and one
with a programme's or an account's head ('top-ups to the Child Development Account, Edusave Account or Post-Secondary
Education Account') names programmes (GUIDELINES: schemes and funds are no bodies; eninst, session 22)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id

ITEM = re.compile(r"[A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){0,3}")
SEP = re.compile(r",[ ]+(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+")
# an apposition between two items describes the one before it: 'Ant Financial, the fintech arm of Alibaba, Singtel'
APPOSITION = re.compile(r"(?:the|a|an|its|their)[ ][a-z][^,.;:()\n]{0,60},[ ]+")
# (led by its first capital, the character before it tested after: a search led by '\b' tried every position; the same
# matches, 0.22 -> 0.07 ms per 2,000-word document)
CAPS_WORD = re.compile(r"[A-Z](?<!\w.)[A-Z]+\b")
NOT_ITEMS = {"Hon", "The", "A", "An", "And", "Or", "But", "In", "On", "At", "For", "By", "With", "From", "To", "Of", "As",
             "Mr", "Ms", "Mrs", "Dr", "Madam", "Professor", "Prof", "Sir"}


def trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """An item without a sentence's full stop ('... and Grab.'); 'Co.' keeps its own."""
    while e > s and text[e - 1] == "." and not text[s:e].endswith((" Co.", " Inc.", " Ltd.", " Corp.", " Bhd.")):
        e -= 1
    return s, e


def name_lists(text: str) -> list[list[tuple[int, int]]]:
    """Runs of three or more capitalised names joined by commas and 'and'/'or' (an apposition may follow an item)."""
    out: list[list[tuple[int, int]]] = []
    pos = 0
    while True:
        m = ITEM.search(text, pos)
        if m is None:
            return out
        items = [trimmed(text, *m.span())]
        at = m.end()
        while True:
            sep = SEP.match(text, at)
            if sep is None:
                break
            nxt = sep.end()
            app = APPOSITION.match(text, nxt) if sep.group().startswith(",") else None
            if app is not None and len(items) >= 1:
                nxt = app.end()
            item = ITEM.match(text, nxt)
            if item is None or item.group().split()[0] in NOT_ITEMS:
                break
            items.append(trimmed(text, *item.span()))
            at = item.end()
        if len(items) >= 3 and not text[items[0][0]:items[0][1]].split()[0] in NOT_ITEMS:
            out.append(items)
        pos = max(at, m.end())


def title_line(text: str, at: int) -> bool:
    """The line holds no lower-case word but 'and', 'or', 'of', 'the' (a heading or a contents line)."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end]
    return not any(w[:1].islower() and w not in ("and", "or", "of", "the", "for") for w in re.findall(r"[A-Za-z]+", line))


def listed_organisations(text: str, ents: list[tuple[int, int, str]], cands: list[Cand],
                         known_place: Callable[[str], bool], persons: set[str],
                         plural_kind: Callable[[str], bool] = lambda _: False,
                         not_bodies: frozenset[str] = frozenset(),
                         head_type: Callable[[str], str | None] = lambda _: None) -> list[Cand]:
    """`cands` with the items of a name list the model reads mostly as organisations ('A, B, C and D' with two or
    more ORG spans and no item a known place or a person) typed as companies; a model-only place on such an item
    gives way, unless a place's head word ends it ('Upper Shing Mun Reservoir, Lower Shing Mun and Plover Cove
    Reservoir': the reservoir stays a place, review M5 of session 27)."""
    orgs = {(s, e) for s, e, label in ents if label == "ORG"}
    for items in name_lists(text):
        surfaces = [text[s:e] for s, e in items]
        if sum(span in orgs for span in items) < 2 or any(known_place(x) or x in persons for x in surfaces) or \
                any(CAPS_WORD.search(x) for x in surfaces) or title_line(text, items[0][0]) or \
                any(plural_kind(x) for x in surfaces):
            continue  # (honours and names in capitals: 'Hon Eric LI, OBE, JP'; a contents line in title case; kinds of
            # body: 'Advisory Boards', 'Committees')
        for (s, e), surface in zip(items, surfaces):
            if surface in not_bodies:
                continue  # 'sign FTAs, IPPAs and CDTAs': short forms the text defines for agreements (not_bodies)
            covering = [c for c in cands if c.start < e and s < c.end]
            if any(c.label == "INSTITUTION" or c.method != "ner" and (c.label is not None or (c.start, c.end) != (s, e))
                   for c in covering):
                continue  # (a gazetteer's or another rule's reading stands; a one-word name no rule could type
                # gives way: 'Singtel')
            if head_type(surface) == "PLACE" and any(c.label == "PLACE" for c in covering):
                continue
            cands = [c for c in cands if c not in covering]
            canonical = clean_name(surface)
            cands.append(Cand(s, e, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "company", "", "",
                              "rule", 0.7))
    return cands
