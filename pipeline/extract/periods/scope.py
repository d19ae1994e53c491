"""Document text + figure spans (with their sentence spans) → the normalized period of each figure.

The rules are those of ../shared/devset-real/PERIOD-GUIDELINES.md: a time expression attached to the
figure, else one whose scope covers the figure in its sentence, else the governing heading, list
lead-in or table header, else no period. Neighbouring sentences never give a period. Time expressions
come from `english` and `chinese` beside this module; this module decides scope (`clauses` reads the
sentence's clauses), `resolve` turns a relative time into a period, `patterns` holds the compiled scope
patterns.

Public face: `figure_periods` (a document's figures), `period_of_header` (a table's column or row header,
for the table readers), `FigureSpan`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.periods.attach import (
    at_stock_date,
    attached_time,
    present_anchors,
    respectively,
    spans_ending,
    stretch_at,
)
from pipeline.extract.periods.chinese import (
    fold_zh_years,
    has_cjk,
    header_period_zh,
    zh_sentence_periods,
)
from pipeline.extract.periods.clauses import (
    change_day,
    embedded_relatives,
    glosses_of,
    innermost,
    own_conjunct,
    paired_item,
    parentheses,
    region_of,
    restated,
    restricts,
    same_tense_and,
    spreads,
    tenses_differ,
)
from pipeline.extract.periods.comparative_asides import time_past_aside
from pipeline.extract.periods.english import find_times, header_period_en
from pipeline.extract.periods.flat_cells import flat_periods
from pipeline.extract.periods.inline_lists import inline_lead_ins
from pipeline.extract.periods.ordinal_lists import ordinal_lead_ins
from pipeline.extract.periods.model import FigureSpan, TimeExpr
from pipeline.extract.periods.patterns import clause_break_scan
from pipeline.extract.periods.patterns import scope_patterns as _rx
from pipeline.extract.periods.resolve import (
    duration_span,
    resolve_time,
    stretch_ends,
    stretch_span,
)
from pipeline.extract.periods.structure import (
    Governor,
    caption_period,
    governing,
    header_row,
    headings,
    join_abbreviations,
    lead_ins,
    table_row,
)
from pipeline.extract.periods.time_glosses import glosses_time_phrase
from pipeline.extract.periods.which_tail import which_time
from pipeline.extract.periods.year_end_parts import stretch_of_year
from pipeline.textfold import fold

__all__ = ["FigureSpan", "figure_periods", "is_change_header", "period_of_header", "sentence_periods"]


def period_of_header(text: str) -> str:
    """The period a table's column or row header states ('2020-21 Estimate' → '2020-21', 'As at 31 March
    2025' → '2025-03-31', 'Q3 2021' → '2021-Q3', '2024年第三季' → '2024-Q3'); empty when it states none
    or only a comparison base. Table readers (PDF, DOCX, stacked headers joined by spaces) call it."""
    if has_cjk(text, 0, len(text)):
        return header_period_zh(text)
    return header_period_en(text)


def is_change_header(text: str) -> bool:
    """A table column header that states a change ('Change', '% change', 'Increase (%)', 'y-o-y'): its cells
    change the figure of the latest dated column before them, in whichever order the columns run
    (PERIOD-GUIDELINES 4: a change belongs to the figure it changes), so they take that column's period."""
    return _rx()["change_header"].match(text) is not None


