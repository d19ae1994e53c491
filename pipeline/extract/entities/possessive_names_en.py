"""Entity mentions of one document → the same, with a body's possessive kept out of its name: 'the Widget Authority of
Singapore's (WAS) Marine Widget Centre' (enent, session 26: read as one name "... Singapore's (WAS) Marine Widget
Centre", or as a name ending in "Singapore's", rows that matched nothing). A name no gazetteer knows is cut at "'s"
where its short form in brackets and another capitalised name follow (the owner and what it owns: two bodies, the short
form naming the owner), and loses a closing "'s" right before a space and a capital or a bracket (it owns what follows).
Every mention of the owner (its short forms) takes the owner's name. Known names ending in "'s" ('Moody's') come from
the gazetteer and stay."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.spans import unknown_body as body
from pipeline.records import EntityMention

OWNED_AFTER = re.compile(r"[ ]+[A-Z(]")
# "'s (WAS) " inside one name: the owner's possessive, its short form, then the owned body's name
POSSESSIVE_SHORT = re.compile(r"['’]s[ ]+\(([A-Z][A-Za-z&]{1,11})\)[ ]+(?=[A-Z])")


def unknown(m: EntityMention) -> bool:
    return m.label == "INSTITUTION" and (not m.gazetteer_id or ":x-" in m.gazetteer_id)


def possessive_names(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` with each unknown institution's possessive kept out of its name (see the module's note)."""
    if "'s" not in text and "’s" not in text:
        return found
    owners: dict[str, EntityMention] = {}  # an owner's short form or old id → the owner
    out: list[EntityMention] = []
    for m in found:
        inner = POSSESSIVE_SHORT.search(text, m.start, m.end) if unknown(m) else None
        if inner is not None and inner.start() - m.start >= 4:
            owner = body(m, m.start, inner.start(), text)
            owners[inner.group(1)] = owner
            out += [owner, body(m, inner.end(), m.end, text)]
            continue
        if unknown(m) and text[m.end - 2:m.end] in ("'s", "’s") and m.end - m.start >= 6 and \
                OWNED_AFTER.match(text, m.end):
            owner = body(m, m.start, m.end - 2, text)
            owners[m.entity_id] = owner
            out.append(owner)
            continue
        out.append(m)
    if not owners:
        return found
    final = []
    for m in out:
        own = owners.get(m.entity_id) or (owners.get(m.text) if unknown(m) else None)
        final.append(m if own is None or m.start == own.start else
                     replace(m, entity_id=own.entity_id, gazetteer_id=own.gazetteer_id, canonical=own.canonical))
    return final


__all__ = ["possessive_names"]
