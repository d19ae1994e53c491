"""Text + candidates → a body named by its topic and the two places its remit links, as one name: 'the Consultative
Committee on Economic and Trade Co-operation between Hong Kong and the Mainland', 'the Joint Working Group on Trade
between Hong Kong and Singapore' (eninst, session 23; fc22 cut such a name before 'between').

A 'between A and B' phrase right after a capitalised body's of/on/for-complement belongs to the name (its topic goes
on: the co-operation between the two places), and the places inside are no mentions there (GUIDELINES: a place named
only inside an institution's name is not listed). Only for a name no gazetteer knows (a known body's name is complete:
'the HKMA between ...' is no name), only where both A and B are place candidates, and only for a joint body's head before the complement (data:
between_body_heads); a match at each candidate's end."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand, synthetic_id

COMPLEMENT = re.compile(r"[ ](?:of|on|for)[ ]+(?:the[ ]+)?[A-Z]")  # 'Committee on Economic ...'
BETWEEN = re.compile(r"[ \t\n]+between[ \t\n]+(?:the[ \t\n]+)?")
AND = re.compile(r"[ \t\n]+and[ \t\n]+(?:the[ \t\n]+)?")


@lru_cache(maxsize=1)
def joint_heads() -> tuple[str, ...]:
    """The heads of joint bodies whose remit links two places ('Committee', 'Working Group', 'Task Force'): data,
    not_entities.en.json between_body_heads; 'the Department of Commerce between A and B' is no such name."""
    return tuple(" " + h for h in load_json_data("not_entities.en.json").get("between_body_heads", []))


def between_complements(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """`cands` with each unknown 'X on Y' + ' between A and (the) B' (A, B places) one name, without A and B."""
    if " between " not in text:
        return cands
    places = {c.start: c for c in cands if c.label == "PLACE"}
    grown: dict[int, Cand] = {}  # the index of a grown body → its whole name
    inside: list[tuple[int, int]] = []
    for i, c in enumerate(cands):
        comp = COMPLEMENT.search(text, c.start, c.end) if c.label == "INSTITUTION" and c.entity_id not in known \
            else None
        if comp is None or not (" " + text[c.start:comp.start()]).endswith(joint_heads()):
            continue
        m = BETWEEN.match(text, c.end)
        first = places.get(m.end()) if m is not None else None
        link = AND.match(text, first.end) if first is not None else None
        second = places.get(link.end()) if link is not None else None
        if m is None or second is None:
            continue
        canonical = clean_name(text[c.start:second.end])
        grown[i] = replace(c, end=second.end, entity_id=synthetic_id("INSTITUTION", canonical), canonical=canonical)
        inside.append((m.end(), second.end))
    if not grown:
        return cands
    return [grown.get(i, c) for i, c in enumerate(cands)
            if not (c.label == "PLACE" and any(s <= c.start and c.end <= e for s, e in inside))]


__all__ = ["between_complements"]
