"""Text + candidates → candidates where a private body's name and the country it comes from are two mentions
('ranked by the Heritage Foundation of the United States': the Heritage Foundation and the United States; eninst,
session 22). A national public body takes its country into its name ('Central Bank of the United Arab Emirates',
'Ministry of Finance of the People's Republic of China': a known body and its own country stay one name, see
`EntityRecognizer.of_own_country`); a foundation or think-tank named by its own words is complete before 'of', and
the country after it says where the body is from (GUIDELINES: a place named on its own is listed). The heads of such
bodies are data (not_entities.en.json 'origin_heads'). Only names no gazetteer knows are split, only where the whole
of the of-phrase is a country the gazetteer knows; checked per candidate at its own span. A short form defined right after
the name whose letters spell the country's words too ('Solar Widget Institute of Ruritania (SWIR)', '(or SWIR)') shows
the country belongs to the name: it stays whole (enent, session 26). The other place phrase after a body's name,
'between A and B' after its topic, is part of the name (between_names_en)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.between_names_en import between_complements
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.references import is_acronym, spell_out
from pipeline.extract.entities.spans import Cand, synthetic_id

OF_COUNTRY = re.compile(r"[ ]+of[ ]+(?:the[ ]+)?")
# '(SWIR)' or '(or SWIR)' right after a name: the short form the text defines for it
DEFINED_AFTER = re.compile(r"[ ]*\((?:or[ ]+)?([A-Z][A-Za-z&]{1,11})\)")
ORIGIN_HEADS = frozenset(load_json_data("not_entities.en.json").get("origin_heads", []))


def origin_phrases(text: str, cands: list[Cand], known: Mapping[str, Any], whole_entry: Callable[[str], Any],
                   from_entry: Callable[[int, int, Any], Cand], heads: Container[str] = ORIGIN_HEADS) -> list[Cand]:
    """`cands` with each unknown 'X Foundation of (the) Country' cut to the body, the country added as a place, and
    each unknown 'X on Y between A and B' one name (between_complements)."""
    out = []
    for c in cands:
        surface = text[c.start:c.end]
        if c.label != "INSTITUTION" or c.entity_id in known or " of " not in surface:
            out.append(c)
            continue
        m = OF_COUNTRY.search(surface)
        words = surface[:m.start()].split() if m is not None else []
        entry = whole_entry(surface[m.end():]) if m is not None and len(words) >= 2 and words[-1] in heads else None
        if m is None or entry is None or entry.table != "place" or entry.type != "country" or \
                spelled_with_country(text, c.start + m.start(), c.end):
            out.append(c)
            continue
        body = surface[:m.start()]
        canonical = clean_name(body)
        out.append(replace(c, end=c.start + len(body), entity_id=synthetic_id("INSTITUTION", canonical),
                           canonical=canonical))
        out.append(from_entry(c.start + m.end(), c.end, entry))
    return between_complements(text, out, known)


def spelled_with_country(text: str, of_at: int, end: int) -> bool:
    """A short form defined right after the name at `end` spells it from before its ' of ' at `of_at` to the end."""
    d = DEFINED_AFTER.match(text, end)
    if d is None or not is_acronym(d.group(1)):
        return False
    span = spell_out(text, end, d.group(1))
    return span is not None and span[0] < of_at and span[1] == end


__all__ = ["origin_phrases"]
