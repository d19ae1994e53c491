"""English figures → without the ages a life expectancy states ('a life expectancy of 85 years', 'life expectancy
… - 81 years for men and 86 years for women'): a life expectancy is the age a person is expected to reach, a
point on the scale of ages, and GUIDELINES makes ages no figures (the Chinese rule for 預期壽命 N歲 is the same,
README session 18). Only the value of the expectancy itself is an age: the cue, a linking word and the number
close after it (review M3, session 19; a relative clause on the cue is not counted in that distance, session 20);
a retirement, payout or lease length in the same sentence stays a duration. The cue words and the linking words
are in the figure lexicon (`life_expectancy_cues`, `life_expectancy_values`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.extract.figures.match import FigureMatch
from pipeline.extract.figures.reader import lexicon

_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n|,\s*(?:and|but|while|whereas|or|so)\b")
_SPAN_AFTER = re.compile(r"(?i)\s*(?:ago|later|earlier|from\s+now)\b")
# ', which estimates the years a person lives in good health,': a relative clause on the cue is no distance from it
_RELATIVE = re.compile(r"\s*,\s*(?:which|that)\b[^,;.!?]{0,120},")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def _cue(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_alternation(lexicon(lang).get('life_expectancy_cues', []))})\b")


@lru_cache(maxsize=4)
def _rules(lang: str) -> tuple[int, re.Pattern[str], re.Pattern[str]]:
    """(max_gap, a linking word right before the number, what joins a second reading to a dropped value)."""
    rule = lexicon(lang).get("life_expectancy_values", {})
    words = [w for w in rule.get("links", []) if w[:1].isalnum()]
    marks = [w for w in rule.get("links", []) if not w[:1].isalnum()]
    link = re.compile(rf"(?i)(?:(?<!\w)(?:{_alternation(words)})\s+|[{''.join(re.escape(m) for m in marks) or '^'}]\s*)$")
    groups, joiners = _alternation(rule.get("groups", [])), _alternation(rule.get("joiners", []))
    joined = re.compile(rf"(?i)\s*(?:for\s+(?:{groups})\b)?\s*,?\s*(?:{joiners})\s+$")
    return int(rule.get("max_gap", 40)), link, joined


def without_life_expectancy_ages(text: str, found: Sequence[FigureMatch], lang: str = "en") -> list[FigureMatch]:
    """`found` less the durations in years that state a life expectancy: a linking word ('of', 'is', 'reached',
    '-' …) right before the number, which starts within max_gap characters after the cue in its clause ('a life
    expectancy of 85 years'), and a value joined to a dropped one ('… 81 years for men and 86 years for women')."""
    max_gap, link, joined = _rules(lang)
    out = []
    last_dropped: FigureMatch | None = None
    for f in found:
        if f.kind in ("duration", "count") and f.unit == "year" and not _SPAN_AFTER.match(text, f.end):
            if last_dropped is not None and last_dropped.end <= f.start \
                    and joined.fullmatch(text, last_dropped.end, f.start):
                last_dropped = f
                continue
            head = text[max(0, f.start - max_gap - 160):f.start]  # (room for a relative clause on the cue)
            cue = None
            for cue in _cue(lang).finditer(head):
                pass
            aside = _RELATIVE.match(head, cue.end()) if cue is not None else None
            if cue is not None and f.kind == "duration" and \
                    len(head) - cue.end() - (aside.end() - aside.start() if aside else 0) <= max_gap and \
                    not _CLAUSE_END.search(head, cue.end()) and link.search(head, cue.end()):
                last_dropped = f
                continue
        out.append(f)
    return out
