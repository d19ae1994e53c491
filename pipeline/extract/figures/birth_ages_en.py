"""English figures → without the upper end of an age band counted from birth: 'places for infants from birth to two
years', 'children between birth and three years' name ages — points on the scale of ages, which GUIDELINES makes no
figures (as 'aged 18 or above', 'three years old') — not lengths of time (issue 14, session 26: the fc25 gold lists no
figure for 'from birth to two years')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.figures.match import FigureMatch

_AGE_UNITS = frozenset(("year", "month", "week", "day"))
_FROM_BIRTH = re.compile(r"(?i)\bbirth[ \t\n]+(?:to|and|up[ \t\n]+to|until|till|through)[ \t\n]+"
                         r"(?:(?:the[ \t\n]+)?age[ \t\n]+(?:of[ \t\n]+)?)?$")


def without_birth_ages(text: str, found: Sequence[FigureMatch]) -> list[FigureMatch]:
    """`found` less the durations right after 'from birth to' / 'between birth and' (an age, not a length of time)."""
    return [f for f in found if not (f.kind == "duration" and f.unit in _AGE_UNITS and
                                     _FROM_BIRTH.search(text, max(0, f.start - 40), f.start))]
