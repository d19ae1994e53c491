"""Text + candidates → a body's name with an editor's insertion in square brackets inside it ('the Transport [and
Housing] Bureau', 'the Food [and Environmental Hygiene] Department'): one body, named without the brackets (eninst,
session 24). News quotes mark words an editor added with square brackets; inside a capitalised run that ends in an
institution's head (not_entities.en.json institution_heads) the added words belong to the name, where the model cuts
it at the bracket ('Housing Bureau'). Only an insertion that opens with 'and', '&' or 'of' and holds capitalised words;
searched once per document that holds ' [', a span another candidate holds inside it is replaced."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand, synthetic_id

WORD = r"[A-Z][\w'’&-]*"
INSERTED = re.compile(rf"(?<![\w'’&-])((?:{WORD}[ ])+)\[((?:and|&|of)(?:[ ]{WORD})+)\][ ]((?:{WORD}[ ])*{WORD})"
                      rf"(?![\w'’&-])")


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    return frozenset(load_json_data("not_entities.en.json").get("institution_heads", []))


def bracketed_names(text: str, cands: list[Cand]) -> list[Cand]:
    """`cands` with each capitalised name holding a bracketed insertion read as one body (see the module)."""
    if " [" not in text:
        return cands
    found = []
    for m in INSERTED.finditer(text):
        if m.group(3).split()[-1] not in institution_heads():
            continue
        name = clean_name(f"{m.group(1)}{m.group(2)} {m.group(3)}")
        found.append(Cand(m.start(), m.end(), "INSTITUTION", synthetic_id("INSTITUTION", name), name, "", "", "",
                          "rule", 0.75))
    if not found:
        return cands
    kept = [c for c in cands if not any(f.start <= c.start and c.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda c: (c.start, c.end))


__all__ = ["bracketed_names"]
