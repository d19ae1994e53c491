"""Text + the figures the scan found → the same figures and a unit of time 'and a half' with no number before it: 'in
the coming year and a half', 'took a year and a half', 'for an hour and a half' state a duration of 1.5 units
(issue 14, session 26: the fc25 gold reads 'year and a half' so). 'one and a half years' is read by the scan (a number);
'half a year' by the fraction readers. The unit words are the figure lexicon's `article_duration_units`."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipeline.extract.figures.match import FigureMatch
from pipeline.extract.figures.reader import lexicon


@lru_cache(maxsize=2)
def _pattern(lang: str) -> re.Pattern[str]:
    units = "|".join(sorted(lexicon(lang)["article_duration_units"], key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:(?:an?|one)[ \t\n]+)?(?P<unit>(?-i:{units}))[ \t\n]+and[ \t\n]+a[ \t\n]+half\b(?![-\u2011])")


def with_unit_and_half(text: str, found: list[FigureMatch], lang: str = "en") -> list[FigureMatch]:
    """`found` plus '(a) year and a half' as a duration of 1.5 years, where no figure covers it yet."""
    if lang != "en":
        return found
    units = lexicon(lang)["article_duration_units"]
    extra = [FigureMatch(m.start(), m.end(), "duration", Decimal("1.5"), None, str(units[m.group("unit").lower()]), "", "")
             for m in _pattern(lang).finditer(text)
             if not any(f.start < m.end() and m.start() < f.end for f in found)]
    return sorted(found + extra, key=lambda f: (f.start, f.end)) if extra else found