def figure_periods(text: str, figures: Sequence[FigureSpan]) -> list[str]:
    """The period of every figure (same order as `figures`; '' for none). The times are read in the
    text the recognizers read (pipeline.textfold.fold, one character for one): a split year written
    with a non-breaking hyphen ('2023\u201124', as HTML budget speeches write it) is '2023-24'."""
    if not figures:
        return []
    text = fold(text)
    if has_cjk(text, 0, len(text)):
        text = fold_zh_years(text)  # '二零一四/一五年度' read as '2014/15年度', one character for one
    heads = headings(text)
    leads = lead_ins(text) + inline_lead_ins(text) + ordinal_lead_ins(text)
    out = [""] * len(figures)
    flat = flat_periods(text, figures, lambda a, b, f: sentence_periods(  # a flattened table's cells and chart's rows
        text, a, b, [FigureSpan(f.start, f.end, a, b, f.kind)], None)[0])
    by_sentence: dict[tuple[int, int], list[int]] = {}
    joined: dict[tuple[int, int], tuple[int, int]] = {}
    by_row: dict[tuple[int, int, str], list[int]] = {}
    glued: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(figures):
        if i in flat:
            g = governing(heads, leads, f.start)
            out[i] = flat[i] or (g.period if g is not None and f.kind != "duration" else "")
            continue
        row = table_row(text, f.start)
        if row is not None:  # a table cell is a sentence of its own, whatever the splitter said
            by_row.setdefault(row, []).append(i)
            continue
        key = _list_item(text, f.start, f.sent_start, f.sent_end)  # a list item is a sentence of its own
        key = _glued_piece(text, f.start, *key, glued)
        if key not in joined:
            joined[key] = join_abbreviations(text, *key)
        by_sentence.setdefault(joined[key], []).append(i)
    for (s0, s1), idx in by_sentence.items():
        periods = sentence_periods(text, s0, s1, [figures[i] for i in idx], governing(heads, leads, s0))
        for i, p in zip(idx, periods):
            out[i] = p
    for row, idx in by_row.items():
        periods = _table_row_periods(text, [figures[i] for i in idx], row, governing(heads, leads, row[0]))
        for i, p in zip(idx, periods):
            out[i] = p
    return out


