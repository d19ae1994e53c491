"""Entity mentions of one document → the same, with a hotel's name that ends in its city made one place: 'the JW
Marriott Hotel Hong Kong', 'the Four Seasons Hotel Singapore' (enpl, session 28). Hotel chains name each hotel by
the brand, 'Hotel' and the city; a known place written right after a hotel's name read without it (and not followed
by another capitalised word) is the end of that name, no mention of its own (GUIDELINES: a place named only inside
a longer name is not listed). 'a dinner at the X Hotel in Hong Kong' keeps both."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

NEXT_NAME = re.compile(r"[ ]+[A-Z]")


def hotel_names(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` with each 'X Hotel' + a known place right after it made one hotel (see the module's docstring)."""
    if "Hotel " not in text:
        return found
    out: list[EntityMention] = []
    skip = -1
    ordered = sorted(found, key=lambda f: (f.start, f.end))
    for i, m in enumerate(ordered):
        if i == skip:
            continue
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        if m.label == "PLACE" and m.text.endswith("Hotel") and after is not None and after.label == "PLACE" and \
                text[m.end:after.start] == " " and not after.entity_id.startswith("place:x-") and \
                not NEXT_NAME.match(text, after.end):
            canonical = clean_name(text[m.start:after.end])
            out.append(replace(m, end=after.end, text=text[m.start:after.end], canonical=canonical,
                               entity_id=synthetic_id("PLACE", canonical), gazetteer_id=""))
            skip = i + 1
            continue
        out.append(m)
    return out


__all__ = ["hotel_names"]
