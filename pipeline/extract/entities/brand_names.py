"""Text + candidates → candidates without the places that only open a brand's name or name a concept (eninst,
session 20; GUIDELINES: a place named only inside a longer name is not listed):
- the words before an intercapped word ('the GBA InnoExpress', 'the GBA StartUp Express', 'Hong Kong eTAX'): such a
  word is a brand's, never a common word, so the capitalised words right before it open the brand's name; a name the
  gazetteer holds with the brand word ('Tseung Kwan O InnoPark') is a candidate of its own and stays;
- a name right before 'concept' ("the agency's Food Hub concept"): a concept of a facility, no facility built.
Checked per place candidate at its end (a match, no scan of the text)."""

from __future__ import annotations

import re

from pipeline.extract.entities.spans import Cand

# up to two more capitalised words, then an intercapped word ('McDonald', 'MacPherson' are surnames, no brands)
BRAND_AFTER = re.compile(r"(?:[ ][A-Z][\w&-]*){0,2}[ ](?!Ma?c[A-Z])[A-Za-z]*[a-z][A-Z][A-Za-z]*(?![\w'’-])")
CONCEPT_AFTER = re.compile(r"(?:[ ][A-Z][\w&-]*){0,2}[ ]concepts?\b")


def brand_places(text: str, cands: list[Cand]) -> list[Cand]:
    """`cands` less the place candidates that open a brand's name or name a concept (see the module's docstring)."""
    return [c for c in cands if c.label != "PLACE" or text[c.end:c.end + 1] != " " or not (
        BRAND_AFTER.match(text, c.end) or CONCEPT_AFTER.match(text, c.end))]


__all__ = ["brand_places"]
