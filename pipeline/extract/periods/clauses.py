"""A sentence's clauses → which time reaches which figure: clause regions, brackets and dashed asides, the
tense of coordinated clauses (PERIOD-GUIDELINES 3c), subordinate clauses that restrict a counted noun (3d),
whether a time attached to one figure also dates the other figures of its clause, and the pre-passes
that rebind times (glossed spans, restated stretches, embedded relatives, the day of a change, conjuncts).

`scope` asks these questions for every figure of a sentence; the words come from `patterns`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.extract.periods.model import FigureSpan, TimeExpr, When, _alt, lexicon
from pipeline.extract.periods.patterns import scope_patterns as _rx
from pipeline.extract.periods.resolve import duration_length

_BRACKET = re.compile(r"[()\[\]]")
# a spaced dash with a word on one side at least ('2020 - 2021' is a range) or a closing bracket before it ('the Package
# (AP) – first introduced in 2020 – will ...': an aside after a bracketed short form), or an unspaced em dash
# (the dash first, then what must surround it: re skips to a dash at once instead of testing every
# position's lookbehinds; the same matches as (?<=[^\W\d] )[-–—](?= \w)|(?<=\w )[-–—](?= [^\W\d])|(?<=\w)—(?=\w))
_DASH = re.compile(r"[-–—](?:(?:(?<=[^\W\d] [-–—])|(?<=[)\]] [-–—]))(?= \w)|(?<=\w [-–—])(?= [^\W\d])|(?<=\w—)(?=\w))")

__all__ = ["change_day", "embedded_relatives", "glosses_of", "innermost", "own_conjunct", "paired_item", "parentheses",
           "region_of", "restated", "restricts", "same_tense_and", "spreads", "tense_of", "tenses_differ"]


def tenses_differ(text: str, t: TimeExpr, f: FigureSpan, region: tuple[int, int]) -> bool:
    """Coordinated clauses share a time only when they report the same kind of event in the same tense
    (PERIOD-GUIDELINES 3c): across ', and' / ', while' the tense of the time's clause must match the
    figure's ('grew by 14.6% in 2013, while deposits rose by 11.7%' shares 2013)."""
    a, b = (t.end, f.start) if t.end <= f.start else (f.end, t.start)
    m = _rx()["coordinator"].search(text, a, b)
    if m is None or _rx()["auxiliary"].match(text, m.end()):
        return False  # ', and is 10.8% lower': the same subject goes on
    cut = m.start()
    left, right = (main_start(text, region[0], cut), cut), (m.end(), region[1])  # (past a fronted 'Since ..., ')
    first, second = (left, right) if t.end <= f.start else (right, left)
    nm = _rx()["coordinator"].search(text, second[0], second[1]) if second is right else None
    nxt = nm.start() if nm is not None else -1
    second = (second[0], nxt) if nxt > 0 else second
    tense_t, tense_f = tense_of(text, *first), tense_of(text, *second)
    return bool(tense_t and tense_f and tense_t != tense_f)


def same_tense_and(text: str, b: int, a: int, c: int) -> bool:
    """'...; and ...' coordinates two clauses (PERIOD-GUIDELINES 3c): no clause break when both state their
    tense and it is the same ('is forecast to be 3% from T; and inflation is expected to average 2.5%')."""
    if not _rx()["semicolon_and"].match(text, b):
        return False
    left, right = tense_of(text, a, b), tense_of(text, b, c)
    return bool(left) and left == right


def main_start(text: str, a: int, b: int) -> int:
    """Where the main clause of text[a:b] starts: after a fronted subordinate clause closed by a comma
    ('Since the fund was set up in 2034, $150 million has been committed'), else at a (periods.en.json
    fronted_subordinators)."""
    m = _fronted().match(text, a, b)
    return m.end() if m is not None else a


@lru_cache(maxsize=1)
def _fronted() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s*(?:{_alt(lexicon()['fronted_subordinators'])})\s[^,;()]{{1,120}},")


def tense_of(text: str, start: int, end: int) -> str:
    """past | present | future of a clause from its first auxiliary ('is expected to' is future), else
    from an irregular past verb; '' when it has neither (a bare '-ed' is as often an adjective as a past
    tense: 'total estimated expenditure')."""
    rx = _rx()
    m = rx["auxiliary"].search(text, start, end)
    if m is None:
        return "past" if rx["past_verb"].search(text, start, end) else ""
    tense = _TENSES[m.group(1).lower()]
    if tense == "present" and rx["future_marker"].match(text, m.end(), end):
        return "future"  # 'is forecast to be', 'are expected to reach'
    return tense


_TENSES = {"will": "future", "shall": "future", "would": "future", "is": "present", "are": "present",
           "has": "present", "have": "present", "am": "present", "was": "past", "were": "past", "had": "past"}


