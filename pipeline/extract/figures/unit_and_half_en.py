"""Text + the figures the scan found → the same figures and a unit of time 'and a half' with no number before it: 'in
the coming year and a half', 'took a year and a half', 'for an hour and a half' state a duration of 1.5 units
(issue 14, session 26: the fc25 gold reads 'year and a half' so). 'one and a half years' is read by the scan (a number);
'half a year' by the fraction readers. The unit words are the figure lexicon's `article_duration_units`. Not where
'a half' opens the next noun phrase ('and a half day on Saturday', 'and a half of that is taxable', 'and a half hour
earlier'), nor where '(a) <unit>' is the denominator of a rate or a frequency ('five days a week and ...', '$30 a day
and ...', 'every day and ...'): review reven M9, session 26."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipeline.extract.figures.match import FigureMatch
from pipeline.extract.figures.reader import lexicon


@lru_cache(maxsize=2)
def _pattern(lang: str) -> re.Pattern[str]:
    units = "|".join(sorted(lexicon(lang)["article_duration_units"], key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:(?P<a>an?|one)[ \t\n]+)?(?P<unit>(?-i:{units}))[ \t\n]+and[ \t\n]+a[ \t\n]+half\b"
                      rf"(?![-\u2011])(?![ \t\n]+(?:of|(?:{units})s?)\b)")


_RATE_BEFORE = re.compile(r"(?i)\b(?:per|every|each)[ \t\n]+$")


def _rate(text: str, m: re.Match[str], found: list[FigureMatch]) -> bool:
    """'every day and a half', 'five days a week and a half', '$30 a day and a half': the unit is a rate's
    denominator or a frequency, no duration."""
    if _RATE_BEFORE.search(text, 0, m.start()):
        return True
    gap = text[:m.start()].rstrip()
    return m.group("a") is not None and m.group("a").lower() != "one" and any(f.end == len(gap) for f in found)


def with_unit_and_half(text: str, found: list[FigureMatch], lang: str = "en") -> list[FigureMatch]:
    """`found` plus '(a) year and a half' as a duration of 1.5 years, where no figure covers it yet."""
    if lang != "en":
        return found
    units = lexicon(lang)["article_duration_units"]
    extra = [FigureMatch(m.start(), m.end(), "duration", Decimal("1.5"), None, str(units[m.group("unit").lower()]), "", "")
             for m in _pattern(lang).finditer(text)
             if not any(f.start < m.end() and m.start() < f.end for f in found) and not _rate(text, m, found)]
    return sorted(found + extra, key=lambda f: (f.start, f.end)) if extra else found
