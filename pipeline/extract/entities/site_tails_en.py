"""Entity mentions of one document → the same, with a place's name grown by a building's head word written right
after it: 'rents at Victoria Square Towers' name the towers, a site of its own, not the square the model read
('Victoria Square'); so do 'X Quay', 'X Plaza', 'X Complex' after a place (enpl, session 27: names cut short). The head
words are not_entities.en.json's `site_tail_heads`; the head must end the name (no capitalised word after it, which
would make a longer unknown name) and stand on the same line, one space after the place. The grown name is a place no
gazetteer knows (its own canonical name and synthetic id); the place written alone elsewhere keeps its own row."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention


@lru_cache(maxsize=1)
def site_tail() -> re.Pattern[str]:
    heads = sorted(load_json_data("not_entities.en.json").get("site_tail_heads", []), key=len, reverse=True)
    words = "|".join(map(re.escape, heads)) or "(?!)"
    return re.compile(rf"[ ](?:{words})(?![\w'’&-])(?![ ]+[A-Z0-9])")


def grown_site_tails(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` with each place grown by a building's head word right after it (module doc)."""
    tail = site_tail()
    starts = {m.start for m in found}
    out = []
    for m in found:
        t = tail.match(text, m.end) if m.label == "PLACE" else None
        if t is None or m.end + 1 in starts:
            out.append(m)
            continue
        surface = text[m.start:t.end()]
        canonical = clean_name(surface)
        new_id = synthetic_id("PLACE", canonical)
        out.append(replace(m, end=t.end(), text=surface, canonical=canonical, entity_id=new_id, gazetteer_id=new_id,
                           type="", method="rule"))
    return out


__all__ = ["grown_site_tails"]