def restricts(text: str, f: FigureSpan, clause: int) -> bool:
    """Does the subordinate clause starting at `clause` restrict the noun the figure counts ('80 projects
    (total value $90 billion) with spending to be incurred in 2022-23')? Not a figure merely paid for or
    given to that noun ('a grant of $5,000 for firms that hired ...')."""
    if f.kind in ("count", "quantity"):  # the clause must follow the counted noun phrase closely
        return _rx()["restricted_count"].match(text[f.end:clause]) is not None
    if f.kind not in ("money", "duration") and _rx()["restricted_of"].match(text[f.end:clause]):
        return True  # 'about 350 hectares of land to produce 330 000 flats for T': it measures that land
    if f.kind == "money" and _rx()["restricted_worth"].match(text[f.end:clause]):
        return True  # '$17 billion worth of contracts expected to be awarded in T': it measures the contracts
    return _rx()["restricted_paren"].match(text[f.end:clause]) is not None


def spreads(text: str, t: TimeExpr, owner: FigureSpan, s0: int, region: tuple[int, int],
            attached: dict[int, TimeExpr | None], parens: list[tuple[int, int]] | None = None) -> bool:
    """Does a time attached to `owner` also date the other figures of its clause? Not when the figure
    and its time are the subject of a verb that follows ('$310 million in 2021-22 is for ...'), sit
    in a comparison ('compared with a growth of 3.8% in 2021', 'from 0.89% at the end of 2021'), state
    the amount of a budget line ('(2019-20 RE: $54 million)'), measure a duration's own span, or when
    other figures of the clause carry other times ('from $160 million in 2020-21 to $1.2 billion in
    2025-26'): then the time is the figure's alone."""
    rx = _rx()
    if t.role == "same":
        return True
    if t.role == "vague" and t.shift:
        return False  # '2.9% over the past decade', '1.7% last year': a time counted from now is its figure's own
    if t.start >= owner.end and rx["participle_gap"].fullmatch(text, owner.end, t.start):
        return False  # 'the high of 1,003.6 billion yuan reached in December 2014': a reduced relative clause
    if owner.kind == "duration":  # 'during the five-year period from 2025-26 to 2029-30, $X will ...'
        if rx["period_part_of"].search(text, max(s0, owner.start - 30), owner.start) and \
                rx["of_gap"].fullmatch(text, owner.end, t.core) and t.absolute:
            return True
        return bool(rx["period_adverbial"].search(text, max(s0, owner.start - 30), owner.start)) and \
            rx["period_noun"].match(text, owner.end, t.start) is not None
    if t.end <= owner.start:
        return False
    level = innermost(parens or [], t.start)  # a time inside brackets or dashes is no other time of the clause
    others = {u.value() for u in attached.values() if u is not None and u.role not in ("same", "base") and
              u.absolute and region[0] <= u.start < region[1] and innermost(parens or [], u.start) == level}
    if len(others) > 1:
        return False
    if rx["finite"].match(text[t.end:t.end + 80]):
        return False
    head = text[max(s0, owner.start - 50):owner.start]
    return not (rx["comparative"].search(head) or rx["part_of"].search(head))


