"""Place candidates → the same, less the places that are only a part of a longer name (English; GUIDELINES: a place
named only inside a longer name is not listed).

A currency named by its place ('the Hong Kong dollar', 'Hong Kong dollar assets', 'Singapore dollars') is no mention
of the place (DECISIONS 20 for the symbol 'US$'; the gazetteer matcher already leaves out the names it finds before
'dollar', aliases.AliasMatcher.currency_prefix; this holds for every other rule's place too, such as a romanised name
after 'in': 'a rise in Hong Kong dollar assets').

English shares a head noun between coordinated names and puts it in the plural ('the Kowloon East and New Territories
West Clusters', 'the Guangdong and Hong Kong Governments'). When that head is a body's or a programme's head word
(head_kind INSTITUTION or NOT), each conjunct is the opening of such a name, and a place in it is part of that name, no
mention of its own — where the conjuncts open with places (two or more); a single place before coordinated words
modifies the whole class ('the Mainland Liaison and Trade Offices': a place); a plural place head ('the Tung Chung
and Tseung Kwan O New Towns') is shared_place_heads' case.

A heading that opens a line with a verb in its base form ('Improve Country Parks', 'Upgrade Public Piers': an
instruction, as budget speeches and policy addresses title their paragraphs) names no place when the words after the
verb are only a kind of place (a place head, in the plural or not) and fill the line; a name no gazetteer knows only
('such as\nHarbour City in ...' is a wrapped line, no heading).

An acronym the text defines in brackets ('the Global Innovation Alliance (GIA)') written right before a place ('we
launched GIA Beijing') names that body's or programme's branch in the place: the place is part of that name, no
mention of its own (GUIDELINES), as a place before an office's acronym is ('the Geneva ETO', branch_offices) — unless
an auxiliary or a finite verb follows the place ('Since joining RCEP Singapore has deepened ...': it is the subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from pipeline.extract.entities.aliases import AliasMatcher
from pipeline.extract.figures.numbers import load_verbs
from pipeline.extract.entities.shared_place_heads import COORDINATED
from pipeline.extract.entities.spans import Cand


def currency_places(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates less the places written right before 'dollar(s)' (module doc)."""
    if "ollar" not in text:
        return cands
    return [c for c in cands if not (c.label == "PLACE" and AliasMatcher.currency_prefix(text, c.end))]


def places_in_shared_names(text: str, cands: list[Cand], head_kind: Callable[[str], str | None]) -> list[Cand]:
    """The candidates less the places inside the conjuncts of a coordination under a plural body or programme head
    (module doc)."""
    if " and " not in text:
        return cands
    spans = []
    for m in COORDINATED.finditer(text):
        if m.group(2) and head_kind(m.group(2).split()[-1]) in ("INSTITUTION", "NOT"):
            spans.append(m.span(1))
    if not spans:
        return cands
    places = [c for c in cands if c.label == "PLACE"]
    # a place in every conjunct shares the head ('the Kowloon East and Kowloon West Clusters'); a place opening one
    # conjunct only modifies the whole class ('the Mainland Liaison and Trade Offices': offices on the Mainland)
    spans = [(s, e) for s, e in spans if sum(s <= c.start and c.end <= e for c in places) >= 2]
    return [c for c in cands if not (c.label == "PLACE" and any(s <= c.start and c.end <= e for s, e in spans))]


DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]*[A-Z])\)")


def branch_places(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates less the places written right after an acronym the text defines (module doc)."""
    if "(" not in text:
        return cands
    defined = {m.group(1) for m in DEFINED_ACRONYM.finditer(text)}
    if not defined:
        return cands

    def branch(c: Cand) -> bool:
        if c.label != "PLACE" or text[c.start - 1:c.start] != " ":
            return False
        word = text[max(0, c.start - 40):c.start - 1].rsplit(None, 1)[-1:] or [""]
        return word[0] in defined and not any(o.label == "PLACE" and o.end == c.start - 1 for o in cands) \
            and not opens_clause(text[c.end:])
    return [c for c in cands if not branch(c)]


AUXILIARIES = frozenset("has have had is are was were will would can could may might shall should must does did".split())
NEXT_WORD = re.compile(r"[ ]+([a-z]+)\b")


def opens_clause(rest: str) -> bool:
    """Whether the words after a place begin its clause's verb: an auxiliary or a finite verb in -s / -ed ('Since
    joining RCEP Singapore has deepened ...': the place is the subject, no branch of the acronym before it)."""
    m = NEXT_WORD.match(rest)
    if not m:
        return False
    word, verbs = m.group(1), load_verbs()
    return word in AUXILIARIES or word.endswith("s") and word[:-1] in verbs or word.endswith("ed") and (
        word[:-2] in verbs or word[:-1] in verbs)


def instruction_headings(text: str, cands: list[Cand], known: Container[str],
                         head_kind: Callable[[str], str | None]) -> list[Cand]:
    """The candidates less the unknown places that open a line with a base-form verb and go on with a kind of place
    only (module doc)."""
    def instruction(c: Cand) -> bool:
        if c.label != "PLACE" or c.entity_id in known or c.start > 0 and text[c.start - 1] != "\n":
            return False
        if text[c.end:c.end + 1] not in ("", "\n") and not text[c.end:].lstrip(" \t").startswith("\n"):
            return False  # a heading fills its line; a name opening a wrapped line goes on ('such as\nHarbour City in')
        verb, _, rest = text[c.start:c.end].partition(" ")
        return bool(rest) and verb[:1].isupper() and verb.lower() in load_verbs() and head_kind(rest) == "PLACE" \
            and rest.split()[0][:1].isupper()
    return [c for c in cands if not instruction(c)]


__all__ = ["branch_places", "currency_places", "instruction_headings", "places_in_shared_names"]
