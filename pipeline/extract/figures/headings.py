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


def name_part_count(reader: Any, i: int, end: int) -> tuple[str, str, str, int] | None:
    """'the Three-Runway System': a number hyphened to a part of a built structure inside a capitalised name still
    counts the parts (the lead's ruling, session 14, as DECISIONS-zh 4 reads 三跑道系統 and DECISIONS 37 'an eight-lane
    bridge'): count 3 runway. The parts come from the lexicon's `name_part_counts` ('Five-Year Plan' is not one)."""
    toks = reader.toks
    if end + 1 >= len(toks) or toks[end].text not in _JOINERS or not reader.glued(end - 1, end) or \
            not reader.glued(end, end + 1) or toks[end + 1].low not in reader.lex.get("name_part_counts", {}):
        return None
    return "count", str(reader.lex["name_part_counts"][toks[end + 1].low]), toks[end + 1].low, end + 2


def counted_name(reader: Any, i: int) -> bool:
    """'the Ten Major Infrastructure Projects': a written number opening a Title-Case run that ends in a plural
    head of the lexicon's `name_count_heads` names a set by the count of its members (as 'N大X' counts, DECISIONS-zh
    3); 'the Two Sessions', 'One Country, Two Systems' end in other words and stay names."""
    toks, heads = reader.toks, reader.lex.get("name_count_heads", ())
    k = i + 1
    while k < len(toks) and toks[k].kind == "word" and toks[k].text[:1].isupper() and \
            not ("\n" in reader.text[toks[k - 1].end:toks[k].start]):
        k += 1
    return k > i + 1 and toks[k - 1].low in heads
