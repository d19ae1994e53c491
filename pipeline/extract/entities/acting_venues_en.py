"""Text + candidates → the same, with a venue that receives money made its operator, an institution, in every mention
(eninst, session 20): 'Ocean Park will be allocated $310 million', 'allocate $500 million to Ocean Park'. GUIDELINES:
an organisation that acts (receives funds, sets things up) is an institution; the Chinese rules read a facility that
acts the same way (entities_zh.json acting_facilities, DECISIONS-zh 18). Only gazetteer places of the types in
`funded_venue_types` (not_entities.en.json: theme parks and venues a company runs) turn; a venue where something
is held ('fairs at AsiaWorld-Expo') stays a place. Checked per venue candidate (a match at its end, a search in the
80 characters before it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.spans import Cand, synthetic_id

# 'X will be allocated $N / has received funding …': the venue gets money (not 'received 10 million visitors')
FUNDED_AFTER = re.compile(r"[ ]+(?:(?:will|would|shall|has|have|had|is|was|are|were)[ ]+)?(?:(?:be|been|also)[ ]+)*"
                          r"(?:allocated|granted|given|provided|receiv(?:e|es|ed|ing))\b[^.;:\n]{0,40}?"
                          r"(?:\$|\bfund|\bgrant|\bsubsid|\ballocation|\binjection|\bcapital\b)")
# 'allocate $310 million to X', 'provide funding of $N to the X': the venue is the recipient (not 'provide buses to X');
# its 'to' is the first after the money word ('provide $2 billion to widen the road to X': an infinitive's 'to'
# opens a purpose, the venue is where the road goes; review-reven M5)
RECIPIENT_BEFORE = re.compile(r"\b(?:allocat|provid|grant|inject|earmark|set(?:ting)?[ ]aside|giv)\w*\b[^.;:\n]{0,60}?"
                              r"(?:\$|\bfund|\bgrant|\bsubsid|\bcapital\b)(?:(?!\bto\b)[^.;:\n]){0,60}?"
                              r"\bto[ ]+(?:the[ ]+)?$")


def acting_venues(text: str, cands: list[Cand], entries: dict[str, Any], types: Iterable[str]) -> list[Cand]:
    """Every mention of a funded venue (see the module's docstring) made an institution of the venue's name."""
    kinds = set(types)
    funded = {c.entity_id for c in cands if c.label == "PLACE" and c.entity_id in entries and
              entries[c.entity_id].type in kinds and (FUNDED_AFTER.match(text, c.end) or
                                                       RECIPIENT_BEFORE.search(text, max(0, c.start - 100), c.start))}
    if not funded:
        return cands
    return [c if c.entity_id not in funded else
            replace(c, label="INSTITUTION", entity_id=synthetic_id("INSTITUTION", c.canonical), etype="company")
            for c in cands]


__all__ = ["acting_venues"]
