"""Text + the entity mentions found in it → the same, with named waste, water and public-health works headed by
'Facility' made places: 'the National Environment Agency's Integrated Waste Management Facility (IWMF)', 'the Chemical
Waste Treatment Facility', and the short form the text defines for one ('the IWMF will generate electricity') (enent,
session 25: the rules read 'Facility' as a programme's head, so such a works project was no entity at all).

A run of capitalised words ('of' inside) closed by 'Facility' or 'Facilities' that holds a word of such works
(`works_words` in works_facilities.en.json: Waste, Sewage, Treatment, Desalination, Isolation ...) names a built
facility, a place (devset-real DECISIONS 41); a financial 'Facility' ('the Standing Lending Facility', 'a Credit
Facility') holds none of those words and stays as the rules read it. A short form in brackets right after the name is
the same place wherever the text uses it. Mentions found inside the name ('Tuas' in 'Tuas Sludge Treatment Facility')
give way to it."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

# ('of' inside; never 'and': 'at Tsing Yi and Tuas Sludge Treatment Facility' lists a place before the name)
NAME = re.compile(r"(?<![\w&'’-])((?:[A-Z][\w'’&-]*[ ](?:of[ ](?=[A-Z]))?){1,7}(?:Facility|Facilities))"
                  r"(?![\w-])(?:[ ]\(([A-Z][A-Za-z]{1,8})\))?")


@lru_cache(maxsize=1)
def works_words() -> frozenset[str]:
    return frozenset(load_json_data("works_facilities.en.json")["works_words"])


def works_facilities(doc_id: str, text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` plus the named works facilities and their short forms (see the module's docstring)."""
    if "Facilit" not in text:
        return found
    words = works_words()
    new: list[EntityMention] = []
    shorts: dict[str, tuple[str, str]] = {}
    for m in NAME.finditer(text):
        start = m.start(1) + (4 if m.group(1).startswith("The ") else 0)
        name = text[start:m.end(1)]
        if not words & set(name.split()):
            continue  # 'the Standing Lending Facility': a programme
        entity = synthetic_id("PLACE", name)
        new.append(EntityMention(doc_id, start, m.end(1), name, "PLACE", "rule", 0.8, entity_id=entity,
                                 canonical=name, type="facility"))
        if m.group(2):
            shorts[m.group(2)] = (entity, name)
    for short, (entity, name) in shorts.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text):
            if not any(n.start <= m.start() < n.end for n in new):
                new.append(EntityMention(doc_id, m.start(), m.end(), short, "PLACE", "rule", 0.8, entity_id=entity,
                                         canonical=name, type="facility", acronym=short))
    if not new:
        return found
    kept = [f for f in found if not any(n.start <= f.start and f.end <= n.end or
                                        f.start < n.start < f.end or f.start < n.end < f.end for n in new)]
    return sorted(kept + new, key=lambda f: (f.start, f.end))


__all__ = ["works_facilities"]
