"""A short form takes the meaning of the name the text defines it for (issue 14): 'the Dependency Ratio Ceiling (DRC)'
is no Congo, 'its Open Market Value (OMV)' no body. A name of everyday words only (pipeline/data/words.en.json) that no
gazetteer knows and no body or place head ends ('Ratio Ceiling', 'Market Value') names a measure, rule or scheme, so
the short form defined for it is no entity in that text — not even where a gazetteer lists the letters for something
else."""

from __future__ import annotations

import re

from typing import Any, Callable

from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.references import spell_out
from pipeline.extract.entities.spans import CONNECTORS, Cand

WORD = re.compile(r"[A-Za-z]+")
# 'Open Market Value (OMV)': a short form has two capitals at least; '(Chengdu)' names a place, no short form
DEFINED = re.compile(r"\(([A-Z][a-z&]*[A-Z][A-Za-z&]*)\)")


def everyday_name(surface: str) -> bool:
    """Every word of the name, but its connectors ('and', 'of'), is an everyday English word."""
    words = [w for w in WORD.findall(surface) if w.lower() not in CONNECTORS]
    return bool(words) and all(everyday_word(w, nouns=True) for w in words)


def everyday_short_forms(text: str, head_type: Callable[[str], str | None],
                         whole_entry: Callable[[str], Any]) -> set[str]:
    """The short forms the text defines in brackets for a name of everyday words that no head types and no gazetteer
    knows (with their plural and singular forms, as `not_entity_short_forms` gives them)."""
    out = set()
    for m in DEFINED.finditer(text):
        full = spell_out(text, m.start(), m.group(1))
        if full is not None:
            name = text[full[0]:full[1]]
            if head_type(name) is None and everyday_name(name) and whole_entry(name) is None:
                out.add(m.group(1))
    return out | {f"{a}s" for a in out if not a.endswith("s")}


def without_redefined(text: str, cands: list[Cand], short_forms: set[str]) -> list[Cand]:
    """The gazetteer's candidates less those whose whole surface is a short form the text defines for no entity."""
    return [c for c in cands if text[c.start:c.end] not in short_forms]
