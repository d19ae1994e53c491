"""The time a ', which' clause carries from the rest of its sentence when it states none of its own.

A non-restrictive ', which' clause describes what its sentence has just said, at that sentence's time
(PERIOD-GUIDELINES 3a: clause-level time covers the figures that describe the subject or object):
- after a time it follows directly, it speaks of what happens up to or at that time: 'We will extend the
  scheme until March 2031, which will cost $100 million' → ..2031-03;
- after a time that leads the sentence ('Since 2030, we have launched five rounds of relief measures, which
  are worth $50 billion'), the leading time covers the whole sentence, the clause included → 2030..
A clause right after a point time that moves away from it ('in 2029, which has since helped', 'which now holds',
a present perfect: periods.en.json which_clause_own_time_words) takes none.
A clause with a time of its own keeps it (`scope` reads that first); a figure right before the clause passes
its own period on (`scope`, 'which_clause')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.extract.periods.model import TimeExpr, _alt, lexicon

_WHICH = re.compile(r",\s*which\s")
_CLAUSE = re.compile(r"[^.;!?\n]*")  # the clause runs to the end of its sentence
_PERFECT = r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"  # 'has helped', 'have already been'


@lru_cache(maxsize=1)
def _own_time() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_alt(lexicon()['which_clause_own_time_words'])})\b|{_PERFECT}")
_LEADS = re.compile(r"\s*,")  # the leading time ends at a comma: 'Since 2030, we ...'


def which_time(text: str, s0: int, clause: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The time a ', which' clause starting at `clause` takes from its sentence text[s0:...], or None."""
    if not _WHICH.match(text, clause):
        return None
    before = [t for t in times if t.end <= clause]
    if not before:
        return None
    last = before[-1]
    if last.absolute and not text[last.end:clause].strip():
        tail = _CLAUSE.match(text, clause + 1)
        if tail and _own_time().search(tail.group()):
            return None  # 'in 2029, which has since helped', 'in 2015, which now holds': from then on
        return last  # 'until March 2031, which will cost $100 million'
    first = before[0]
    if first.absolute and not text[s0:first.start].strip() and _LEADS.match(text, first.end):
        return first  # 'Since 2030, we have launched ..., which are worth $50 billion'
    return None
