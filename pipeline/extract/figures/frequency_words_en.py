"""'twice' / 'thrice' counting occasions (issue 14, session 26: the fc25 gold reads 'lowered its forecast twice in the
past five months' as count 2 'time'): a multiple word of `frequency_multiples` that multiplies nothing — followed by
punctuation or a word of `frequency_times_after` ('met twice in May', 'twice a year', 'revised twice.') — counts
occasions, as 'three times during the year' does (shapes.is_frequency); 'twice the size', 'twice as many' stay ratios
(read_multiple), 'twice-yearly' no figure.
A determiner after 'twice' ('a', 'each', 'last', 'this' ...) opens the noun phrase it multiplies unless a bare unit of time
follows it ('twice a month's rent', 'twice last year's level' are ratios; 'twice a year', 'twice last year' occasions);
'to' / 'or' / 'and' / a comma before a second multiple that multiplies ('twice to three times the average') join two
multiples of one base; 'think twice' is an idiom, no figure (review reven M1, session 26)."""

from __future__ import annotations

from typing import Any, Protocol

_PUNCTUATION = frozenset((".", ",", ";", ":", ")", "!", "?"))


class _Tokens(Protocol):
    lex: dict[str, Any]

    def low(self, i: int) -> str: ...

    def glued(self, i: int, j: int) -> bool: ...

    def tok(self, i: int) -> Any: ...


def _multiplies_later(r: _Tokens, i: int) -> bool:
    """Whether a second multiple follows 'twice or' / 'twice, and in some cases' within a clause and multiplies what
    follows it (a comma skipped): 'twice to three times the average', not 'four times as planned'."""
    lex = r.lex
    for k in range(i + 1, i + 9):
        t = r.tok(k)
        if t is None or t.text in lex["frequency_twice_clause_ends"]:
            return False
        if r.low(k) in lex["ratio_times"] or r.low(k) in lex["frequency_multiples"]:
            j = k + 2 if r.low(k + 1) == "," else k + 1
            return r.low(j) in lex["frequency_multiples"]["twice"] and r.low(j + 1) not in lex["frequency_times_as"]
    return False


def multiplies_phrase(r: _Tokens, i: int) -> bool:
    """Whether the multiple word at token i ('twice') multiplies the noun phrase a determiner or a second multiple
    opens after it: 'twice a month's rent', 'twice last year's level', 'twice to three times the average'."""
    lex = r.lex
    if r.low(i) not in lex["frequency_multiples"]:
        return False
    nxt = r.low(i + 1)
    if nxt in lex["frequency_twice_determiners"]:
        after = r.tok(i + 2)
        return after is not None and after.kind == "word" and r.low(i + 2) not in lex["frequency_twice_periods"]
    return nxt in lex["frequency_twice_joiners"] and _multiplies_later(r, i + 1)


def counts_occasions(r: _Tokens, i: int) -> bool:
    """Whether the multiple word at token i ('twice') counts occasions."""
    if r.low(i) not in r.lex["frequency_multiples"]:
        return False
    if r.low(i - 1) in r.lex["frequency_twice_idiom_verbs"] or multiplies_phrase(r, i):
        return False  # 'think twice before ...'; 'twice a month's rent'
    prev, nxt = r.tok(i - 1), r.tok(i + 1)
    if prev is not None and prev.text in ("-", "\u2011") and r.glued(i - 1, i):
        return False
    if nxt is None:
        return True
    if nxt.text in ("-", "\u2011") and r.glued(i, i + 1):
        return False  # 'twice-yearly'
    return nxt.text in _PUNCTUATION or r.low(i + 1) in r.lex["frequency_times_after"]
