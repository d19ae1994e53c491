"""English figures → without the ages a life expectancy states ('a life expectancy of 85 years', 'life expectancy
… - 81 years for men and 86 years for women'): a life expectancy is the age a person is expected to reach, a
point on the scale of ages, and GUIDELINES makes ages no figures (the Chinese rule for 預期壽命 N歲 is the same,
README session 18). The cue words are in the figure lexicon (`life_expectancy_cues`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.extract.figures.match import FigureMatch
from pipeline.extract.figures.reader import lexicon

_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n|,\s*(?:and|but|while|whereas|or)\b")
# a stretch of time, not an age: 'over the past 10 years', 'in the next 20 years', 'for 5 years', '3 years ago'
_SPAN_BEFORE = re.compile(r"(?i)\b(?:past|next|last|coming|over|within|for|during|after)\s+(?:the\s+)?$")
_SPAN_AFTER = re.compile(r"(?i)\s*(?:ago|later|earlier|from\s+now)\b")


@lru_cache(maxsize=4)
def _cue(lang: str) -> re.Pattern[str]:
    words = lexicon(lang).get("life_expectancy_cues", [])
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?i)\b(?:{alt})\b")


def without_life_expectancy_ages(text: str, found: Sequence[FigureMatch], lang: str = "en") -> list[FigureMatch]:
    """`found` less the durations in years that follow a life-expectancy cue in their own sentence (within 150
    characters, no sentence end or comma-joined clause between), unless the words around them make a stretch of
    time ('over the past 10 years', '20 years from now')."""
    out = []
    for f in found:
        if f.kind == "duration" and f.unit == "year":
            head = text[max(0, f.start - 150):f.start]
            cue = None
            for cue in _cue(lang).finditer(head):
                pass
            if cue is not None and not _CLAUSE_END.search(head, cue.end()) and not _SPAN_BEFORE.search(head) \
                    and not _SPAN_AFTER.match(text, f.end):
                continue
        out.append(f)
    return out
