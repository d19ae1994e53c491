"""A sentence's times + its figures → the time each figure carries itself: the time attached right after or
before it ('3.2% at the end of 2023', '(2022-23 RE: $41 million)'), one per part of a list ('respectively'),
a stretch's span ('over the four years to 2016-17', 'in the first three quarters'), and the times a present
word may resolve against. `scope` decides what the other figures of the sentence take.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.periods.duration_spans import span_ending, span_last, whole_units
from pipeline.extract.periods.model import FigureSpan, TimeExpr, lexicon
from pipeline.extract.periods.patterns import scope_patterns as _rx
from pipeline.extract.periods.resolve import duration_length
from pipeline.extract.periods.subject_times import closes_subject

_BRACKET_GAP = re.compile(r"\s*(?:(?:per|a|an|each)\s+[a-z]+\s*)?\(\s*")  # 'per year (', ' ('
_BRACKET_CLOSE = re.compile(r"\s*\)")

__all__ = ["at_stock_date", "attached_time", "present_anchors", "respectively", "spans_ending", "stretch_at"]


def stretch_at(text: str, f: FigureSpan, s0: int) -> re.Match[str] | None:
    """The stretch word before a duration ('the past five years', 'the next decade'); 'first' only before
    quarters or months ('in the first three quarters', resolved by `resolve.stretch_ends`)."""
    rx = _rx()
    m = rx["stretch"].search(text, max(s0, f.start - 40), f.start)
    if m is None:
        m = rx["first_stretch"].search(text, max(s0, f.start - 40), f.start)
        count = duration_length(text, f) if m is not None else None
        if count is None or count[1] not in ("quarter", "month") or rx["of_year"].match(text, f.end):
            return None
    return m


def at_stock_date(times: Sequence[TimeExpr], owned: set[int]) -> bool:
    """'As at end-2030, tenants numbered 4 000, an increase of 50% over the past five years': when every point
    its sentence states is a day (the date of a stock) that leads its clause rather than being attached to one
    figure (`owned`: ids of attached times), a past stretch anchored there measures the change of that stock,
    which belongs to the stock's figure (PERIOD-GUIDELINES 4); the stretch then dates its own duration only,
    not its clause. ('Sales grew 30% over the past three years, reaching 5 million at the end of 2025': the day
    is the later figure's own, and the stretch dates the growth.)"""
    days = [u for u in times if u.role == "point" and u.lo is not None]
    return bool(days) and all(u.lo is not None and u.lo.kind == "date" and id(u) not in owned for u in days)


def present_anchors(text: str, t: TimeExpr, f: FigureSpan, anchors: list[TimeExpr],
                     owners: dict[int, FigureSpan]) -> list[TimeExpr]:
    """The times a present word ('at present', 'currently') may resolve against: not one attached to another
    figure of the sentence (periods.en.json present_words)."""
    if t.role != "vague" or t.shift or " ".join(text[t.core:t.end].lower().split()) not in _present_words():
        return anchors
    return [u for u in anchors if owners.get(id(u), f) is f]


@lru_cache(maxsize=1)
def _present_words() -> frozenset[str]:
    return frozenset(lexicon()["present_words"])


def spans_ending(text: str, figs: Sequence[FigureSpan], times: list[TimeExpr]) -> list[TimeExpr]:
    """A duration next to its start or end states a span, which dates the duration and, as the clause's
    time, the figures it covers: 'over the four years to 2016-17' (2013-14..2016-17), 'for the five-year
    period from 2016-17' (2016-17..2020-21); so does 'the next decade from 2017-18' (2017-18..2026-27)."""
    rx = _rx()
    out = list(times)
    for k, t in enumerate(out):
        if t.role == "open_start" and t.lo is not None and t.lo.kind in ("year", "split", "fy") and \
                rx["decade_before"].search(text, max(0, t.start - 24), t.start):
            out[k] = replace(t, role="range", hi=t.lo.shift(9))
    for f in figs:
        count = duration_length(text, f) if f.kind == "duration" else None
        if count is None or count[1] not in ("year", "month"):
            continue
        n, unit = count
        for k, t in enumerate(out):
            last = t.hi if t.role == "open_end" else t.lo  # 'the 30-year period up to 2048': 2019..2048
            if t.start < f.end or last is None:
                continue
            if t.role in ("point", "open_end", "target") and rx["span_end"].fullmatch(text, f.end, t.core):
                ends = span_ending(last, n, unit)  # 'for another three years till end-2026': 2024..2026
                if ends is not None:
                    out[k] = replace(t, role="range", lo=ends[0], hi=ends[1])
            elif t.role == "open_start" and t.lo is not None and rx["span_start"].fullmatch(text, f.end, t.start):
                lo = whole_units(t.lo, unit)  # 'for two years, starting from 1 January 2018': 2018..2019
                hi = span_last(lo, n, unit)
                if hi is not None:  # ('one year from 1 January 2031': that year)
                    out[k] = replace(t, role="range", lo=lo, hi=hi) if hi != lo else replace(t, role="point", lo=lo)
            break
    return out


def attached_time(text: str, f: FigureSpan, times: list[TimeExpr], figs: Sequence[FigureSpan]) -> TimeExpr | None:
    """A time right after the figure ('3.2% at the end of 2023', '$520 million full-year provision
    w.e.f. 2023-24') or right before it ('(2022-23 RE: $41 million)', "last year's $9.9 billion")."""
    rx = _rx()
    for t in times:
        if t.start >= f.end and t.start - f.end <= 60:
            if text.startswith(("'s", "’s"), t.end):
                break  # "$14.7 billion from last year's $9.9 billion": the time is the next figure's
            if f.kind != "duration" and t.start == t.core and _BRACKET_GAP.fullmatch(text, f.end, t.start) and _BRACKET_CLOSE.match(text, t.end):
                return t  # '$600 million (FY15-17)', '$600 million per year (2010-2015)': a bracketed time of its own
            if not any(f.end <= g.start < t.start for g in figs) and rx["gap_after"].match(text[f.end:t.start]) and \
                    not rx["with_phrase"].match(text, f.end, t.start):  # '$10 billion, with completion targeted for 2030'
                if closes_subject(text, t, figs):
                    break  # 'spending on three areas for 2031-32 is $198 billion': the subject's time, the clause's
                return t
            break
    for t in reversed(times):
        if t.end <= f.start:
            gap = text[t.end:f.start]
            if rx["possessive"].match(gap):
                return t
            if t.role in ("point", "budget") and rx["gap_before"].match(gap):
                return t
            if t.role in ("point", "budget", "base") and t.lo is not None and rx["gap_paren"].match(gap):
                return replace(t, role="budget")  # 'over the 2019-20 revised estimate ($72.5 billion)'
            break
    return None


def respectively(text: str, figs: Sequence[FigureSpan], times: list[TimeExpr],
                  attached: dict[int, TimeExpr | None]) -> None:
    """'0.06% and 0.23% respectively at the end of 2022': the time binds every figure of the list, as it
    does a list of old values ('... from 0.97% and 0.54% in November'); '5% and 6% in 2022 and 2023
    respectively': one time per figure, in order."""
    rx = _rx()
    for i in range(len(figs) - 1, 0, -1):
        t = attached.get(i)
        if t is None or attached.get(i - 1) is not None:
            continue
        listed_from = rx["from_fig"].search(text, max(0, figs[i - 1].start - 12), figs[i - 1].start) and \
            rx["coord"].match(text[figs[i - 1].end:figs[i].start])  # 'from 0.97% and 0.54% in November'
        if not (listed_from or rx["resp"].match(text[figs[i].end:t.start]) or rx["resp"].match(text[t.end:t.end + 80])):
            j = i  # '3.1%, 2.9% and 2.8% in 2017, 2018 and 2019': as many figures as listed times pair in order
            while j > 0 and attached.get(j - 1) is None and rx["coord"].match(text[figs[j - 1].end:figs[j].start]):
                j -= 1
            if len(t.items) >= 2 and len(t.items) == i - j + 1 and t.start >= figs[i].end:
                for k, w in zip(range(j, i + 1), t.items):
                    attached[k] = replace(t, role="point", lo=w, hi=None, items=())
            continue
        j = i
        while j > 0 and attached.get(j - 1) is None and rx["coord"].match(text[figs[j - 1].end:figs[j].start]):
            attached[j - 1] = t
            j -= 1
        if len(t.items) == i - j + 1:
            for k, w in zip(range(j, i + 1), t.items):
                attached[k] = replace(t, role="point", lo=w, hi=None, items=())
