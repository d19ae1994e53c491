"""Text + the figures the scan found → the same figures and the lengths of one unit of time written with an article
after 'for' / 'within' / 'by' (a qualifier and an adjective of extent may come between: 'for at least a year', 'for a
further year') or with 'another' ('renewed for a year', 'extended by another year', 'for an hour'): English states a
duration of one unit so, as 'for one year' (the fc24 forecast gold: 'for a year' is a duration of one year). Not after
any other word ('$3 billion a year' is a rate, 'a year earlier' a relative time), not before a hyphen, a possessive,
'of assessment', 'or' / 'and a half' (a range or a sum this rule does not read) nor a word of relative time, and not
where the unit premodifies a noun ('for a day care centre', 'a day pass') or is a grade with its number ('for a Year 6
pupil': the unit is read in lower case only). Word lists are in the figure lexicon (`article_duration_*`)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pipeline.extract.figures.match import FigureMatch
from pipeline.extract.figures.reader import lexicon


@lru_cache(maxsize=2)
def _pattern(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    units = "|".join(sorted(lex["article_duration_units"], key=len, reverse=True))
    before = "|".join(lex["article_duration_before"])
    alone = "|".join(lex["article_duration_alone"])
    stops = "|".join(re.escape(w) for w in lex["article_duration_not_before"])
    quals = "|".join(re.escape(q) for q in lex["article_duration_qualifiers"])
    adjs = "|".join(lex["article_duration_adjectives"])
    nouns = "|".join(re.escape(w) for w in lex["article_duration_noun_after"])
    return re.compile(
        rf"(?i)\b(?:(?:{before}) (?P<a>(?:(?P<q>{quals}) )?an? (?:(?:{adjs}) )?)|(?P<b>(?:{alone}) ))"
        rf"(?P<unit>(?-i:{units}))\b(?![-\u2011'’])(?! (?:{stops})\b)(?! (?:{nouns})\b| \d)")


def with_article_durations(text: str, found: list[FigureMatch], lang: str = "en") -> list[FigureMatch]:
    """`found` plus 'a year' after 'for' / 'within' / 'by' and 'another year' as durations of 1, where no figure
    covers them yet."""
    if lang != "en":
        return found
    units = lexicon(lang)["article_duration_units"]
    extra = [FigureMatch(m.start("a" if m.group("a") is not None else "b"), m.end(), "duration", Decimal(1), None,
                         str(units[m.group("unit").lower()]), (m.group("q") or "").lower(), "")
             for m in _pattern(lang).finditer(text)
             if not any(f.start < m.end() and m.start() < f.end for f in found)]  # (the whole match: 'for' too)
    return sorted(found + extra, key=lambda f: (f.start, f.end)) if extra else found
