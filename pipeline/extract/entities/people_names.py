"""Text + candidates → the same without the one-word bodies that are a person's name there:
'MAS among best regarded central banks: Tharman' (a headline's speaker) where the text calls him 'Mr Tharman'.
Singapore and Malaysian texts name people by the given name ('Mr Tharman', 'Mr Lawrence'), Hong Kong texts by the
surname ('Mr Chan'): a word the document gives a person with a title is that person, not an organisation, unless
a gazetteer knows it as a body (the model's votes alone do not say so: 'Varnex ... who joined Varnex')."""

from __future__ import annotations

from collections.abc import Container

from pipeline.extract.entities.ner_pieces import TITLED
from pipeline.extract.entities.spans import Cand


def people_not_bodies(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """Drops each unknown one-word institution whose word the document gives a person after a title ('Mr X')."""
    people = {m.group(1) for m in TITLED.finditer(text)} if any(c.label == "INSTITUTION" for c in cands) else set()
    if not people:
        return cands
    out = [c for c in cands if not (c.label == "INSTITUTION" and c.entity_id not in known and
                                    " " not in text[c.start:c.end].strip() and text[c.start:c.end] in people)]
    return out if len(out) != len(cands) else cands


__all__ = ["people_not_bodies"]
