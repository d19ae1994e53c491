"""A unit of time after a number that premodifies a noun of service or place ('about 800 day care places', '12 day
centres'): whether the compound is the head of the noun phrase — then the number counts it, no duration. A plural head
of `time_unit_compound_heads` ends the phrase ('three day hospitals'); a singular one ('care', 'nursery', 'school')
is a head only before a noun of `time_unit_compound_tails` ('day care places', 'day centre services'): 'a two day
nursery course', 'a two day school visit', 'three day hospital tours' keep their durations, the compound modifying
the noun after it (review reven M6, session 26)."""

from __future__ import annotations

from typing import Any, Protocol


class _Tokens(Protocol):
    lex: dict[str, Any]

    def low(self, i: int) -> str: ...


def premodifies_compound(r: _Tokens, unit: str, k: int) -> bool:
    """Whether the unit of time `unit` before token k premodifies a compound noun that the number counts."""
    head = r.low(k)
    if head not in r.lex["time_unit_compound_heads"].get(unit, ()):
        return False
    return head.endswith("s") or r.low(k + 1) in r.lex["time_unit_compound_tails"]