def sentence_periods(text: str, s0: int, s1: int, figs: Sequence[FigureSpan],
                     governor: Governor | None = None) -> list[str]:
    """Periods of the figures of one sentence text[s0:s1] (see the module docstring)."""
    if has_cjk(text, s0, s1):
        return zh_sentence_periods(text, s0, s1, [(f.start, f.end, f.kind) for f in figs],
                                   governor.period if governor else "", governor.anchor if governor else None)
    rx = _rx()
    skip = tuple((f.start, f.end) for f in figs)
    times = [t for t in find_times(text, s0, s1, skip) if t.role != "name"]
    rep = rx["reporting"].search(text, s0, s1)
    if rep is not None and all(f.end <= rep.start() for f in figs):
        times = [t for t in times if t.start < rep.start()]  # ', the Minister said while delivering the 2023-24 Budget'
    times = spans_ending(text, figs, times)
    anchor_g = governor.anchor if governor else None
    period_g = governor.period if governor else ""
    review_g = governor.review if governor else False
    fronted = rx["fronted_cause"].match(text, s0, s1) or rx["fronted_participle"].match(text, s0, s1)
    attached = {i: attached_time(text, f, times, figs) for i, f in enumerate(figs)}
    for i, f in enumerate(figs):  # 'Given the growth in the first half, the forecast for 2026 ...': no time past its comma
        if fronted is not None and (u := attached[i]) is not None and f.end <= fronted.end() <= u.start:
            attached[i] = None
    for i in range(1, len(figs)):  # 'to 30%, from 32.5%, in July 2024': the old value is an aside, the time the change's
        t = attached[i]
        if t is not None and attached[i - 1] is None and t.start >= figs[i].end and \
                rx["aside_from"].fullmatch(text, figs[i - 1].end, figs[i].start) and \
                rx["comma_next"].fullmatch(text, figs[i].end, t.start):
            attached[i - 1], attached[i] = t, None
    respectively(text, figs, times, attached)
    change_day(text, figs, attached)
    for i in range(len(figs) - 2, -1, -1):  # 'from 15%, or 1.2 million, in 2020 to ...': the restated figure's time
        nxt = attached.get(i + 1)
        if attached[i] is None and nxt is None and rx["apposition_or"].fullmatch(text, figs[i].end, figs[i + 1].start):
            nxt = next((t for t in times if t.start >= figs[i + 1].end), None)
            if nxt is not None and nxt.role in ("point", "budget") and \
                    rx["restated_tail"].fullmatch(text, figs[i + 1].end, nxt.start):
                attached[i] = attached[i + 1] = nxt  # '$2 billion, or 0.3 per cent of GDP, expected for FY2022'
            continue
        if attached[i] is None and nxt is not None and nxt.start >= figs[i + 1].end and \
                rx["apposition_or"].fullmatch(text, figs[i].end, figs[i + 1].start) and \
                text[figs[i + 1].end:nxt.start].lstrip().startswith(","):
            attached[i] = nxt
    breaks = [m.start() for m in clause_break_scan().finditer(text, s0, s1)]
    breaks = [b for k, b in enumerate(breaks) if not same_tense_and(text, b, breaks[k - 1] if k else s0,
                                                                     breaks[k + 1] if k + 1 < len(breaks) else s1)]
    parens = parentheses(text, s0, s1)
    breaks = embedded_relatives(text, s0, breaks, parens)
    glosses = glosses_of(text, figs, times, parens)
    times = [t for t in times if not any(f.start < t.start and t.end <= g.start for f in figs
                                         if (g := glosses.get(f.start)) is not None)]  # restated by the gloss
    owners = {id(u): figs[j] for j, u in attached.items() if u is not None}
    # a time attached to a comparison ('up from 170 in 2020') anchors no 'currently' or 'a year before'
    compared = {id(t) for t in times if rx["compared_value"].search(text, max(s0, t.start - 40), t.start) or (
        id(t) in owners and rx["comparative"].search(text, max(s0, owners[id(t)].start - 50), owners[id(t)].start))}
    # a time inside an aside set off by commas (', launched in 2021,') anchors no 'so far' outside it, nor one inside
    # a fronted phrase of circumstance a 'now' of the main clause ('With the outlook for 2031, we will now raise ...')
    anchors = [t for t in times if id(t) not in compared and
               not rx["aside_before"].search(text, max(s0, t.start - 40), t.start) and
               not (fronted is not None and fronted.start() + 3 < t.start and t.end <= fronted.end())]
    stretches = []
    back_spans: dict[int, str] = {}  # 'in the preceding three years' after a stated span: the years before it
    for f in figs:
        sm = stretch_at(text, f, s0) if f.kind == "duration" else None
        if sm is None:
            continue
        span = stretch_span(text, f, times, sm.group("dir").lower(), s0)
        again = restated(text, f, figs, glosses) if not span and f.start not in glosses else None
        if again is not None:  # '... the coming 10-year period (i.e. T1 to T2), ... in the coming 10-year period'
            glosses[f.start] = again
            times = sorted(times + [replace(again, start=sm.start(), end=f.end, core=sm.start())],
                           key=lambda u: u.start)
        elif span and sm.group("dir").lower() in ("previous", "preceding") and \
                any(u.role == "range" and u.end <= sm.start() for u in times):
            back_spans[f.start] = span  # it dates itself and the figure it follows, not the span's own clause
        elif span:  # 'over the past twenty years, from $X in 1990 to $Y in 2011': the stretch dates its clause
            ends = stretch_ends(text, f, times, sm.group("dir").lower())
            # 'in the past' of 'in the past 12 months' is the stretch itself, no vague time of the clause
            times = [t for t in times if not (t.role == "vague" and t.end <= f.start and not text[t.end:f.start].strip())]
            fronted_span = rx["fronted_stretch"].fullmatch(text, s0, sm.start())
            if ends is not None and (ends[0].kind == "year" or fronted_span or sm.group("dir").lower() == "first") and \
                    (fronted_span or not at_stock_date(times, set(owners))):
                # a stretch of months dates its clause only when it leads it ('In the past six months to
                # March 2026, ...'), not when it restricts a noun ('applicants housed in the past 12 months')
                times = sorted(times + [TimeExpr(sm.start(), f.end, sm.start(), "range", *ends)],
                               key=lambda u: u.start)
        elif f.start not in glosses and sm.group("dir").lower() != "first":
            stretches.append(f.start)  # ('the first three quarters' of an unstated year blocks no heading)
    out = []
    for i, f in enumerate(figs):
        dur = f.kind == "duration"
        before = text[max(s0, f.start - 40):f.start]
        stretch = stretch_at(text, f, s0) if dur else None
        if dur and (rx["equivalent_span"].search(before) or rx["equivalent_or"].search(text, max(s0, f.start - 80),
                                                                                      f.start)) and rx["of_next"].match(text, f.end):
            out.append("")  # 'equivalent to 24 months of government expenditure': an amount, no stretch of time
            continue
        if dur and rx["frequency_end"].search(text, f.start, f.end):
            out.append("")  # 'at six-monthly intervals': a frequency, and rates are no periods (PERIOD-GUIDELINES 5)
            continue
        if dur and rx["record_span"].search(before):
            out.append("")  # 'a record high in 14 years': the record's reference span, no period of the figure
            continue
        if dur and (stretch or rx["ago"].match(text[f.end:f.end + 12])):
            gloss = glosses.get(f.start) or next(
                (t for t in times if t.absolute and rx["gloss"].fullmatch(text, f.end, t.start)), None)
            if gloss is None and stretch:  # 'the past six months to March 2026': the span its end states
                gloss = next((t for t in times if t.role == "range" and t.start >= f.end and
                              rx["span_end"].fullmatch(text, f.end, t.core)), None)
            val = gloss.value() if gloss is not None and stretch else \
                stretch_span(text, f, times, stretch.group("dir").lower() if stretch else "", s0)  # 'the next five
            if val or stretch is None or not stretch_of_year(text, f, stretch.group("dir")):  # years (i.e. 2019 to 2023)'
                out.append(val)
                continue
            # 'in the first two quarters' of a financial year its clause states: a part of that year (PERIOD 7)
        t = attached[i]
        own = attached[i - 1] if i else None
        own = own if own is not None and own.start >= figs[i - 1].end else None
        if t is None and not dur and i and (out[i - 1] or own is not None) and figs[i - 1].kind != "duration" \
                and rx["apposition_or"].fullmatch(text, own.end if own is not None else figs[i - 1].end, f.start) and (
                    text.startswith(",", f.end) or own is not None and rx["restated_tail"].match(text, f.end)):
            out.append(out[i - 1])  # 'an income of $106.7 billion, or 5.9%, more than ... in 2008': the figure restated
            # (also with no period: 'from 980 000 at present, or 14 per cent, to …' shares 'at present')
            continue
        if t is None and (rx["norm_value"].search(text, max(s0, f.start - 80), f.start) or (
                rx["norm_after"].match(text, f.end) and rx["norm_lead"].search(text, max(s0, f.start - 30), f.start))):
            out.append("")  # 'well above the minimum requirement of 8%': a standing norm compared with
            continue
        if t is None and not dur and i + 1 < len(figs) and figs[i + 1].kind == "duration" and \
                rx["ago_gap"].fullmatch(text, f.end, figs[i + 1].start) and rx["ago_after"].match(text, figs[i + 1].end) \
                and not rx["ago_base"].match(text, f.end):  # ('up 50% over five years ago': the base, not its time)
            out.append("")  # '35 per cent of GDP just two years ago': its own time, counted from the text's
            continue
        if t is None and rx["prior_label"].search(text, max(s0, f.start - 40), f.start):
            stated = next((u.lo for u in reversed(anchors) if u.role in ("point", "budget") and u.lo is not None
                           and u.end <= f.start), None) or anchor_g
            out.append(str(stated.shift(-1)) if stated is not None else "")  # '(last year: $790 million)'
            continue
        at = next((u for u in reversed(times) if u.end <= f.start and u.lo is not None and u.hi is None and
                   rx["when_clause"].fullmatch(text, u.end, f.start)), None) if t is None and not dur else None
        if at is not None:  # 'the largest since 2015, when it was $4 billion': a 'when' clause is at its time
            out.append(str(at.lo))
            continue
        # 'grew by $12 billion during the year to $218 billion at 31 March 2007': the year is the change's stretch
        gap0 = t.end if t is not None and t.role == "vague" and not t.shift and i + 1 < len(figs) and \
            t.end <= figs[i + 1].start and not text[f.end:t.start].strip(" ,") else f.end
        nxt = attached.get(i + 1)
        if (t is None or gap0 > f.end) and not dur and i + 1 < len(figs) and not rx["from_fig"].search(before) and \
                rx["by_to"].search(before) and rx["to_gap"].fullmatch(text, gap0, figs[i + 1].start) and \
                nxt is not None and nxt.role != "base":
            t = nxt  # 'edged down by 0.08 points to 1.32% at the end of 2015': the change's time
        last = attached.get(i + 2)
        if t is None and not dur and i + 2 < len(figs) and last is not None and last.role != "base" and \
                (rx["by_to"].search(before) or rx["multiple_verb"].fullmatch(text, f.start, f.end) or
                 rx["bare_change"].search(before) and not any(u.role == "range" and u.end <= f.start for u in times)) and \
                rx["by_from_gap"].fullmatch(text, f.end, figs[i + 1].start) and \
                rx["to_gap"].fullmatch(text, (attached.get(i + 1) or figs[i + 1]).end, figs[i + 2].start):
            t = last  # 'rose by $9 billion, from $30 billion at the end of 2013 to $39 billion at the end of 2014'
        next_span = nxt if t is None and not dur and i + 1 < len(figs) else None
        if next_span is not None and figs[i + 1].kind == "duration" and next_span.role in ("range", "open_start") and \
                rx["over_span"].match(text, f.end, figs[i + 1].start):
            # '$342 million total provision for three years from 2019-20 to 2021-22': the amount's span
            out.append(duration_span(text, figs[i + 1], next_span))
            continue
        if not dur and i + 1 < len(figs) and figs[i + 1].start in back_spans and \
                rx["own_back_stretch"].fullmatch(text, f.end, figs[i + 1].start):
            out.append(back_spans[figs[i + 1].start])  # 'up from 3.2% a year in the preceding three years'
            continue
        if t is not None and t.role != "base":
            near = present_anchors(text, t, f, anchors, owners)  # 'from 8 000 at present to 12 000 in 2027-28'
            out.append(duration_span(text, f, t) if dur else resolve_time(text, t, f, near, anchor_g, s0, times, period_g, review_g) or "")
            continue
        if t is None and not dur and i + 1 < len(figs) and figs[i + 1].start in stretches and (
                rx["own_stretch"].fullmatch(text, f.end, figs[i + 1].start) or
                rx["own_stretch_back"].fullmatch(text, f.end, figs[i + 1].start) and
                not rx["change_lead"].search(text, max(s0, f.start - 40), f.start)):
            out.append("")  # '16 new centres in the next five years (and ... in 2027)': the figure's own vague time
            continue
        region = region_of(breaks, f.start, s0, s1)
        old_value = bool(rx["from_fig"].search(before))
        cmp = rx["comparative"].search(text, max(s0, f.start - 60), f.start)
        cmp_at = cmp.start() if cmp is not None and not cmp.group().lower().startswith(("from", "after")) and \
            not rx["same_estimate"].search(text, max(s0, f.start - 40), f.start) else -1  # 'than the original
        # estimate of $X': an earlier estimate of the same year, which the clause's time dates too
        cands = []
        own_clause: TimeExpr | None = None
        old_blocked = owned = False
        blocked = any(region[0] <= p < region[1] for p in stretches)  # 'over the next three years'
        inside = innermost(parens, f.start)
        for t in times:
            if t.role in ("base", "name", "act") or not (region[0] <= t.start < region[1]) or t.end <= cmp_at:
                continue  # '... lower than our average rate of 3.8%': the clause's time is not the base's
            if cmp_at >= 0 and time_past_aside(text, s0, cmp_at, f.end, t.start):
                continue  # ', over and above the earlier increase of $100, we will ... by July 2031': the main clause's
            if f.kind != "count" and rx["cohort_before"].search(text, max(s0, t.start - 30), t.start):
                continue  # '$9,000 for members turning 55 in 2031', 'born in the 1950s': the time picks out a cohort (3d)
            owner = owners.get(id(t))
            if owner is not None and not spreads(text, t, owner, s0, region, attached, parens):
                owned = owned or (t.absolute and id(t) not in compared)  # 3b: its clause's stated times are others'
                continue
            if owner is None and id(t) in compared:
                continue  # 'up from 170 in 2020': the time of a compared value the recognizer left out
            if fronted is not None and f.start >= fronted.end() and t.end <= fronted.end() and \
                    t.start > fronted.start() + 3:
                continue  # 'With strong demand last year, ...', 'Unveiling the 2019-20 Budget, ...': the phrase's time
            if fronted is not None and f.end <= fronted.end() <= t.start and f.start > fronted.start():
                continue  # 'Taking into account the 30 000 units, output will reach X in 2027': the main clause's time
            if t.start >= f.end and text.startswith(("'s", "’s"), t.end):
                continue  # "..., while FY2021's tally swung": a possessive time dates its own noun, not what precedes
            if t.start >= f.end and rx["coord_lead"].search(text, max(f.end, t.start - 12), t.start) and \
                    rx["comma_next"].match(text, t.end):
                continue  # '..., and by 31 March 2015, reserves will reach $X': a fronted time leads its own clause
            paren = innermost(parens, t.start)
            if paren is not None and (rx["gloss_open"].match(text, paren[0]) or t in glosses.values() or
                                      glosses_time_phrase(text, s0, paren, t.start, t.end)):
                paren = None  # '(i.e. from 2019 to 2023)' restates the time of the phrase before it
            if paren is not None and (inside is None or not (paren[0] <= inside[0] and inside[1] <= paren[1])):
                continue  # a time inside brackets dates only what is inside them
            sub = rx["subordinate"].search(text, f.end, t.start) if t.start >= f.end else None
            resumed = rx["main_resumed"].search(text, sub.end(), t.start) if sub is not None and \
                rx["infinitive"].search(sub.group()) else None
            if sub is not None and resumed is not None and \
                    rx["subordinate"].search(text, sub.end(), resumed.start() + 1) is None:
                sub = None  # 'a fund with $500 million to promote research would commence operation in T': the
                # infinitive ends where the subject's verb comes; T is the main clause's (3a)
            if sub is None and t.start >= f.end:
                pm = rx["participle"].search(text, max(f.end, t.start - 80), t.start)
                sub = pm if pm is not None and pm.start() >= f.end else None
            if sub is not None and not restricts(text, f, sub.start()):
                continue  # a time inside a later subordinate clause does not reach back
            if own_clause is None and t.start >= f.end and rx["np_participle"].fullmatch(text, f.end, t.start):
                own_clause = t  # '... supplementing the $1.1 billion package announced in September 2023': the
                # clause restricting the noun the figure measures dates it before the main clause's time (3d)
            if t.end <= f.start and "," in text[t.end:f.start] and (
                    rx["participle"].search(text, max(s0, t.start - 80), t.start) or
                    rx["gerund_before"].search(text, max(region[0], t.start - 100), t.start) or
                    rx["relative_before"].search(text, max(region[0], t.start - 100), t.start)):
                continue  # nor does one inside an earlier relative clause (', which took effect in T,')
            if tenses_differ(text, t, f, region):
                continue  # ', and' joins another event: '$2.4 billion was approved in 2024-25, and $2 billion is earmarked'
            if old_value and (t.role in ("open_start", "target") or (t.lo is not None and t.lo.kind == "date"
                                                                      and (t.role == "point" or bool(t.items))
                                                                      and t.start > f.end)):  # (a list of days)
                blocked = old_blocked = True  # 'starting from T, rise from 20% to 25%': the old value gets no period
                continue
            cands.append(t)
        if old_blocked:
            out.append("")  # nor from another time of its clause ('raised to 9% from 8% on T, ... in FY2026')
            continue
        if cands:
            cands = own_conjunct(text, f, cands, region)
            t = min(cands, key=lambda t: f.start - t.end if t.end <= f.start else t.start - f.end)
            if own_clause is not None and own_clause in cands and own_clause.absolute and not t.absolute:
                t = own_clause
            if (w := paired_item(text, figs, i, t)) is not None:
                out.append(str(w))
                continue
            out.append(duration_span(text, f, t) if dur else resolve_time(text, t, f, anchors, anchor_g, s0, times, period_g, review_g) or "")
            continue
        carried = which_time(text, s0, region[0], times) if not dur and not blocked and not owned else None
        if carried is not None:  # 'until March 2031, which will cost $X'; 'Since 2030, ..., which are worth $X'
            out.append(resolve_time(text, carried, f, anchors, anchor_g, s0, times, period_g, review_g) or "")
            continue
        head = next((j for j in range(i - 1, -1, -1) if figs[j].end <= region[0]), None)
        own = attached.get(head) if head is not None else None
        gap_at = own.end if own is not None and head is not None and figs[head].end <= own.start and \
            own.end <= region[0] else \
            (figs[head].end if head is not None else 0)
        if not dur and head is not None and out[head] and not text[gap_at:region[0]].strip() and \
                rx["which_clause"].match(text, region[0]):
            out.append(out[head])  # '$1.3 billion, which is close to 0.4% of GDP': a clause about the figure
            continue
        if i and rx["bracket_open"].fullmatch(text, figs[i - 1].end, f.start) and rx["bracket_close"].match(text, f.end) \
                and figs[i - 1].kind != "duration" and not dur:
            out.append(out[i - 1])  # '$7.8 billion (+3.1 percent)': the figure restated in brackets
            continue
        if (not dur or rx["of_measure"].match(text, f.end)) and i and figs[i - 1].kind != "duration" and (
                not dur and rx["appositive_change"].fullmatch(
                text, figs[i - 1].end, f.start) and rx["more_than"].match(text, f.end) or
                rx["representing_change"].fullmatch(text, figs[i - 1].end, f.start) or
                not dur and rx["appositive_shift"].fullmatch(text, figs[i - 1].end, f.start)):
            out.append(out[i - 1])  # '$490 billion in the next year, 14 per cent more than ...': the change is the
            continue  # figure's, with its period or without one (PERIOD-GUIDELINES 4)
        out.append("" if dur or blocked or owned or governor is None else governor.period)
    return out


