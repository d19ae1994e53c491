"""Text + a place's start → the start of a programme's name that holds the place ('Energizing Kowloon East').

Governments name district initiatives with a capitalised gerund and the district: 'Energizing Kowloon East',
'Conserving Central', 'Revitalising Tai O'. The place inside such a name is no mention of it (GUIDELINES: a
place named only inside a longer name, a plan's or a programme's, is not listed). Only a capitalised gerund after
a lower-case word ('the Energizing Kowloon East initiative', 'under Conserving Central') or an abbreviation ending
in a full stop ('i.e. Conserving Central') is a name's; one that opens a sentence, a line, a list item or a clause
after a dash is an ordinary verb ('Developing Lantau is a priority', '1. East Kowloon – Connecting Kwun Tong').
"""

from __future__ import annotations

import re

GERUND_BEFORE = re.compile(r"(?<![\w'’&-])([A-Z][a-z]{2,}ing)[ ]$")
# a lower-case word or an abbreviation with its full stop right before the gerund
# (or a sentence's determiner: 'The Energizing Kowloon East initiative'; no verb follows 'The')
NAME_BEFORE = re.compile(r"(?:(?<![\w'’-])(?:[a-z][\w'’-]*|The|This|Its|Our|Their|Under)"
                         r"|(?<![\w.])(?:i\.e\.|e\.g\.|viz\.|cf\.|incl\.))[ \t\n]+$")


def programme_gerund_start(text: str, start: int) -> int | None:
    """Start of 'Energizing ' right before the place at `start` when it opens a programme's name, else None."""
    m = GERUND_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    return m.start() if NAME_BEFORE.search(text, max(0, m.start() - 20), m.start()) else None
