"""'twice' / 'thrice' counting occasions (issue 14, session 26: the fc25 gold reads 'lowered its forecast twice in the
past five months' as count 2 'time'): a multiple word of `frequency_multiples` that multiplies nothing — followed by
punctuation or a word of `frequency_times_after` ('met twice in May', 'twice a year', 'revised twice.') — counts
occasions, as 'three times during the year' does (shapes.is_frequency); 'twice the size', 'twice as many' stay ratios
(read_multiple), 'twice-yearly' no figure."""

from __future__ import annotations

from typing import Any, Protocol

_PUNCTUATION = frozenset((".", ",", ";", ":", ")", "!", "?"))


class _Tokens(Protocol):
    lex: dict[str, Any]

    def low(self, i: int) -> str: ...

    def glued(self, i: int, j: int) -> bool: ...

    def tok(self, i: int) -> Any: ...


def counts_occasions(r: _Tokens, i: int) -> bool:
    """Whether the multiple word at token i ('twice') counts occasions."""
    if r.low(i) not in r.lex["frequency_multiples"]:
        return False
    prev, nxt = r.tok(i - 1), r.tok(i + 1)
    if prev is not None and prev.text in ("-", "\u2011") and r.glued(i - 1, i):
        return False
    if nxt is None:
        return True
    if nxt.text in ("-", "\u2011") and r.glued(i, i + 1):
        return False  # 'twice-yearly'
    return nxt.text in _PUNCTUATION or r.low(i + 1) in r.lex["frequency_times_after"]
