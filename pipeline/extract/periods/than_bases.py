"""A time that closes the noun phrase a comparative compares with is that phrase's, a comparison base, never the
period of the figure (PERIOD-GUIDELINES 4): '$2.3 billion less than the operating revenue for the previous year',
'20% more than the allocation for FY2031'. The phrase is read after 'more / less / higher / lower ... than' and an
article or possessive (the same noun phrase `than_np` reads before a point date 'as at 31 December'); the time is
taken as the phrase's when it is told back from another ('the previous year', 'last year') or follows 'for' (a
noun's complement: 'the revenue for FY2031'). 'higher than the average in 2031' stays the clause's time: 'in' may
date the whole comparison."""

from __future__ import annotations

from pipeline.extract.periods.grammar_en import patterns

# the prepositions after which a stated time belongs to the compared noun phrase
_NOUN_PREPS = ("for",)


def than_base(text: str, start: int, tstart: int, role: str, prep: str) -> bool:
    """Whether the time starting at `tstart` (its preposition included) closes a compared noun phrase."""
    if role == "relative":
        pass  # 'the previous year': told back from another time, the compared phrase's own
    elif role not in ("point", "budget") or prep not in _NOUN_PREPS:
        return False
    return patterns()["than_np"].search(text, max(start, tstart - 80), tstart) is not None
