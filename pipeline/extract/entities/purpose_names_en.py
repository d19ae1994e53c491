"""Text + candidates → a body's name that goes on with its purpose, an infinitive in title case ('the Steering
Committee to Promote the Sustainable Development of the X Industry', 'a Task Force to Review Y'): one name, where the
model stops at the head (eninst, session 24; fc23). English capitalises the verb and the nouns of a name's purpose
phrase, and running prose does not ('asked the Committee to review the plan' keeps 'Committee'). The phrase is 'to',
a capitalised base form of an English verb (verbs.en.json), then capitalised words and the small words of titles,
ending at a capitalised word; only after a body whose head is one of `purpose_name_heads` (not_entities.en.json) and
no gazetteer entry (a known body's name is whole), and not in a heading line where every word is capitalised
('Government to Launch New Scheme'). A place or a body read inside the phrase, after its verb, is part of the name;
a 'verb' that opens a name read already is no verb ('... Alliance to Hang Seng Bank', 'to Create Hong Kong'). One match at
each such candidate's end. A name holding an editor's bracketed insertion is read first (bracketed_names_en)."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.bracketed_names_en import bracketed_names
from pipeline.extract.entities.common_words import SMALL_WORDS
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.extract.figures.numbers import load_verbs

SMALL = r"(?:of|the|and|for|on|to|a|an)"  # (not 'in', 'at': '... Industry in Hong Kong' ends the name at Industry)
PURPOSE = re.compile(rf"[ ]to[ ]([A-Z][a-z]+)((?:[ ](?:{SMALL}[ ])*[A-Z][\w'’-]*)*)")


@lru_cache(maxsize=1)
def purpose_heads() -> frozenset[str]:
    return frozenset(load_json_data("not_entities.en.json").get("purpose_name_heads", []))


def title_case_line(text: str, at: int) -> bool:
    """The line holding `at` capitalises every word but the small ones (a headline, a heading)."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end]
    return all(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in SMALL_WORDS)


def purpose_names(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """`cands` with each body's name grown over its title-case purpose phrase (see the module's docstring)."""
    cands = bracketed_names(text, cands)  # (first: 'the Transport [and Housing] Bureau', bracketed_names_en)
    if " to " not in text:
        return cands
    grown: list[Cand] = []
    for c in cands:
        if c.label != "INSTITUTION" or c.entity_id in known or text[c.end:c.end + 4] != " to ":
            continue
        words = text[c.start:c.end].split()
        if not words or words[-1] not in purpose_heads() and " ".join(words[-2:]) not in purpose_heads():
            continue
        m = PURPOSE.match(text, c.end)
        if m is None or not m.group(2) or m.group(1).lower() not in load_verbs() or \
                title_case_line(text, c.start) or any(o.start == m.start(1) and o.label for o in cands):
            continue
        name = clean_name(text[c.start:m.end()])
        grown.append(replace(c, end=m.end(), entity_id=synthetic_id("INSTITUTION", name), canonical=name))
    if not grown:
        return cands
    kept = [c for c in cands if not any(g.start <= c.start and c.end <= g.end for g in grown)]
    return sorted(kept + grown, key=lambda c: (c.start, c.end))


__all__ = ["purpose_names"]
