"""'there will only be one payout', 'there is one licensed bank': after an existential 'there' + a form of 'be' (a
modal or 'only' may come between), 'one' before a noun states how many there are — a count, as 'two payouts' is
(issue 14, session 26; DECISIONS 4: 'one' reporting a statistic is a count). 'It is one reason', 'this is one of' keep
'one' no figure (no existential 'there'; the nouns and 'of' after it are handled by one_counts). A capitalised word after 'one' is a
name or a slogan, no counted noun: 'there is one Hong Kong', 'there will be one Budget' (review reven S1, session 26),
as a capitalised 'One' is no count in one_counts."""

from __future__ import annotations

from typing import Any, Protocol

_BE = frozenset(("is", "was", "are", "were", "be", "been"))
_BETWEEN = frozenset(("will", "would", "shall", "should", "may", "might", "can", "could", "must", "only", "also", "still",
                      "just", "now", "then", "has", "have", "had", "to", "going"))


class _Tokens(Protocol):
    def low(self, i: int) -> str: ...

    def tok(self, i: int) -> Any: ...


def existential_one(r: _Tokens, i: int) -> bool:
    """Whether 'one' at token i follows 'there' + a form of 'be' ('there will only be one payout')."""
    if r.low(i - 1) not in _BE:
        return False
    nxt = r.tok(i + 1)
    if nxt is not None and nxt.text[:1].isupper():
        return False  # 'there is one Hong Kong': a name
    k = i - 2
    while k >= 0 and i - k <= 6 and (r.low(k) in _BETWEEN or r.low(k) in _BE):
        k -= 1
    return k >= 0 and r.low(k) == "there"
