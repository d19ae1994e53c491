"""A suspended hyphen whose joiner is glued to it: '1-to 3-room HDB flats', '2-and 3-bedroom units' (a conversion or a
typist left out the space after the hyphen) is the same suspended range or list as '1- to 3-room' (DECISIONS 37); the
first number was dropped and the second read alone (issue 14, session 29: a Singapore budget's flat types). Only a
joiner word followed by a space: 'one-to-one', '2-to-1' are no suspended figures."""

from __future__ import annotations

from typing import Any, Protocol


class _Tokens(Protocol):
    lex: dict[str, Any]

    def low(self, i: int) -> str: ...

    def glued(self, i: int, j: int) -> bool: ...


def glued_joiner(r: _Tokens, i: int) -> bool:
    """Whether token i is a suspended-list joiner ('to', 'and', 'or') with a space after it."""
    return r.low(i) in r.lex["suspended_joiners"] and not r.glued(i, i + 1)
