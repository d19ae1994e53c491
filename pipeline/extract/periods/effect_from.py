"""'from <time>' after a figure that is when a new level takes effect, not the comparison base of a change (issue 14,
session 26): 'the voucher will be $850 from 2024 onwards' — 'onwards' closes only an open start, never a base ('rose
5% from 2023' is a change from 2023; nobody writes 'rose 5% from 2023 onwards' for one); 'the cap will be raised to
$450 from 2024' — a level set by 'to <figure>' under a future 'will' / 'shall' starts then ('rose to 5% from 4%' and a
past 'rose to $5 billion from 2023' keep their bases), and so does a time that names a level ('will be cut to 40% from
2019 levels', 'will rise to 8% from 2024's 6%': review reven M5, session 26). PERIOD-GUIDELINES 1 ('from 2027', 'progressively from 2027':
an open start) and 8.4."""

from __future__ import annotations

import re

_ONWARDS = re.compile(r"(?i)^[ \t\n]*(?:onwards?|and beyond)\b")
_WILL = re.compile(r"(?i)\b(?:will|shall|'ll|’ll)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
_LEVEL_AFTER = re.compile(r"(?i)^(?:['’]s\b|[ \t\n]*(?:levels?|figures?|values?|rates?|numbers?)\b)")


def names_level(after: str) -> bool:
    """Whether the words right after a time make it the time of a level ('from 2005 levels', "from 2024's 6%"): after
    'from' a comparison base, whatever comes before it."""
    return _LEVEL_AFTER.match(after) is not None


def takes_effect_from(text: str, start: int, tstart: int, after: str, to_figure: bool) -> bool:
    """Whether 'from <time>' starting at `tstart` (its sentence starts at or after `start`) opens an open start;
    `to_figure`: the words right before 'from' end with 'to <figure>'."""
    if _ONWARDS.match(after):
        return True
    if not to_figure or names_level(after):
        return False  # 'from 2024 levels': the base the new level is measured from
    lead = text[max(start, tstart - 80):tstart]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(lead)), default=0)
    return _WILL.search(lead, cut) is not None


_ENDS = re.compile(r"(?i)\b(?:lapse[sd]?|lapsing|expire[sd]?|expiring|end(?:s|ed|ing)?|cease[sd]?|ceasing|"
                   r"terminate[sd]?|terminating|run(?:s|ning)?[ \t\n]+out|ran[ \t\n]+out)[ \t\n]+$")


def ends_after(head: str) -> bool:
    """'the 70% support level was due to lapse after 31 March 2020', 'the rebate will expire after 2031': 'after' a verb
    of ending dates the last day the figure holds — it holds up to then (an open end, '..2020-03-31'), not from then
    (issue 14, session 26: the fc25 gold)."""
    return _ENDS.search(head) is not None
