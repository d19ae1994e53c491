"""'… policy bureaux, increasing their number from 13 to 15': 'their number' stands for 'the number of <the plural
noun it refers back to>', so the bare ends of the change count that noun, as after 'the number of bureaux'. The
antecedent is the nearest plural noun before 'their' in the same sentence; the words come from the figure lexicon
(`number_of_words`, `their_words`)."""

from __future__ import annotations

from typing import Any

_SENTENCE_MARKS = frozenset((".", ";", "!", "?"))


def their_number_antecedent(reader: Any, k: int) -> int | None:
    """When tokens k, k+1 are 'their number' (not 'their number of …'), the index of the plural noun 'their' refers
    back to (the nearest before it in the sentence), else None."""
    number, of = reader.lex["number_of_words"]
    if reader.low(k) not in reader.lex["their_words"] or reader.low(k + 1) != number or reader.low(k + 2) == of:
        return None
    irregular = reader.lex["irregular_plurals"]
    for j in range(k - 1, max(-1, k - 12), -1):
        t = reader.toks[j]
        if t.text in _SENTENCE_MARKS:
            return None
        if t.kind != "word" or t.low in reader.lex["_count_stopwords"]:
            continue
        if (t.low in irregular and irregular[t.low] != t.low) or reader.looks_plural(t.text) and not reader.is_verb_form(j):
            return j
    return None
