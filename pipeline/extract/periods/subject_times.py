"""A time that closes a sentence's subject, right before the linking verb that states the subject's value.

'The recurrent expenditure on these three areas for 2031-32 is $198 billion': the time after the count
'three areas' is not that count's own (PERIOD-GUIDELINES 3b) but the subject's, and the figure after the
verb is the subject's value; so the time is the clause's and covers both (3a). Linking verbs:
pipeline/data/periods.en.json subject_time_copulas (issue 14, session 28). A time led by a comparison word ('the
increase ... over 2030 is 5%') is the base the subject is measured against, no time of the clause (PERIOD-GUIDELINES 4)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.extract.periods.model import FigureSpan, TimeExpr, lexicon

__all__ = ["closes_subject"]

_BASE = re.compile(r"(?i)\b(?:over|from|than|against|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+)?$")
_HEDGE = re.compile(r"(?:(?:an?|some|about|around|nearly|almost|over|roughly|approximately|estimated)\s+){0,2}")


@lru_cache(maxsize=1)
def _copula() -> re.Pattern[str]:
    words = sorted(lexicon()["subject_time_copulas"], key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?i)[ \t\n]+(?:{alt})[ \t\n]+")


def closes_subject(text: str, t: TimeExpr, figs: Sequence[FigureSpan]) -> bool:
    """Whether the time `t` is followed at once by a linking verb whose complement is a figure of `figs`."""
    m = _copula().match(text, t.end)
    if m is None or _BASE.search(text[max(0, min(t.start, t.core) - 30):t.core]):
        return False  # 'The increase in the three sectors over 2030 is 5%': the base compared with (review-reven M10)
    h = _HEDGE.match(text, m.end())
    at = h.end() if h is not None else m.end()
    return any(m.end() <= g.start <= at for g in figs)
