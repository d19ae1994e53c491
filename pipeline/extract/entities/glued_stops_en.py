"""Text + the entity mentions found in it → the same, with an unknown name cut at a full stop that lost its space:
'contract manufacturers like Chartered Semiconductor.Presently, tools bought …' (eninst, session 29: the Singapore
Budget statements' transcripts join many sentences so, 'Account.We', 'Medisave.Henceforth'; the model read the firm
and the next sentence's first word as one name).

Only a name no gazetteer knows (a synthetic id: a known name's span is its own) is cut, at a stop between a
lower-case letter of a word of three letters or more and a capital followed by a lower-case letter; abbreviations
that take a stop inside a name ('Pte.Ltd', 'St.John', 'Co.Ltd') are no sentence end (ABBREVIATIONS, a fact of
English usage). The part before the stop keeps the mention, with the canonical name and id of that span."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.spans import clean_name, synthetic_id, unknown_body
from pipeline.records import EntityMention

GLUED_STOP = re.compile(r"(?<=[A-Za-z][a-z]{2})\.(?=[A-Z][a-z])")
# words written with a stop inside a name or an address (no sentence ends after them)
ABBREVIATIONS = frozenset({"Pte", "Ltd", "Inc", "Corp", "Bhd", "Sdn", "Plc", "Cie", "Mfg", "Int", "Intl", "Dept",
                           "Govt", "Assn", "Bros", "Ave", "Blvd", "Bldg", "Rd", "Mrs", "Prof", "Gen", "Col", "Capt",
                           "Sgt", "Rev", "Hon", "Sen", "Rep", "Gov", "Univ", "Inst", "Natl", "Fig", "Vol", "Ch"})


def glued_stops(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found`, each unknown name that runs across a glued full stop cut at it (see the module's docstring)."""
    out = []
    for m in found:
        g = GLUED_STOP.search(m.text) if m.entity_id.startswith(("inst:x-", "place:x-")) else None
        left = m.text[:g.start()].rstrip() if g is not None else ""
        words = left.split()
        if g is None or not words or words[-1] in ABBREVIATIONS or not any(c.isupper() for c in left[:1]):
            out.append(m)
            continue
        end = m.start + len(left)
        if m.label == "INSTITUTION":
            out.append(unknown_body(m, m.start, end, text))
        else:
            canonical = clean_name(left)
            new_id = synthetic_id("PLACE", canonical)
            out.append(replace(m, end=end, text=left, canonical=canonical, entity_id=new_id, gazetteer_id=new_id))
    return out


__all__ = ["glued_stops"]
