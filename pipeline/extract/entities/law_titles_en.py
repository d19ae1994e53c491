"""A state's formal name inside a law's title is no place mention (enpl, session 24; fc23: 'the Constitution of the
People's Republic of China and the Basic Law of the HKSAR of the People's Republic of China' gave China, the gold
none). A constitution's or a law's title names the state that enacted it in its formal form ('the X Law of the
People's Republic of China', 'the Constitution of the Republic of Singapore'): the name is part of the title, as a
place inside a zoning plan's or a rail project's name is (README "Places and institutions"; DECISIONS 22). Only a
formal state name (opening with a word of FORMAL, a literal test first) right after a law head's 'of the', maybe
after a region's name and its own 'of the' ('the Basic Law of the HKSAR of the ...'); a short name ('China's
laws') and a place after other words stay mentions."""

from __future__ import annotations

import re

FORMAL = ("People's Republic", "People’s Republic", "Republic of", "Federal Republic", "Kingdom of", "Commonwealth of",
          "Union of", "State of")
WINDOW = 90  # characters before the state's name searched for the title's head
TITLE_BEFORE = re.compile(r"\b(?:Constitution|Law|Ordinance|Act|Code)[ ]of[ ]the[ ]"
                          r"(?:(?:[A-Z][\w'’]*[ ]){1,5}of[ ]the[ ])?$")


def in_law_title(text: str, start: int, end: int) -> bool:
    """Is the place at text[start:end] a state's formal name closing a law's title?"""
    if not text.startswith(FORMAL, start) or text[start:end].count(" ") < 2:
        return False
    return TITLE_BEFORE.search(text, max(0, start - WINDOW), start) is not None
