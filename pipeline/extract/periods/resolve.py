"""A relative or vague time + the stated times of its sentence (or heading) → the period string it means.

'a year before', 'the same period', 'at the end of the year', 'in March' resolve against a time stated
in the same sentence or the governing heading (PERIOD-GUIDELINES 4, 5); durations take the span they
measure (section 7): 'for four years starting from 2025/26' → 2025-26..2028-29.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from pipeline.extract.periods.duration_spans import span_last, whole_units
from pipeline.extract.periods.model import FigureSpan, TimeExpr, When, lexicon
from pipeline.extract.periods.patterns import scope_patterns as _rx
from pipeline.extract.periods.year_end_parts import year_end_part

__all__ = ["anchor_of", "duration_length", "duration_span", "resolve_time", "stretch_span"]


def anchor_of(times: list[TimeExpr], t: TimeExpr) -> When | None:
    """The stated time a relative one refers to: the nearest absolute time before it, else after it."""
    pts = [u for u in times if u.role in ("point", "budget") and u.lo is not None]  # not a target: 'by 2030'
    before = [u for u in pts if u.end <= t.start]
    if before:
        return before[-1].lo
    return pts[0].lo if pts else None


def _month_of_year_beside(t: TimeExpr, stated: When | None) -> str | None:
    """A month + 'last year' / 'next year' is that month of the year before or after the month or day its sentence
    states (a monthly series: 'at the end of January 2019 ... at the end of December last year' → 2018-12-31); against
    a year alone, or a heading, 'last year' counts from the writing, which the text does not state."""
    if stated is None or stated.kind not in ("month", "date"):
        return None
    year = stated.year + t.shift
    if t.sub > 100:  # 'at the end of December'
        mo = t.sub - 100
        return str(When("date", year, mo * 100 + calendar.monthrange(year, mo)[1]))
    return str(When("month", year, t.sub)) if t.sub <= 12 else None


def _part_years(times: list[TimeExpr], t: TimeExpr) -> list[TimeExpr]:
    """'from 4.1% in the first half of 2018 to 2.1% in the second half of the year': a part of a year takes the
    year of another part of a year its sentence states, also one of a compared value."""
    if t.role not in ("month", "quarter", "half"):
        return []
    return [replace(u, role="point") for u in times if u.role in ("point", "base") and u.lo is not None and
            u.lo.kind in ("month", "quarter", "half") and u.hi is None]


def _year_before(times: list[TimeExpr], t: TimeExpr) -> bool:
    return any(u.role in ("point", "budget") and u.lo is not None and u.end <= t.start for u in times)


def resolve_time(text: str, t: TimeExpr, f: FigureSpan, times: list[TimeExpr], anchor_g: When | None,
             s0: int, all_times: list[TimeExpr] | None = None, period_g: str = "", review_g: bool = False) -> str | None:
    """The period string of `t` for figure `f`; None where a relative time has no anchor. `period_g` is the
    governing heading's period, which 'the review period' names."""
    if t.absolute:
        return t.value()
    if t.role == "period_ref":
        lo, _, hi = period_g.partition("..")
        return (hi or lo if t.sub == 1 else lo if t.sub == -1 else period_g) or None
    if t.role == "vague" and t.shift == 99 and _decade(text, t):
        stated = anchor_of(times, t)  # 'the trend rate of 2.8% over the past decade' beside 'grew 3% in 2026'
        if stated is not None and _rx()["future"].search(text, s0, t.start):
            return None  # 'will be $9 billion in 2026, a growth of 5% over the past decade': counted from the writing
        stated = stated or anchor_g
        if stated is None:
            return None
        kind = stated.kind if stated.kind in ("split", "fy") else "year"
        return f"{When(kind, stated.year - 9)}..{When(kind, stated.year)}"
    if t.role == "vague" and t.shift:
        stated = anchor_of(times, t)
        if stated is not None and t.shift == -1 and text.startswith(("'s", "’s"), t.end) and \
                _rx()["base_lead"].search(text, max(s0, t.start - 30), t.start):
            return str(stated.shift(-1))  # 'to $8 billion for fiscal 2025 from last year's $7 billion': the
            # compared value is the stated year's previous one, like 'the previous year's'
        if review_g and t.shift == -1 and stated is None and anchor_g is not None and anchor_g.kind == "year" and \
                not _rx()["end_of"].search(text, max(s0, t.start - 16), t.core):
            return str(anchor_g)  # under 'Economic Performance 2030' 'last year' is the year it reviews
        return None  # 'last year' counts from when the text was written: neither a heading's year nor a
        # year in its sentence ('contracted in 2022, while inflation was 1.7% last year') is that time
    if t.role == "month" and t.shift:  # 'at the end of January 2019 ... from $X at the end of December last year'
        return _month_of_year_beside(t, anchor_of(times, t))
    anchor = anchor_of(times, t) or anchor_of(_part_years(all_times or [], t), t) or anchor_g
    if t.role in ("month", "quarter", "half") and anchor is not None and not _year_before(times, t) and \
            (later := next((u for u in times if u.start >= t.end and u.lo == anchor), None)) is not None and \
            "," in text[t.end:later.start]:
        anchor = anchor_g  # 'disbursed in April and October, supplementing the package announced in September
        # 2023': a year stated after a comma, in another clause, is not the bare month's
    if t.role == "vague" and text[t.core:t.end].lower().startswith(("this ", "the current ")):
        anchor = anchor_g  # 'grew 5% in 2023 and will grow 3% this year': 'this year' is the writer's year, which a
        # heading may state ('Economic Prospects for 2018'); a year of its sentence is another figure's, in contrast
    if t.role == "same":  # 'from A ... to B ..., while C rose during the same period': A..B, all stated times
        pts = [u for u in (all_times or times) if u.role in ("point", "budget") and u.lo is not None and u.end <= t.start]
        spans = [u for u in (all_times or times) if u.role in ("range", "open_start") and u.absolute and u.end <= t.start]
        # ('since 2027-28, spending rose 58%, exceeding GDP growth of 16% over the same period': since 2027-28)
        if spans and (not pts or spans[-1].end > pts[-1].end):
            return spans[-1].value()  # 'from 2018-19 to 2021-22, ... over the same period': that stated span
        if len(pts) >= 2:
            a, b = sorted((pts[-2].lo, pts[-1].lo), key=lambda w: (w.year, w.sub))  # type: ignore[union-attr]
            before = text[max(s0, f.start - 30):f.start]
            if re.match(r"(?i)(?:up\s+)?to\s", text[f.start:f.end]):  # 'edging up to 0.85%' read as one span
                before += "to "
            if _rx()["from_fig"].search(before):
                return str(a)
            if _rx()["to_fig"].search(before):
                return str(b)
            return f"{a}..{b}"
        return str(pts[-1].lo) if pts else None
    if anchor is None:
        return None
    if t.role == "relative":
        moved = anchor.shift_sub(t.shift, t.sub) if t.sub else anchor.shift(t.shift)
        return str(moved) if moved is not None else None
    if t.role == "vague":
        if t.shift == 99:
            return None
        end = _rx()["end_of"].search(text, max(s0, t.start - 16), t.core) is not None
        if text[t.core:t.end].lower().endswith("month"):  # 'at the end of the month' under 'December 2003'
            if anchor.kind != "month":
                return None
            last = calendar.monthrange(anchor.year, anchor.sub)[1]
            return str(When("date", anchor.year, anchor.sub * 100 + last)) if end else str(anchor)
        if end and not t.shift and anchor.kind == "year":  # 'at the end of the year' = the year's last day
            return str(When("date", anchor.year, 1231))
        if anchor.kind == "date" and not t.shift and anchor.sub // 100 != 12 and \
                anchor.sub % 100 == calendar.monthrange(anchor.year, anchor.sub // 100)[1] and \
                text[t.core:t.end].lower().endswith("year"):
            return str(When("split", anchor.year - 1))  # 'during the year ... at 31 March 2026': the year to that day
        kind = anchor.kind if anchor.kind in ("split", "fy") else "year"
        return str(When(kind, anchor.year + t.shift))
    if t.role == "month" and t.sub > 100:  # 'at the end of June'
        mo = t.sub - 100
        return str(When("date", anchor.year, mo * 100 + calendar.monthrange(anchor.year, mo)[1]))
    if t.role == "month" and t.hi is not None:  # 'between February and May' in a sentence or under a heading of 2023
        return f"{When('month', anchor.year, t.sub)}..{When('month', anchor.year, t.hi.sub)}"
    if t.role in ("month", "quarter", "half"):
        return str(When(t.role, anchor.year, t.sub))
    return None


def _decade(text: str, t: TimeExpr) -> bool:
    """'over the past decade', 'in the last ten years': the ten years back from a stated time (periods.en.json
    decade_words); 'the next decade' counts from the speech and stays vague."""
    words = " ".join(text[t.core:t.end].lower().split())
    return any(words.endswith(w) for w in lexicon()["decade_words"])


_WORDS = {w: k + 1 for k, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                            "ten", "eleven", "twelve"))} | {"fifteen": 15, "twenty": 20, "thirty": 30,
                                                                          "forty": 40, "fifty": 50}
