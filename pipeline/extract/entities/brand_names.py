"""Text + candidates → candidates without the places that only open a brand's name or name a concept (eninst,
session 20; GUIDELINES: a place named only inside a longer name is not listed):
- the words before an intercapped word ('the GBA InnoExpress', 'the GBA StartUp Express', 'Hong Kong eTAX'): such a
  word is a brand's, never a common word, so the capitalised words right before it open the brand's name; a name the
  gazetteer holds with the brand word ('Tseung Kwan O InnoPark') is a candidate of its own and stays; only after a
  definite article ('the GBA InnoExpress': a brand is named as one thing), and never before an intercapped common
  noun (`intercapped_common_nouns`, not_entities.en.json: 'Hong Kong PhD students', 'a Guangdong MoU', 'Shenzhen IoT
  start-ups', where the place modifies a common noun; review-reven M4);
- a name right before 'concept' ("the agency's Food Hub concept"): a concept of a facility, no facility built.
Checked per place candidate at its end (a match, no scan of the text)."""

from __future__ import annotations

import re

from pipeline.extract.entities.spans import Cand

# up to two more capitalised words, then an intercapped word ('McDonald', 'MacPherson' are surnames, no brands)
BRAND_AFTER = re.compile(r"(?:[ ][A-Z][\w&-]*){0,2}[ ](?!Ma?c[A-Z])([A-Za-z]*[a-z][A-Z][A-Za-z]*)(?![\w'’-])")
DEFINITE_BEFORE = re.compile(r"\bthe[ ]+$", re.IGNORECASE)
CONCEPT_AFTER = re.compile(r"(?:[ ][A-Z][\w&-]*){0,2}[ ]concepts?\b")


def brand_places(text: str, cands: list[Cand], common: frozenset[str] = frozenset()) -> list[Cand]:
    """`cands` less the place candidates that open a brand's name or name a concept (see the module's docstring);
    `common`: intercapped common nouns (casefolded), which open no brand."""
    return [c for c in cands if c.label != "PLACE" or text[c.end:c.end + 1] != " " or not (
        _opens_brand(text, c, common) or CONCEPT_AFTER.match(text, c.end))]


def _opens_brand(text: str, cand: Cand, common: frozenset[str]) -> bool:
    """The place right after 'the' opens a name ending in an intercapped word that is no common noun."""
    brand = BRAND_AFTER.match(text, cand.end)
    return bool(brand and brand.group(1).casefold() not in common and
                DEFINITE_BEFORE.search(text, max(0, cand.start - 8), cand.start))


__all__ = ["brand_places"]
