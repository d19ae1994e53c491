"""Candidates without the unknown names that the same text writes in lower case elsewhere (eninst, session 16).

A heading or title capitalises every word: '(A) East-meets-West Centre for International Cultural Exchange' heads
the paragraph that speaks of 'the East-meets-West centre for international cultural exchange' (a role Hong Kong
plays, issue 14 class 1), as 'International Innovation and Technology Centre' heads 'an international innovation and
technology centre'. A name is written with its capitals wherever it stands; when the same words, head word and
all, stand in lower case in the same text, the capitalised form is a common phrase in a heading, not a body's or a
place's name. Only a name that stands in headings alone counts: one capitalised inside a sentence ('the construction of
New Acute Hospital at X' beside 'a new acute hospital') is a name the text gives the thing. Names the gazetteer
knows are kept (a known body is a name wherever it is written), and so are names of one word ('Council' and
'council')."""

from __future__ import annotations

import re
from collections.abc import Container

from pipeline.extract.entities.spans import Cand


def lower_case_names(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """Candidates less the unknown names of two words or more whose words the text also writes with a lower-case
    head word (the same words in the same order, case aside)."""
    common: set[str] = set()
    in_prose: set[str] = set()
    seen: dict[str, bool] = {}
    for c in cands:
        if c.label is not None and not heading_line(text, c.start):
            in_prose.add(c.entity_id)
    for c in cands:
        if c.label is None or c.entity_id in known or c.end <= c.start or c.entity_id in in_prose:
            continue  # (a name the prose writes stays whatever the text writes in lower case)
        surface = " ".join(text[c.start:c.end].split())
        words = surface.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        if surface not in seen:
            pattern = r"(?<![\w'’-])" + r"[ \t\n]+".join(map(re.escape, words)) + r"(?![\w'’-])"
            seen[surface] = any(not any(w[:1].isupper() for w in m.group().split()[1:])
                                for m in re.finditer(pattern, text, re.IGNORECASE))
        if seen[surface]:
            common.add(c.entity_id)
    common -= in_prose
    return cands if not common else [c for c in cands if c.entity_id not in common]


def heading_line(text: str, at: int) -> bool:
    """The line holding `at` is a heading: short, with no sentence's full stop, comma or semicolon at its end."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end].strip()
    return len(line.split()) <= 12 and not line.endswith((".", ",", ";", ":"))


# ('into a', 'as an'; and 'the' after a verb of making something into what it becomes: 'Hung Shui Kiu can be developed
# into the New Territories North Modern Services Centre', 'develop X into the Y Hub' name the role the area takes —
# eninst, session 18); 'as well as an X Team' is a conjunction, no role (eninst, session 22)
# Not 'make/made/build ... into the': 'make a capital injection into the X Corporation' names the body the money goes
# to; nor an object with an article 'a/an' ('turned a profit into the X Fund'): mendena, session 18 review M5
ROLE_BEFORE = re.compile(r"(?<![\w'’-])(?:(?:into|(?<!well[ \t\n])as)[ \t\n]+an?|(?:develop(?:s|ed|ing)?|"
                         r"turn(?:s|ed|ing)?|transform(?:s|ed|ing)?)[ \t\n]+"
                         r"(?:(?!an?[ \t\n])[\w'’/-]+[ \t\n]+){0,4}into[ \t\n]+the)[ \t\n]+$", re.IGNORECASE)  # (an object between)


def role_names(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """Candidates less the unknown bodies named only as a role a place takes, after 'into a' or 'as an' ('Build Hong
    Kong into a Centre for Mega International Sports Events', 'Hong Kong as an International Innovation Hub': a
    named body is 'the' one, never 'a' one), or after 'the' that a verb of making something into what it becomes
    opens ('developed into the X Centre'). A name with such a mention elsewhere keeps all of its mentions."""
    roles: set[str] = set()
    named: set[str] = set()
    for c in cands:
        if c.label != "INSTITUTION" or c.entity_id in known:
            continue
        if ROLE_BEFORE.search(text, max(0, c.start - 80), c.start):
            roles.add(c.entity_id)
        else:
            named.add(c.entity_id)
    roles -= named
    return cands if not roles else [c for c in cands if c.entity_id not in roles]
