"""Entity mentions of one document → the same plus the firms a speech introduces by name (enpl, session 28;
Singapore budget speeches tell of small firms the model does not know: 'His company is called Ed Et Al', 'a
start-up called Bluefin Analytics', 'The firm, named Tidewater Robotics, ...'): a firm's noun, then 'called' or
'named' (with 'is'/'was' between; 'named' only after 'is'/'was' or a comma — 'The firm named John Tan as its chief'
appoints a person), then capitalised words make the name a firm's ('The business is named after its founder': no
capital, no name). A sentence's full stop ends the name; none after an honorific ('called Mr Lim') or before 'of the
Year' / 'Award' (a prize the firm won: 'named Best SME of the Year'). A lone common English word or an opening word
is no name. A name read already stays as it was, unless it is a place no gazetteer knows read inside the firm's
name. (A name set before ', a company ...' is read by evidence.py's apposition rule, which keeps persons' names out.)"""

from __future__ import annotations

import re

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.common_words import english_words
from pipeline.extract.entities.opening_words_en import opening_words
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

FIRM = r"(?:company|firm|start-?up|startup|business|enterprise|SME|manufacturer|retailer|distributor|supplier)"
WORD = r"[A-Z](?:[\w&'’-]|\.(?=[\w&'’-]))*"  # a dot only inside a word (A.I.Works): a sentence's stop ends the name
NAME = rf"((?<![\w'’&.-]){WORD}(?:[ ](?:(?:of|and|&)[ ])?{WORD}){{0,4}})"
# 'named' with 'is/was' or a comma before it; the bare active 'The firm named John Tan as ...' appoints a person
CALLED = re.compile(rf"\b{FIRM}(?:[ ,]+(?:(?:is|was)[ ]+)?called|[ ]*,[ ]*(?:(?:is|was)[ ]+)?named|[ ]+(?:is|was)[ ]+named)"
                    rf"[ ]+{NAME}")
HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Miss", "Dr", "Madam", "Professor", "Prof", "Sir", "Dame"})
AWARD_AFTER = re.compile(r"[ ]+(?:of[ ]+the[ ]+Year\b|(?:[A-Z]\w*[ ]+)?(?:Award|Awards|Prize|Trophy|Medal)\b)")


def called_companies(doc_id: str, text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` plus the firms named as in the module's docstring."""
    if "called" not in text and "named" not in text:
        return found
    out = list(found)
    for m in list(CALLED.finditer(text)):
        s, e = m.span(1)
        if " " not in m.group(1) and (m.group(1).lower() in english_words()[0] or m.group(1) in opening_words()):
            continue  # "a firm called Today": a common or opening word, no name
        if m.group(1).split(" ")[0] in HONORIFICS or AWARD_AFTER.match(text, e):
            continue  # a person ('called Mr Lim') or an award the firm won ('named Best SME of the Year')
        inside = [f for f in out if f.start < e and s < f.end]
        if any(f.label != "PLACE" or not f.entity_id.startswith("place:x-") or f.start < s or f.end > e
               for f in inside):
            continue  # a known place or a body read there already ('a company called Singapore Airlines')
        canonical = clean_name(text[s:e])
        out = [f for f in out if f not in inside]
        out.append(EntityMention(doc_id, s, e, text[s:e], "INSTITUTION", "rule", 0.75,
                                 entity_id=synthetic_id("INSTITUTION", canonical), canonical=canonical, type="company"))
    return sorted(out, key=lambda f: (f.start, f.end, f.label))


__all__ = ["called_companies"]
