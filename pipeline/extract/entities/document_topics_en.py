"""Text + a known body's name grown to a longer run → where the name ends when the run is the topic of a document the
body issued: 'the Resolution of the CPC Central Committee on Further Deepening Reform Comprehensively' names the Central
Committee, and 'on Further Deepening Reform ...' is the resolution's topic, no part of the committee's name (eninst,
session 23; a committee named by its topic, 'the Task Force on Land Supply', has no document word before it). The
document words are data (not_entities.en.json 'topic_document_words': the kinds of document a Party or state body
adopts on a topic); one search of the few characters before the name, only for a run that holds ' on '. The same
for an unknown name read whole with its topic ('the Resolution of the Central Committee on Major Issues'), where the text
also writes the name before ' on ' elsewhere ('the Central Committee of the Communist Party of China ...'): that name is
the body (mendlead, session 23)."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand, synthetic_id


@lru_cache(maxsize=1)
def document_before() -> re.Pattern[str]:
    words = load_json_data("not_entities.en.json").get("topic_document_words", [])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w'’-])(?:{alt})[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?$")


def topic_end(text: str, start: int, body_end: int, end: int) -> int:
    """`end`, or where ' on ' opens a document's topic after the body's name (text[start:body_end]) grew to `end`."""
    at = text.find(" on ", body_end, end)
    if at < 0 or document_before().search(text, max(0, start - 40), start) is None:
        return end
    return at


def document_topics(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """`cands` with each unknown institution '<name> on <topic>' after a document word cut to its name, where the text
    writes that name elsewhere too ('Resolution of the Central Committee on X' beside 'the Central Committee of the
    CPC'); a name written only with its topic ('the Decision of the Committee on X', nowhere else) stays whole."""
    if " on " not in text:
        return cands
    out = []
    for c in cands:
        at = text.find(" on ", c.start, c.end)
        if c.label == "INSTITUTION" and at > c.start and c.entity_id not in known and \
                document_before().search(text, max(0, c.start - 40), c.start) is not None:
            name = text[c.start:at]
            if any(m.start() != c.start for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)):
                canonical = clean_name(name)
                c = replace(c, end=at, canonical=canonical, entity_id=synthetic_id("INSTITUTION", canonical))
        out.append(c)
    return out