def _glued_piece(text: str, pos: int, s0: int, s1: int, found: dict[tuple[int, int], list[int]]) -> tuple[int, int]:
    """'... of about $130.To manage the demand, ...': a full stop glued to the capitalised first word of the next
    sentence ends the sentence (a conversion lost the space; PERIOD-GUIDELINES 2). `found`: the glued stops' ends
    of each sentence looked at (its figures share one scan)."""
    ends = found.get((s0, s1))
    if ends is None:
        ends = found[s0, s1] = [m.end() for m in _rx()["glued_end"].finditer(text, s0, s1)]
    k = bisect_right(ends, pos)  # the first stop that ends after pos ends the piece, the one before starts it
    return ends[k - 1] if k else s0, ends[k] if k < len(ends) else s1


def _list_item(text: str, pos: int, s0: int, s1: int) -> tuple[int, int]:
    """The sentence text[s0:s1] cut to the list item holding `pos`: items without a final full stop
    ('• Set aside $5 billion …' / '• Complete the study by the end of 2020') come as one sentence from
    the splitter, but each is a sentence of its own (PERIOD-GUIDELINES 2)."""
    if "\n" not in text[s0:s1]:
        return s0, s1
    rx = _rx()
    a, b = s0, s1
    for m in rx["item_start"].finditer(text, s0, s1):
        if m.start() <= pos:
            a = m.start()
        else:
            b = m.start()
            break
    return a, b


