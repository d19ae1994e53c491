"""Entity mentions of one document → the same, with a sentence's opening word kept out of a body's name: 'Besides
Government land sale, ...', 'Unlike Government loans, ...' (enent, session 26: read as the bodies 'Besides Government',
'Unlike Government'). The opening words are trade_names.en.json's `leading_words` ('Both', 'Meanwhile', 'However' ...)
and the prepositions that open a contrast or an addition (this module's table). The name starts after the word; where
what is left is the bare 'Government' it takes the identity of the text's own 'Government' mention, and where that
bare word only modifies a lower-case noun ('Government land sale', 'Government loans') it names no body (session 23:
a government's name before its money names no body) and is dropped.

A place's name takes no such word either: a clause that opens with a subordinating conjunction or an opening adverb
before a name ('When Marina East and Jurong Island Desalination Plants are completed, ...', 'Once Kai Tak ...') has
the place start after the word (`SUBORDINATORS` and the opening words above); a gazetteer name that itself starts with
the word keeps it, and so does a name that stands inside a clause, where a capitalised word is a name's own ('..., while
Or Yuen Tower will be demolished': mendea, review M4)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import synthetic_id, unknown_body
from pipeline.records import EntityMention

CONTRAST_WORDS = ("Besides", "Unlike", "Apart", "Despite", "Although", "Though", "Beyond")
SUBORDINATORS = ("When", "Whenever", "While", "Whilst", "Once", "If", "Unless", "Until", "After", "Before", "Since",
                 "Although", "Though", "Because", "Whereas", "Where", "As")
NOUN_AFTER = re.compile(r"[ ]+[a-z]")
CLAUSE_START = re.compile(r"(?:^|[.!?:;][\"'”’)]*\s+|\n[ \t]*(?:[-–•*][ \t]*)?|[(\[“\"‘'][ \t]*|\([a-z0-9]{1,3}\)[ \t]+)$")


@lru_cache(maxsize=1)
def opening_words() -> frozenset[str]:
    return frozenset(load_json_data("trade_names.en.json").get("leading_words", [])) | frozenset(CONTRAST_WORDS)


def opening_word_names(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` with each institution's opening word dropped (see the module's note)."""
    words = opening_words()
    home = next((m for m in found if m.label == "INSTITUTION" and m.text == "Government"), None)
    out = []
    for m in found:
        first, _, rest = m.text.partition(" ")
        if m.label != "INSTITUTION" or first not in words or not rest or not rest[:1].isupper() or \
                (m.gazetteer_id and ":x-" not in m.gazetteer_id and clean_name(m.canonical).startswith(first)):
            out.append(m)
            continue
        start = m.start + len(first) + 1
        if rest == "Government" and NOUN_AFTER.match(text, m.end):
            continue  # 'Besides Government land sale': a modifier, no body
        if rest == "Government" and home is not None:
            out.append(replace(home, start=start, end=m.end, text=text[start:m.end], method=m.method,
                               confidence=m.confidence))
            continue
        out.append(unknown_body(m, start, m.end, text))
    return out


def opening_word_places(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` with each place's opening word dropped (see the module's note)."""
    words = opening_words() | frozenset(SUBORDINATORS)
    out = []
    for m in found:
        first, _, rest = m.text.partition(" ")
        if m.label != "PLACE" or first not in words or not rest[:1].isupper() or \
                not CLAUSE_START.search(text, max(0, m.start - 8), m.start) or \
                m.gazetteer_id and ":x-" not in m.gazetteer_id and clean_name(m.canonical).startswith(first):
            out.append(m)
            continue
        canonical = m.canonical[len(first) + 1:] if m.canonical.startswith(first + " ") else m.canonical
        new_id = synthetic_id("PLACE", canonical) if ":x-" in m.entity_id or not m.entity_id else m.entity_id
        gid = new_id if ":x-" in m.gazetteer_id else m.gazetteer_id
        out.append(replace(m, start=m.start + len(first) + 1, text=rest, canonical=canonical, entity_id=new_id,
                           gazetteer_id=gid))
    return out


__all__ = ["opening_word_names", "opening_word_places"]
