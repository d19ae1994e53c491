"""Text + a known body's name grown to a longer run → where the name ends when the run is the topic of a document the
body issued: 'the Resolution of the CPC Central Committee on Further Deepening Reform Comprehensively' names the Central
Committee, and 'on Further Deepening Reform ...' is the resolution's topic, no part of the committee's name (eninst,
session 23; a committee named by its topic, 'the Task Force on Land Supply', has no document word before it). The
document words are data (not_entities.en.json 'topic_document_words': the kinds of document a Party or state body
adopts on a topic); one search of the few characters before the name, only for a run that holds ' on '."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data


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
