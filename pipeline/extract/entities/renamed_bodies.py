"""A document's candidates → the same candidates, where a body and its new name are one entity ('rename the Panel on
X as the Panel on X and Y', 'the X Office was renamed the Y Office'): the new name takes the old one's id and canonical
name, as a gold entry lists a renamed body once with both names (a former name in brackets: brackets_en.former_names)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.spans import Cand

RENAME_BEFORE = re.compile(r"\brenam(?:e|es|ed|ing)\b[^.;:\n]{0,240}$")  # 'to rename, among the 18 Panels, ' + A
AS_BETWEEN = re.compile(r"[ ]+(?:as|to|into)[ ]+(?:the[ ]+)?")  # A + ' as the ' + B
RENAMED_BETWEEN = re.compile(r",?[ ]+(?:(?:was|were|is|has[ ]+been|had[ ]+been|will[ ]+be|be)[ ]+)?renamed[ ]+"
                             r"(?:as[ ]+|to[ ]+)?(?:the[ ]+)?")  # A + ' was renamed the ' + B


def renamed_bodies(text: str, cands: list[Cand]) -> list[Cand]:
    bodies = sorted((c for c in cands if c.label == "INSTITUTION"), key=lambda c: (c.start, c.end))
    new_of: dict[tuple[int, int], Cand] = {}
    for old, new in zip(bodies, bodies[1:]):
        if new.entity_id == old.entity_id or new.start < old.end:
            continue
        between = text[old.end:new.start]
        if RENAMED_BETWEEN.fullmatch(between) or AS_BETWEEN.fullmatch(between) and \
                RENAME_BEFORE.search(text, max(0, old.start - 250), old.start):
            new_of[(new.start, new.end)] = new_of.get((old.start, old.end), old)
    if not new_of:
        return cands
    ids = {(c.entity_id): new_of[(c.start, c.end)] for c in bodies if (c.start, c.end) in new_of}
    return [replace(c, entity_id=ids[c.entity_id].entity_id, canonical=ids[c.entity_id].canonical)
            if c.label == "INSTITUTION" and c.entity_id in ids else c for c in cands]