def _table_row_periods(text: str, figs: Sequence[FigureSpan], row: tuple[int, int, str],
                       governor: Governor | None) -> list[str]:
    """A cell is a sentence of its own; a cell without a time takes its column header's, else its row
    header's (the first cell with text), else the governing heading's."""
    ls, le, sep = row
    header = header_row(text, ls, sep)
    cells = text[ls:le].split(sep)
    bounds, pos = [], ls
    for c in cells:
        bounds.append((pos, pos + len(c)))
        pos += len(c) + 1
    first = next((k for k, c in enumerate(cells) if c.strip()), 0)
    row_head = period_of_header(cells[first]) if cells else ""
    caption: str | None = None
    out = []
    for f in figs:
        col = next((k for k, (a, b) in enumerate(bounds) if a <= f.start <= b), 0)
        a, b = bounds[col]
        own = sentence_periods(text, a, b, [FigureSpan(f.start, f.end, a, b, f.kind)], None)[0]
        col_head = period_of_header(header[col]) if header and col < len(header) and col > first else ""
        if not own and not col_head and header and col < len(header) and is_change_header(header[col]):
            # a 'Change' column changes the latest dated column before it: '2023 | 2024 | Change', '2024 | 2023 | Change'
            col_head = max((p for p in (period_of_header(h) for h in header[first + 1:col]) if p), default="")
        if not (own or col_head or (row_head if col > first else "")) and f.kind != "duration" and caption is None:
            caption = caption_period(text, ls, sep)
        out.append(own or col_head or (row_head if col > first else "") or
                   ("" if f.kind == "duration" else caption) or
                   ("" if governor is None or f.kind == "duration" else governor.period))
    return out
