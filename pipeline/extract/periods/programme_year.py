"""A year naming an annual programme whose contents are the figures ('The 2031-32 Land Sale Programme
comprises 12 residential sites …'): the programme's year, not a year inside a name.

PERIOD-GUIDELINES 3e keeps years in names out of a figure's period, but gives the financial year of a budget
or provision to the amounts it holds. An annual programme (a land sale programme, a works or housing
programme of a year) is planned for its year in the same way: what it comprises, includes or consists of is
planned for that year. The words (programme heads, verbs of content, auxiliaries) are in
pipeline/data/periods.en.json (`programme_year_*`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.periods.model import _alt, lexicon

__all__ = ["names_fronted_programme_year", "names_programme_year"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lx = lexicon()
    return re.compile(
        rf"\s+(?:[A-Z][\w'’&-]*\s+){{0,4}}(?i:{_alt(lx['programme_year_heads'])})\s+"
        rf"(?i:(?:{_alt(lx['programme_year_auxiliaries'])})\s+)?(?i:{_alt(lx['programme_year_verbs'])})\b")


def names_programme_year(text: str, end: int) -> bool:
    """True when the year ending at `end` is followed by a programme's name (capitalised words, then the
    head) and a verb of its contents ('2031-32 Land Sale Programme will comprise')."""
    return _pattern().match(text, end, min(len(text), end + 120)) is not None


@lru_cache(maxsize=1)
def _fronted() -> re.Pattern[str]:
    lx = lexicon()
    return re.compile(
        rf"\s+(?:[A-Z][\w'’&-]*\s+){{0,4}}(?i:{_alt(lx['programme_year_heads'])})\s*,\s+"
        rf"(?i:{_alt(lx['programme_year_fronted_subjects'])})\s+"
        rf"(?i:(?:{_alt(lx['programme_year_auxiliaries'])})\s+)?(?i:{_alt(lx['programme_year_verbs'])})\b")


def names_fronted_programme_year(text: str, end: int) -> bool:
    """True when the year ending at `end` names a programme in a fronted 'In the <year> <Name> Programme, we will
    include …': the sentence then says what the programme comprises, as 'The <year> … Programme comprises' does."""
    return _fronted().match(text, end, min(len(text), end + 140)) is not None
