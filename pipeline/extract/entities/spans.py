"""Candidate entity spans shared by the entity modules: the `Cand` record, ids of unknown names, span cleaning."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.records import EntityMention

PREPOSITIONS = {"of", "for", "on", "in", "at"}
CONNECTORS = {"and", "&", "of", "for", "on", "the", "in"}
LEADING_JUNK = re.compile(r"(?:the|The|THE|an?)\s+|[\s\W_]+(?=\w)")
TRAILING_JUNK = re.compile(r"(?:['’]s?|[\s.,;:()\-–—|/&]+|\s+(?:of|and|for|on|in|at|the|to))$")


@dataclass
class Cand:
    """A candidate entity span; `label` None marks a non-entity name (programme, sector) that blocks others."""

    start: int
    end: int
    label: str | None
    entity_id: str
    canonical: str
    etype: str = ""
    country_code: str = ""
    acronym: str = ""
    method: str = "rule"
    confidence: float = 0.9


def synthetic_id(table: str, canonical: str) -> str:
    prefix = "place:" if table == "PLACE" else "inst:"
    return f"{prefix}x-{hashlib.sha1(clean_name(canonical).lower().encode('utf-8')).hexdigest()[:10]}"


def unknown_body(m: EntityMention, start: int, end: int, text: str, **changes: Any) -> EntityMention:
    """`m` moved to text[start:end] as an institution no gazetteer knows: canonical name and id of that span."""
    canonical = clean_name(text[start:end])
    new_id = synthetic_id("INSTITUTION", canonical)
    return replace(m, start=start, end=end, text=text[start:end], entity_id=new_id, gazetteer_id=new_id,
                   canonical=canonical, **changes)


def singular(word: str) -> str:
    if word.endswith("eaux") and len(word) > 5:
        return word[:-1]  # 'Bureaux' (French plural, as Hong Kong writes it)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading 'the', a trailing possessive or punctuation, and an unclosed '(...' from an entity span."""
    while True:
        span = text[s:e]
        if span.count("(") > span.count(")"):
            e = s + span.rfind("(")
            continue
        if span.count(")") > span.count("("):
            cut = span.find(")")
            s, e = (s + cut + 1, e) if cut < len(span) / 2 else (s, s + cut)
            continue
        m = LEADING_JUNK.match(span)
        if m and m.end() < len(span):
            s += m.end()
            continue
        m = TRAILING_JUNK.search(span)
        if m and m.start() > 0:
            e -= len(m.group())
            continue
        return s, e


# 'X said, "...', 'he added: “...': a quotation opened by a verb of saying is reported speech, not a title
SPEECH_BEFORE = re.compile(r"\b(?:said|says|say|added|adds|noted|notes|stated|states|remarked|explained|stressed|"
                           r"emphasi[sz]ed|commented|continued|concluded|told)\s*[,:]?\s*$")
SENTENCE_INSIDE = re.compile(r"[.!?][ \t]+[A-Z]")  # a quoted title or slogan holds no sentence end
# '“... to the economy,” he said': a quotation followed by a verb of saying is reported speech too
# ('“...,” said Ms Lee': the verb may come first)
SPEECH_AFTER = re.compile(r"[,.]?[ \t]*[”\"][ \t]*,?[ \t]*(?:(?:he|she|they|we|it|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|"
                          r"[^.!?\"”\n]{1,80}?,)[ \t]+)?(?:said|says|added|adds|noted|notes|stated|states|remarked|"
                          r"explained|stressed|emphasi[sz]ed|commented|continued|concluded|told)\b")  # ('", HKEx's Head of
# Listing, Richard Williams, said')


def in_quotes(text: str, start: int) -> bool:
    """Whether `start` lies inside a double-quoted phrase of its line (a title, theme or slogan being quoted);
    names inside quoted speech ('Mr Tan said, "... the Development Office ..."', or a quoted stretch that holds or
    ends a sentence: '"The Yat Tung mall is still ... plaza."') are ordinary mentions."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if before.count('"') % 2 == 1:
        q = before.rfind('"')
    elif before.rfind("“") > before.rfind("”"):
        q = before.rfind("“")
    else:
        return False
    if SPEECH_BEFORE.search(before, 0, q) or SENTENCE_INSIDE.search(before, q + 1):
        return False
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end >= 0 else len(text)]
    if not before[:q].strip() and '"' not in line and "”" not in line and re.search(r"[.!?][ \t]*$", line):
        return False  # a paragraph that opens with a quote and runs to its full stop unclosed is speech quoted on
        # into the next paragraph (each paragraph of a long quotation opens with a quote mark), no title
    close = re.search(r'[”"]', text[start:start + 800])
    if close:
        end = start + close.start()
        opened = start - len(before) + q
        if SENTENCE_INSIDE.search(text, start, end) or re.search(r"[.!?]$", text[start:end]) and end - opened > 40:
            return False  # a quoted stretch that holds or ends a sentence of its own is speech, no title
    return not (close and SPEECH_AFTER.match(text, start + close.start() - 1 if text[start + close.start() - 1:
                                                                                  start + close.start()] in ",." else
                                             start + close.start()))


def quoted_first_word(text: str, start: int) -> str:
    """The first word of the double-quoted phrase of its line that `start` lies in ('' outside quotes): a
    quoted title's head ('"Arrangement between ... for ..."') says what the whole phrase names."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if not in_quotes(text, start):
        return ""
    q = max(before.rfind('"'), before.rfind("“"))
    words = before[q + 1:].split()
    return words[0] if words else ""
