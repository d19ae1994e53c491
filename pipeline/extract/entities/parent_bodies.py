"""Text + candidates → candidates where a committee named with its parent body is one name: 'Finance Committee of
the Provisional Legislative Council' (a heading, the model reading only the known parent) is the committee's name,
the parent inside it no mention of its own (GUIDELINES: an institution inside a longer name is not listed).

A known body found by the gazetteer, with 'of the' and a run of capitalised words ending in a committee's head
(data: committee_heads in not_entities.en.json) right before it, grows into the whole name when no other candidate
holds that run (a run the model or another rule read stays as read). Units of a body ('Policy Division of the IA')
are not committees: they stay apart from their parent (ner_pieces.before_parent)."""

from __future__ import annotations

import re
from collections.abc import Collection

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id

RUN_BEFORE = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&-]*[ ]+(?:(?:and|&)[ ]+)?){0,5}([A-Z][\w'’-]*))[ ]+of[ ]+the[ ]+$")


def committees_of_parents(text: str, cands: list[Cand], known: Collection[str], heads: Collection[str],
                          left_stop: Collection[str]) -> list[Cand]:
    out = list(cands)
    for c in cands:
        if c.label != "INSTITUTION" or c.entity_id not in known:
            continue
        m = RUN_BEFORE.search(text, max(0, c.start - 120), c.start)
        if m is None or m.group(2) not in heads:
            continue
        start = m.start(1)
        words = m.group(1).split()
        while words and words[0] in left_stop:  # 'The Finance Committee of the ...': the article is no part of it
            start = text.index(words[0], start) + len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or any(o is not c and o.start < c.start and start < o.end for o in out):
            continue  # ('Committee of the X' alone names no committee; a run read otherwise stays as read)
        canonical = clean_name(text[start:c.end])
        out[out.index(c)] = Cand(start, c.end, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "",
                                 c.country_code, "", "rule", 0.8)
    return out
