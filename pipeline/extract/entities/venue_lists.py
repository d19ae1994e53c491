"""Two named venues joined by 'and', each with a head of its own, read as one span by the model ('the Science Museum
and Museum of History', 'the Museum of History and City Hall'): two places (issue 14, English places: venue lists in
capital-works paragraphs). English coordinates whole names this way; a name's own 'and' sits before one head ('the
Museum of Science and Technology', 'Sports and Recreation Centre') or inside its of-phrase, so each conjunct must
be a venue's name of its own: two words at least, headed by a facility or place head ('Science Museum', 'City Hall')
or opening with one before its of-phrase ('Museum of History'). A gazetteer name spelled so is that entry."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container
from typing import Any

from pipeline.extract.entities.spans import Cand, synthetic_id

AND = re.compile(r"[ ]+and[ ]+")
OF_PHRASE = re.compile(r"[ ]of[ ](?:the[ ])?[A-Z]")


def _venue_head(name: str, heads: Container[str]) -> str | None:
    """'Science Museum' -> 'Museum', 'City Hall' -> 'Hall' (or 'City Hall'), 'Museum of History' -> 'Museum': the
    head of a venue's name of two words at least and of capitalised words only, when it is one of `heads`."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or w in ("of", "the") for w in words):
        return None
    of = OF_PHRASE.search(name)
    head = name[:of.start()].split() if of else words
    return next((h for h in (" ".join(head[-2:]), head[-1]) if h in heads and len(h.split()) <= len(head)), None)


def venue_lists(text: str, cands: list[Cand], place_heads: Collection[str], facility_heads: Collection[str],
                known: Container[str], whole_entry: Callable[[str], Any], from_entry: Callable[..., Cand]) -> list[Cand]:
    """Candidates with each unknown name 'A and B' of two venue names (module doc) read as two names. A conjunct
    under a place or venue head ('City Hall', 'Sports Ground') is a place; one under a facility head that is also
    a body's ('Museum', 'Hospital', facilities_en) keeps the label the whole had and is typed later (built or
    acting)."""
    heads = {*place_heads, *facility_heads}
    out: list[Cand] = []
    for c in cands:
        name = text[c.start:c.end]
        joints = list(AND.finditer(name)) if c.label in ("PLACE", "INSTITUTION") and c.entity_id not in known else []
        if len(joints) != 1:
            out.append(c)
            continue
        j = joints[0]
        left, right = name[:j.start()], name[j.end():]
        lead = "The " if left.startswith("The ") else ""
        left = left[len(lead):]
        left_head, right_head = _venue_head(left, heads), _venue_head(right, heads)
        if left_head is None or right_head is None:
            out.append(c)
            continue
        for s, piece, head in ((c.start + len(lead), left, left_head), (c.start + j.end(), right, right_head)):
            entry = whole_entry(piece)
            label = "PLACE" if head in place_heads else c.label
            assert label is not None
            out.append(from_entry(s, s + len(piece), entry, "rule", 0.8) if entry is not None else
                       Cand(s, s + len(piece), label, synthetic_id(label, piece), piece, c.etype,
                            c.country_code, "", c.method, c.confidence))
    return out


__all__ = ["venue_lists"]
