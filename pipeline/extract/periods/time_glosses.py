"""A stated time in brackets right after a stretch of time named by its place in something ('During the first month of
fully fledged operations (October 2018), the system processed 1.58 million transactions'; 'in the year under review
(2031)') restates when that stretch is: it glosses the time phrase, as '(i.e. 2019 to 2023)' does, and dates the
clause the phrase opens, instead of dating only what is inside the brackets (README: a time inside brackets dates
only what is inside them)."""

from __future__ import annotations

import re

_STRETCH_BEFORE = re.compile(
    r"(?i)\b(?:during|in|over|for|throughout|within)\s+(?:the|its|their|our)\s+"
    r"(?:(?:first|second|third|fourth|last|final|initial|opening|early|latest)\s+)?"
    r"(?:(?:few|two|three|four|five|six|nine|twelve|\d{1,2})\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?|half|period|season)"
    r"(?:\s+(?:of|under|in)\s+[^(),;:.]{1,60}?)?\s*$")


def glosses_time_phrase(text: str, s0: int, paren_start: int) -> bool:
    """The bracket opening at `paren_start` follows a stretch of time named by a preposition and a unit ('during the
    first month of operations (…)')."""
    return _STRETCH_BEFORE.search(text, max(s0, paren_start - 100), paren_start) is not None
