"""A figure token index → whether the number opens a count in a Title-Case heading ('C. Building 12 New Public
Libraries', 'Ten Major Infrastructure Projects'): devset-real DECISIONS 11 annotates headings like body text, so a
number there is a count although a capitalised name usually makes it a label ('Pillar 3') or part of a name ('the
Two Sessions'). Read on the line as laid out; every word list comes from the figure lexicon."""

from __future__ import annotations

import re
from typing import Any

_LIST_LABEL = re.compile(r"\s*(?:\(?(?:[A-Za-z]|[0-9]{1,2}|[ivxIVX]{1,4})[.)]\s+)?")  # 'C.', '(a)', '3.', 'iv)'
_SENTENCE_MARKS = frozenset(".;:!?")
_JOINERS = frozenset(("-", "&"))


def heading_count(reader: Any, i: int) -> bool:
    """The number at token i stands in a short heading line (at most `heading_max_words` words, no sentence
    punctuation after its list label), opens it or follows a capitalised verb that opens it ('Building', 'Provide'),
    and a Title-Case noun phrase ending in a plural noun follows it ('12 New Public Libraries')."""
    lex, text, toks = reader.lex, reader.text, reader.toks
    t = toks[i]
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    body = line[_LIST_LABEL.match(line).end():]  # type: ignore[union-attr]
    if any(c in _SENTENCE_MARKS for c in body) or len(body.split()) > int(lex["heading_max_words"]):
        return False
    before = text[line_start + len(line) - len(body):t.start].split()
    if len(before) > 1 or before and not _heading_verb(before[0], lex["_verbs"]):
        return False
    k = i + 1
    while k < len(toks) and toks[k].start < line_start + len(line):
        w = toks[k]
        if w.text in _JOINERS:
            k += 1
            continue
        if w.kind != "word" or not w.text[:1].isupper():
            return False
        if reader.looks_plural(w.text) or w.low in lex["irregular_plurals"]:
            return True
        k += 1
    return False


def _heading_verb(word: str, verbs: frozenset[str]) -> bool:
    """'Building', 'Undertaking', 'Provide': a capitalised verb (base form or -ing form) opening a heading."""
    w = word.lower()
    if not word[:1].isupper():
        return False
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        return stem in verbs or stem + "e" in verbs or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs
    return w in verbs
