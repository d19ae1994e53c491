"""Text + candidates → candidates without the English 'names' that are parts of a longer name or no names at all
(eninst, session 20):
- a body's head inside a longer capitalised run that a bracketed acronym defines ('Industrial Government Land Sales
  (iGLS) sites', 'the Local Enterprise and Association Development (LEAD) programme'): the acronym's letters are the
  initials of the whole run, so the run is one name, and its own head ('Sales', 'Development') is no body's; the
  part that ends in 'Government' or 'Association' names nothing (GUIDELINES: a name inside a longer name is not
  listed);
- a coordination of kind words only ('their Polytechnic and University curriculums', 'all Ministries and Organs of
  State'): head words joined with no name of their own are kinds, no one body or place (a name of head words not
  joined, 'the Airport Island', 'the Harbour Metropolis', stays a name); so are two one-word names joined by 'and'
  before a lower-case plural that is their shared head ('transfers to Endowment and Trust funds'; eninst, session 22);
- a name right after a lower-case noun that says what it is ('the CBDC project Mbridge', 'the pilot scheme Earn
  and Learn'; data: named_thing_nouns), or opening with it capitalised ('Project Ensemble', eninst session 21): the
  name of a project or scheme, no body or place;
- a place inside a quoted title ('the guidelines set out in the “Hong Kong Approach to Corporate Difficulties”'): every
  word of the quote but the small ones is capitalised and some are not the place's, so the quote is one name and the
  place is inside it (a quoted sentence, “Hong Kong is back”, has lower-case words and keeps its place);
- a legislature or council in a member's title ('Members of the Legislative Council', 'a Member of Parliament', 'Legislative
  Council member X', 'Non-official Members of the Executive Council'): the title is a post and names no body (GUIDELINES: posts are no institutions; session-10
  ruling: a member's title names no body); lower-case 'members of the X' are people of the body, which it names;
- a bare head that refers back to nothing the text names ('the strategy recommended by the Task Force' in an excerpt
  that never names the task force; eninst, session 23): no name, no row (an anaphor that resolves takes its body's
  name before this, so only an unresolved one is left here);
- a place grown into an ordinal part of a year ('the Economic Survey of Singapore Third Quarter 2013'): the calendar
  words are a time, no part of a place's name (the grown name goes; the place's own mentions elsewhere stay).
Checked per candidate at its own span (a match at its end, no scan of the text)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from typing import Any

from pipeline.extract.entities.spans import Cand, singular

# more capitalised words (and the small words of a name), then a bracketed acronym
RUN_TO_ACRONYM = re.compile(r"((?:[ ]+(?:(?:and|of|for|&)[ ]+)?[A-Z][\w'’-]*)+)[ ]+\(([A-Za-z][A-Za-z&]{1,9})\)")
SMALL_WORDS = frozenset({"and", "of", "for", "&", "the", "on", "in"})
OPEN_QUOTE = re.compile(r"[“\"]([^“”\"\n]{0,80})$")
CLOSE_QUOTE = re.compile(r"([^“”\"\n]{0,80})[”\"]")
TITLE_SMALL = frozenset({"a", "an", "and", "of", "for", "on", "in", "to", "the", "at", "by", "with", "&", "-", "–"})
MEMBER_TITLE = re.compile(r"(?<![\w'’-])Members?[ ]of[ ](?:the[ ])?$")
# bodies whose members hold a title: legislatures, and councils such as the Executive Council ('Non-official Members of
# the Executive Council', eninst session 22); 'Members of the District Councils' (plural) are people of many bodies,
# no one title: the bodies are named (devset gold)
MEMBER_BODIES = frozenset({"legislature", "council"})
MEMBER_AFTER = re.compile(r"[ ]members?\b")  # 'Legislative Council member X', 'LegCo members': the member's title
NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ ]$")
# 'Endowment and Trust funds', 'Education and Health ministries': two capitalised words joined by 'and' before a
# lower-case plural share it as their head ('endowment funds and trust funds'): kinds, no one name
SHARED_HEAD_PAIR = re.compile(r"[A-Z][a-z]+[ ](?:and|&)[ ][A-Z][a-z]+")
LOWER_PLURAL_AFTER = re.compile(r"[ ]([a-z]{3,}s)\b")
CALENDAR_TAIL = re.compile(r"[ ]+(?:First|Second|Third|Fourth|1st|2nd|3rd|4th)[ ]+(?:Quarter|Half)$")


def initials(name: str) -> str:
    """'Industrial Government Land Sales' → 'IGLS' (the small words of a name have none)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in SMALL_WORDS).upper()


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """text[start:end] sits inside a quoted title of capitalised words that holds more than it."""
    before = OPEN_QUOTE.search(text, max(0, start - 81), start)
    if before is None:
        return False
    after = CLOSE_QUOTE.match(text, end)
    if after is None:
        return False
    rest = re.sub(r"[.,:;!?]", " ", before.group(1) + " " + after.group(1)).split()
    return len(rest) >= 2 and all(w[:1].isupper() or w in TITLE_SMALL for w in rest)


