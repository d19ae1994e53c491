"""A comparison base set off by commas before its main clause ('For the sector, over and above the earlier increase
of about $100, we will raise the levy by $60 by July 2031'; 'Compared with the 3% of last year, …'): the compared
figure sits in an aside that ends at its comma, and a time of the main clause after that comma dates the main
clause's figures, not the base (PERIOD-GUIDELINES 4: the comparison base is not the period of the change)."""

from __future__ import annotations

import re

_OPENS_ASIDE = re.compile(r"(?:^|[,;:(]|\A)\s*$")


def time_past_aside(text: str, s0: int, cmp_start: int, fig_end: int, time_start: int) -> bool:
    """The comparative opening at `cmp_start` opens an aside (after the sentence start or a comma), the figure ending
    at `fig_end` is in it, and the time at `time_start` comes after the comma that closes it."""
    if time_start < fig_end or "," in text[cmp_start:fig_end]:
        return False
    if not _OPENS_ASIDE.search(text[s0:cmp_start]):
        return False
    return "," in text[fig_end:time_start]