def parentheses(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """Spans of the (...) and [...] of a sentence (an unclosed one runs to the sentence end), and of the
    asides between a pair of spaced dashes ('GST - which rose to 9% in 2024 - brings in $19 billion')."""
    spans, stack = [], []
    for m in _BRACKET.finditer(text, s0, s1):  # the brackets only: no Python code runs per character
        k = m.start()
        if m.group() in "([":
            stack.append(k)
        elif stack:
            spans.append((stack.pop(), k + 1))
    spans += [(k, s1) for k in stack]
    dashes = [m.start() for m in _DASH.finditer(text, s0, s1)]
    spans += [(dashes[k], dashes[k + 1] + 1) for k in range(0, len(dashes) - 1, 2)]
    return spans


def innermost(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    best = None
    for a, b in spans:
        if a < pos < b and (best is None or a > best[0]):
            best = (a, b)
    return best


def region_of(breaks: list[int], pos: int, s0: int, s1: int) -> tuple[int, int]:
    k = bisect.bisect_right(breaks, pos)
    return (breaks[k - 1] if k > 0 else s0), (breaks[k] if k < len(breaks) else s1)


def change_day(text: str, figs: Sequence[FigureSpan], attached: dict[int, TimeExpr | None]) -> None:
    """'raised to $80 from $60 on 1 July 2024', 'increased to 8% from 7% at the start of 2023': the day after
    the old value is the day of the change, a start point that dates the new value only (PERIOD-GUIDELINES 4);
    'rose to 56.3% from 54.8% in 2012' keeps its year to the old value."""
    rx = _rx()
    for i in range(1, len(figs)):
        t = attached.get(i)
        if t is None or t.role != "point" or t.lo is None or t.lo.kind != "date" or attached.get(i - 1) is not None \
                or not rx["change_day"].match(text, t.start):
            continue
        if rx["to_fig"].search(text, max(0, figs[i - 1].start - 12), figs[i - 1].start) and \
                rx["from_gap"].fullmatch(text, figs[i - 1].end, figs[i].start):
            attached[i - 1], attached[i] = t, None


def restated(text: str, f: FigureSpan, figs: Sequence[FigureSpan], glosses: dict[int, TimeExpr]) -> TimeExpr | None:
    """The gloss of an earlier stretch of the same length in the sentence: 'the coming 10-year period (i.e.
    from 2022-23 to 2031-32) ... demand of 301 000 units in the coming 10-year period' names one span twice."""
    rx = _rx()
    n = duration_length(text, f)

    def way(d: FigureSpan) -> str:  # 'next', 'past' ...: the same words name the same stretch
        m = rx["stretch"].search(text, max(0, d.start - 40), d.start)
        return m.group("dir").lower() if m is not None else ""
    for g in figs:
        if g.start < f.start and g.start in glosses and n is not None and duration_length(text, g) == n and \
                way(g) == way(f):
            return glosses[g.start]
    return None


def embedded_relatives(text: str, s0: int, breaks: list[int], parens: list[tuple[int, int]]) -> list[int]:
    """'The revised FY2022 deficit, which includes X, marks an improvement from ... $3 billion': a
    non-restrictive relative clause between a subject and its verb is an aside (a bracket), not the end of
    the clause; the subject's time still dates the figures of its predicate."""
    rx = _rx()
    out = []
    for b in breaks:
        m = rx["relative_open"].match(text, b)
        close = text.find(",", m.end()) if m is not None else -1
        if m is not None and close > 0 and rx["resumed_verb"].match(text, close + 1) and \
                not tense_of(text, s0, b) and not re.search(r"[,;$%]", text[s0:b]):
            parens.append((b, close + 1))
            continue
        out.append(b)
    return out


def own_conjunct(text: str, f: FigureSpan, cands: list[TimeExpr], region: tuple[int, int]) -> list[TimeExpr]:
    """A time that ends a conjunct ('... commence works by 2027, and complete 40% of the flats by 2032')
    is that conjunct's: the figure of the next conjunct takes a time of its own conjunct after it, not
    the nearer one before the comma. A fronted time ('In 2023, ...') leads its clause and stays a
    candidate."""
    before = [t for t in cands if t.end <= f.start]
    after = [t for t in cands if t.start >= f.end and "," not in text[f.end:t.start]]
    if not before or not after:
        return cands
    last = max(before, key=lambda t: t.end)
    if _rx()["conjunct_next"].match(text, last.end, f.start) and re.search(r"[a-z]", text[region[0]:last.start]):
        return after
    return cands


def glosses_of(text: str, figs: Sequence[FigureSpan], times: list[TimeExpr],
             parens: list[tuple[int, int]]) -> dict[int, TimeExpr]:
    """Brackets holding nothing but a time right after a duration's phrase restate its span, with or
    without 'i.e.': 'the next 10 years (from 2024-25 to 2033-34)', 'the five-year period at the start of
    the term (2022-23 to 2026-27)'. The time then dates the duration and, as the clause's time, the other
    figures of the clause; it is not confined to its brackets. Keyed by the duration's start."""
    rx = _rx()
    out: dict[int, TimeExpr] = {}
    for f in figs:
        if f.kind != "duration":
            continue
        for a, b in parens:
            if a < f.end or not rx["gloss_lead"].fullmatch(text, f.end, a):
                continue
            t = next((u for u in times if u.absolute and a < u.start and u.end < b and
                      rx["gloss_body"].fullmatch(text, a, u.start) and not text[u.end:b - 1].strip()), None)
            if t is not None:
                out[f.start] = t
            break
    return out


def paired_item(text: str, figs: Sequence[FigureSpan], i: int, t: TimeExpr) -> When | None:
    """'the figures for 2004-05 and 2003-04 were $7.5 billion and $5.4 billion': a list of times before as
    many coordinated figures pairs them in order (the 'respectively' the sentence leaves out); None when
    the figure is not one of such a list."""
    if len(t.items) < 2 or figs[i].start < t.end:
        return None
    coord = _rx()["coord"]
    a = i
    while a > 0 and figs[a - 1].start >= t.end and coord.match(text[figs[a - 1].end:figs[a].start]):
        a -= 1
    b = i
    while b + 1 < len(figs) and coord.match(text[figs[b].end:figs[b + 1].start]):
        b += 1
    return t.items[i - a] if b - a + 1 == len(t.items) else None