def name_limits(text: str, cands: list[Cand], known: Mapping[str, Any], head_kind: Callable[[str], str | None],
                head_word: Callable[[str], str], thing_nouns: Container[str]) -> list[Cand]:
    """`cands` less the parts of acronym-defined runs, the kind-word names, the names after a noun that says what they
    are, the places inside quoted titles and the places grown into calendar words."""
    out = []
    quotes = "“" in text or '"' in text
    for c in cands:
        if quotes and c.label == "PLACE" and in_quoted_title(text, c.start, c.end):
            continue  # 'the “Hong Kong Approach to Corporate Difficulties”'
        if c.label == "INSTITUTION" and c.entity_id in known and known[c.entity_id].type in MEMBER_BODIES and \
                singular(known[c.entity_id].canonical) == known[c.entity_id].canonical and \
                (MEMBER_TITLE.search(text, max(0, c.start - 16), c.start) or MEMBER_AFTER.match(text, c.end)):
            continue  # 'Members of the Legislative Council', 'Legislative Council member X' (eninst, session 21): a
            # member's title ('lobby members of the Legislative Council', lower case, names the body: fc20 gold)
        if c.entity_id in known or c.label not in ("INSTITUTION", "PLACE"):
            out.append(c)
            continue
        m = RUN_TO_ACRONYM.match(text, c.end) if c.label == "INSTITUTION" else None
        if m is not None and initials(text[c.start:m.end(1)]) == m.group(2).upper().replace("&", "") and \
                head_kind(head_word(text[c.start:m.end(1)])) != "INSTITUTION":
            continue  # 'Industrial Government' in 'Industrial Government Land Sales (iGLS)'
        surface = text[c.start:c.end]
        if c.label == "INSTITUTION" and c.method == "ner" and c.canonical == surface and \
                head_kind(surface) == "INSTITUTION":
            continue  # 'recommended by the Task Force' with no task force named before: a bare head names no body
        words = [w for w in surface.split() if w not in SMALL_WORDS]
        if (" and " in surface or " & " in surface) and len(words) > 1 and all(head_kind(w) in ("INSTITUTION", "PLACE") for w in words):
            continue  # 'Polytechnic and University': kinds, no name
        plural = LOWER_PLURAL_AFTER.match(text, c.end) if c.label == "INSTITUTION" else None
        if plural and SHARED_HEAD_PAIR.fullmatch(surface) and head_kind(singular(plural.group(1)).capitalize()):
            continue  # 'transfers to Endowment and Trust funds': two one-word kinds sharing the lower-case head after
            # them, a kind of programme or body ('Procter and Gamble products' stays a company)
        noun = NOUN_BEFORE.search(text, max(0, c.start - 16), c.start)
        if noun is not None and noun.group(1) in thing_nouns:
            continue  # 'the CBDC project Mbridge'
        if len(words) > 1 and words[0].lower() in thing_nouns and head_kind(head_word(surface)) != "INSTITUTION":
            continue  # 'Project Ensemble', 'Project Orion': the noun opening the name says what it is (not 'Project
            # Management Institute', whose head is a body's)
        if c.label == "PLACE" and CALENDAR_TAIL.search(text, c.start, c.end):
            continue  # 'Singapore Third Quarter'
        out.append(c)
    return out


__all__ = ["name_limits"]
