"""A stated time in brackets right after a stretch of time named by its place in something ('During the first month of
fully fledged operations (October 2018), the system processed 1.58 million transactions'; 'in the year under review
(2031)') restates when that stretch is: it glosses the time phrase, as '(i.e. 2019 to 2023)' does, and dates the
clause the phrase opens, instead of dating only what is inside the brackets (README: a time inside brackets dates
only what is inside them). Only a bracket that holds the time alone is such a gloss."""

from __future__ import annotations

import re

_STRETCH_BEFORE = re.compile(
    r"(?i)\b(?:during|in|over|for|throughout|within)\s+(?:the|its|their|our)\s+"
    r"(?:(?:first|second|third|fourth|last|final|initial|opening|early|latest)\s+)?"
    r"(?:(?:few|two|three|four|five|six|nine|twelve|\d{1,2})\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?|half|period|season)"
    r"(?:\s+(?:of|under|in)\s+[^(),;:.]{1,60}?)?\s*$")


# the bracket holds the time alone ('(October 2018)', '(i.e. 2031)'); a bracket with more in it ('(against 2,000 in
# 2023)') says something of its own, a comparison base or an aside, and glosses nothing (review reven M7, session 27)
_BEFORE_TIME = re.compile(r"\(\s*(?:i\.\s?e\.,?\s*)?")
_AFTER_TIME = re.compile(r"\s*\)?")


def glosses_time_phrase(text: str, s0: int, paren: tuple[int, int], t_start: int, t_end: int) -> bool:
    """The bracket `paren` holds nothing but the time at text[t_start:t_end] and follows a stretch of time named by a
    preposition and a unit ('during the first month of operations (October 2018)')."""
    return _BEFORE_TIME.fullmatch(text, paren[0], t_start) is not None and \
        _AFTER_TIME.fullmatch(text, t_end, paren[1]) is not None and \
        _STRETCH_BEFORE.search(text, max(s0, paren[0] - 100), paren[0]) is not None
