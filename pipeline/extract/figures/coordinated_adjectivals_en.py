"""An adjectival count coordinated with another of the same noun shares that one's head: '4-room and 5-room flats',
'4-room or 5-room flats', 'a 4-room and a 5-room flat' — the first, its noun followed by 'and' / 'or' rather than the
noun it modifies, was dropped (a count needs the noun after its compound); DECISIONS 37 counts each ('2- and 3-bedroom
units' = 2 and 3 bedrooms), so the first counts its own noun, as the second does (issue 14, session 29: a Singapore
budget's flat types)."""

from __future__ import annotations

from typing import Any, Protocol

_JOINERS = ("and", "or")
_ARTICLES = ("a", "an")
_HYPHENS = ("-", "‐", "‑")


class _Tokens(Protocol):
    lex: dict[str, Any]

    def low(self, i: int) -> str: ...

    def glued(self, i: int, j: int) -> bool: ...

    def tok(self, i: int) -> Any: ...


def coordinated_noun(r: _Tokens, k: int) -> bool:
    """Whether the noun at token k (after 'N-') is followed by 'and' / 'or', an optional article, and 'M-' + the same
    noun: '4-room and 5-room', '4-room or a 5-room'."""
    j = k + 1
    if r.low(j) not in _JOINERS:
        return False
    j += 1 + (r.low(j + 1) in _ARTICLES)
    t = r.tok(j)
    number = t is not None and (t.kind == "num" or t.low in r.lex["number_words"])
    return number and r.low(j + 1) in _HYPHENS and r.glued(j, j + 1) and r.glued(j + 1, j + 2) and \
        r.low(j + 2) == r.low(k)
