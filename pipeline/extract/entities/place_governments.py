"""'the HKSAR government', 'the Singapore government', 'the Shenzhen municipal government': a place the gazetteer
gives a government, then 'government' in lower case (as news reports write it) names that government, one body; the
place written inside the name is no mention of its own (GUIDELINES: a place inside an institution's name). A
premodifier names it too ('placements by HKSAR government funds'). The plural ('the governments of Guangdong and
Macao', DECISIONS 26) and a compound ('government-funded') do not."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.spans import Cand

GOVERNMENT_AFTER = re.compile(r"[ \t]+(?:(?:municipal|provincial|city|SAR|special[ \t]+administrative[ \t]+region)"
                              r"[ \t]+)?government(?![\w-])")


def place_governments(text: str, cands: list[Cand], governments: dict[str, Entry], from_entry: Any) -> list[Cand]:
    """`cands` with each gazetteer place that 'government' (lower case) follows replaced by that place's
    government over the place and the word."""
    if " government" not in text:
        return cands
    out = []
    for c in cands:
        gov = governments.get(c.entity_id) if c.label == "PLACE" else None
        m = GOVERNMENT_AFTER.match(text, c.end) if gov is not None else None
        if gov is not None and m is not None and not any(o is not c and o.start < m.end() and c.end < o.end
                                                         for o in cands):
            out.append(from_entry(c.start, m.end(), gov, "rule", 0.85))
            continue
        out.append(c)
    return out
