"""Candidates of one document → those that are no sector's name: a capitalised name the gazetteers do not know,
written right before the lower-case noun 'sector(s)' or 'industry/industries', alone or as the last of a list
('the Services, Construction, and Marine Shipyard and Process sectors', 'the Retail industry'), names a branch of the
economy, no place or body (the list's earlier names are its other sectors). Checked per candidate at its end (no
scan of the text)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from pipeline.extract.entities.spans import Cand

# after the candidate: the sector noun, or one more capitalised name joined by 'and'/'or' and a plural sector noun
# they share ('Marine Shipyard and Process sectors'). A singular noun after 'and (the) Y' is Y's alone: 'the Lantau
# Youth Alliance and the Tourism sector' names a body and a sector
SECTOR_AFTER = re.compile(r"[ ](?:sectors?|industry|industries)\b"
                          r"|,?[ ](?:and|or|&)[ ][A-Z][\w&-]*(?:[ ][A-Z][\w&-]*){0,3}[ ](?:sectors|industries)\b")
# a list before it: 'the Services, Construction, and ' (each item read back from the candidate's start)
LIST_BEFORE = re.compile(r"(?:,[ ](?:and[ ])?|[ ]and[ ])$")


def sector_names(text: str, cands: list[Cand], known: Container[str],
                 head_type: Callable[[str], str | None]) -> list[Cand]:
    """`head_type`: an institution whose head names a body ('the Dah Sing Foundation, ... and the Banking sector',
    'Singapore Airlines') is never read as a sector."""
    if "sector" not in text and "industr" not in text:
        return cands
    ends: dict[int, Cand] = {}  # the longest candidate ending at each offset (a nested name shares its end)
    for c in cands:
        if c.end not in ends or c.start < ends[c.end].start:
            ends[c.end] = c
    drop: set[int] = set()
    for c in cands:
        if sector_like(text, c, known, head_type) and SECTOR_AFTER.match(text, c.end):
            drop.add(c.start)
            # the earlier unknown names of the same list ('the Services, Construction, and Marine Shipyard ... sectors')
            at = c.start
            while (m := LIST_BEFORE.search(text, max(0, at - 7), at)) is not None:
                prev = ends.get(m.start()) or ends.get(m.start() - 1)
                if prev is None or not sector_like(text, prev, known, head_type):
                    break
                drop.add(prev.start)
                at = prev.start
    return [c for c in cands if c.start not in drop] if drop else cands


def sector_like(text: str, c: Cand, known: Container[str], head_type: Callable[[str], str | None]) -> bool:
    """An unknown place or institution name that may name a sector (not one whose head names a body)."""
    return c.label in ("PLACE", "INSTITUTION") and c.entity_id not in known and \
        not (c.label == "INSTITUTION" and head_type(text[c.start:c.end]) == "INSTITUTION")