_COUNT = re.compile(r"(?i)^\D*?(\d+|" + "|".join(_WORDS) + r")[\s-]+(?:(?:consecutive|straight|successive|"
                    r"financial|fiscal|calendar|more|additional|further|extra)\s+)?(year|month|quarter|week|day)s?\b")
_RUN = re.compile(r"(?i)\b(?:consecutive|straight|successive|running)\b")


def duration_length(text: str, f: FigureSpan) -> tuple[int, str] | None:
    """'four years' → (4, 'year'), 'three-month' → (3, 'month'); None when the figure states no count of
    a time unit."""
    m = _COUNT.match(text[f.start:f.end])
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1).lower()]
    return n, m.group(2).lower()


def duration_span(text: str, f: FigureSpan, t: TimeExpr) -> str:
    """'for four years starting from the 2025/26 academic year' → 2025-26..2028-29 (N years from Y = Y to
    Y+N-1); a duration inside a stated period takes that period."""
    count = duration_length(text, f)
    if t.role == "open_start" and t.lo is not None and count is not None and count[1] == "year":
        lo = whole_units(t.lo, "year")
        hi = span_last(lo, count[0], "year") or lo.shift(count[0] - 1)
        return f"{lo}..{hi}" if hi != lo else str(lo)
    if count is not None and count[1] == "year" and t.role == "point" and t.lo is not None and \
            t.lo.kind in ("year", "split", "fy") and _RUN.search(text, f.start, f.end):
        return f"{t.lo.shift(1 - count[0])}..{t.lo}"  # 'in 2021, ... growth for five consecutive years': 2017..2021
    if t.role in ("point", "target") and t.lo is not None and count is not None and \
            _MONTHS.get(count[1], 0) * count[0] > _MONTHS.get(t.lo.kind, 10 ** 6):
        return ""  # 'in October 2006, ... a 20-year contract', 'before 2050, ... a five-year pathway': a stretch
        # longer than the period (or target year) is not inside it
    if t.role in ("point", "range", "budget", "target", "open_start", "open_end"):
        return t.value()
    return ""


