"""A written number that opens a group's nickname: 'the four little dragons', 'the Four Asian Tigers' (Hong Kong,
Singapore, Taiwan and South Korea). The nickname names the group as a whole, as a quoted slogan or a
capitalised name does ('the Two Sessions'), so its number states no figure even in lower case; the same number before
another noun still counts ('four little parks'). The nicknames come from the figure lexicon (group_epithets), each with
its source."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pipeline.extract.figures.match import Amount


@lru_cache(maxsize=4)
def _by_first(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The nicknames' words, looked up by their first word (built once per lexicon)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        out.setdefault(words[0], []).append(words[1:])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def group_epithet(reader: Any, amt: Amount) -> bool:
    """The number at `amt` (in words) opens one of the lexicon's group nicknames."""
    if not amt.in_words or amt.value_max is not None:
        return False
    table = _by_first(tuple(reader.lex.get("group_epithets", ())))
    for rest in table.get(reader.low(amt.num_idx), ()):
        if rest and all(reader.low(amt.num_idx + 1 + k) == w for k, w in enumerate(rest)):
            return True
    return False
