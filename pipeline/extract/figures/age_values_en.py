"""An age stated as a number of years is a point on a scale, no duration (GUIDELINES: ages and age limits are not
figures): 'raise the qualifying age for the scheme from 65 to 67 years', 'the re-employment age goes up to 69 years',
'the minimum age to 18 years', 'the age limit of 65 years' (issue 14, session 29: a Singapore budget's qualifying age
read as two durations). The duration is an age when the clause before it names an age ('age', 'ages', 'age limit',
'age threshold') and links it to the number with a word of value or change (from, to, of, at, is, was, be, goes,
rises) — no comma, stop, figure or other number between, except the old value of 'from X to'. 'Workers above the
retirement age will get support for two years' keeps its duration: 'for' links a stretch of time to the support; the
age noun is in lower case ('Old Age Allowance ... equivalent to one month' names an allowance)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.figures.match import FigureMatch

# the nouns of an age, and the words that link one to its value (a copula, a preposition of value, a verb of change)
_AGE_NOUNS = ("age", "ages", "age limit", "age limits", "age threshold", "age thresholds", "age cap")
# nouns an age modifies, naming a benefit or a service, not an age ('old age allowance equal to one month')
_MODIFIED = ("allowance", "allowances", "pension", "pensions", "benefit", "benefits", "living", "care", "home", "homes",
             "security")
_LINKS = ("from", "to", "of", "at", "is", "was", "be", "goes", "go", "rises", "rise")
_AGE_VALUE = re.compile(r"\b(?:%s)\b(?!-|[ \t]+(?i:%s)\b)(?:[^.;:!?,\d%%$\n]{0,80}?\bfrom[ \t]+[\d.]+[ \t]+to|[^.;:!?,\d%%$\n]{0,80}?"
                        r"\b(?i:%s))[ \t]+(?:up[ \t]+)?$"
                        % ("|".join(sorted(_AGE_NOUNS, key=len, reverse=True)), "|".join(_MODIFIED), "|".join(_LINKS)))
# an age that describes people ('applicants of retirement age', 'workers above the retirement age') is no subject
# of the clause: the number after the link word is the value of another noun ('the waiting time for applicants of
# retirement age was 4.5 years'; review rmenb X6). 'of' with a determiner ('the lowering of the minimum age to 18
# years') still names the age itself.
_PEOPLE_AGE = re.compile(r"(?i)\b(?:(?:above|below|under|over|beyond|past)[ \t]+(?:the[ \t]+)?|of[ \t]+"
                         r"(?!(?:the|a|an|its|their|this|that|our|his|her)\b))(?:[a-z-]+[ \t]+){0,2}$")


def without_age_values(text: str, found: Sequence[FigureMatch]) -> list[FigureMatch]:
    """`found` less the durations that give the value of an age named before them in their clause."""
    return [f for f in found if not (f.kind == "duration" and age_value(text, f.start))]


def age_value(text: str, start: int) -> bool:
    """Whether the number at `start` gives the value of an age named before it in its clause (not one of people)."""
    lo = max(0, start - 110)
    m = _AGE_VALUE.search(text, lo, start)
    while m is not None:
        if not _PEOPLE_AGE.search(text, max(0, m.start() - 40), m.start()):
            return True
        m = _AGE_VALUE.search(text, m.start() + 1, start)
    return False