_MONTHS = {"year": 12, "split": 12, "fy": 12, "half": 6, "quarter": 3, "month": 1}  # a day-date is not compared


def stretch_span(text: str, f: FigureSpan, times: list[TimeExpr], direction: str, s0: int) -> str:
    """'over the past three years, reaching 9 million at the end of 2023' → 2021..2023; without a
    stated year in the sentence a relative stretch ('the past five years', '20 years ago') has none."""
    ends = stretch_ends(text, f, times, direction)
    if ends is not None and ends[0] == ends[1]:
        return str(ends[0])  # 'the last two quarters' of a stated year: its second half
    return f"{ends[0]}..{ends[1]}" if ends is not None else ""


def stretch_ends(text: str, f: FigureSpan, times: list[TimeExpr], direction: str) -> tuple[When, When] | None:
    """The first and last period of a relative stretch anchored in its sentence (see `stretch_span`); a
    stretch of months ends at the stated month, quarter or day ('as at end-June 2025, ... in the past 12
    months' → 2024-07..2025-06)."""
    count = duration_length(text, f)
    if count is None or direction not in ("past", "last", "previous", "preceding", "next", "coming", "within", "first"):
        return None
    n = count[0]
    if direction == "first":  # 'grew 2.4% in the first three quarters, ... for 2026 as a whole': 2026-Q1..2026-Q3
        years = [u.lo.year for u in times if u.role in ("point", "budget") and u.lo is not None and
                 u.lo.kind in ("year", "quarter", "half", "month", "date")]
        if not years or count[1] not in ("quarter", "month") or n > (4 if count[1] == "quarter" else 12):
            return None
        return When(count[1], years[-1], 1), When(count[1], years[-1], n)
    late = year_end_part(text, f, times, direction, count)
    if late is not None:
        return late
    if direction in ("next", "coming"):
        return None  # 'in the coming four years' counts from the speech, not from a year its sentence names
        # ('with the exception of a deficit in 2023-24, ... a surplus in the coming four years'); a stated
        # span ('the next five years (i.e. 2019 to 2023)', 'the next decade from 2017-18') is read elsewhere
    if count[1] == "month" and direction != "within":
        last = [(u.lo.year, u.lo.sub if u.lo.kind == "month" else u.lo.sub // 100 if u.lo.kind == "date" else
                 u.lo.sub * 3) for u in times if u.role == "point" and u.lo is not None and
                u.lo.kind in ("month", "date", "quarter")]
        if not last:
            return None
        y, mo = max(last)
        k = y * 12 + mo - n
        return When("month", k // 12, k % 12 + 1), When("month", y, mo)
    spans = [u.lo for u in times if u.role == "range" and u.lo is not None and u.lo.kind in ("year", "split", "fy")
             and u.end <= f.start]  # a span stated before the stretch (one after it is its own gloss)
    if direction in ("previous", "preceding") and count[1] == "year" and spans:
        # 'between 2016 and 2019, ..., up from 3.2% in the preceding three years' → 2013..2015: the years before
        # the span its sentence states, in that span's kind
        return When(spans[0].kind, spans[0].year - n), When(spans[0].kind, spans[0].year - 1)
    stated = sorted((u.lo for u in times if u.role == "point" and u.lo is not None), key=lambda w: w.year)
    if count[1] != "year" or not stated:
        return None
    # counted in the stated years' own kind: 'the past five years, ... in 2024-25' → 2020-21..2024-25
    kind = stated[-1].kind if stated[-1].kind in ("split", "fy") and all(w.kind == stated[-1].kind for w in stated) \
        else "year"
    anchors = [w.year for w in stated]
    if direction == "within":
        return When(kind, anchors[0] + 1), When(kind, anchors[0] + n)
    lo, hi = anchors[0], anchors[-1]
    if len(anchors) > 1 and abs(hi - lo + 1 - n) <= 2:
        return When(kind, lo), When(kind, hi)  # 'over the past twenty years, from $X in 1990 to $Y in 2011'
    return When(kind, hi - n + 1), When(kind, hi)  # counted back from the latest stated year
