"""Text span → time expressions (`TimeExpr`), each with the role its context gives it: a point, an open
start or end, a target, a range, a comparison base, a budget's year, a year inside a name, relative and
vague time; lists and 'from A to B' merged into ranges.

The core grammar and the value of one match are in `grammar_en`; the words come from
pipeline/data/periods.en.json. Normalized forms follow ../shared/devset-real/PERIOD-GUIDELINES.md
section 1.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.periods.effect_from import ends_after, names_level, takes_effect_from
from pipeline.extract.periods.grammar_en import core_scan, core_when, patterns
from pipeline.extract.periods.model import TimeExpr, When, lexicon
from pipeline.extract.periods.month_lists import month_list
from pipeline.extract.periods.programme_year import names_fronted_programme_year, names_programme_year
from pipeline.extract.periods.than_bases import than_base

__all__ = ["find_times", "header_period_en", "patterns"]
_CODE_BEFORE = re.compile(r"\b[A-Z]{2,}\($")
_CODE_AFTER = re.compile(r"\)\d")

_CAPITAL_OK = {"In", "During", "For", "By", "Since", "From", "Until", "Up", "At", "On", "As", "Of", "Between",
               "Through", "Throughout", "Starting", "Beginning", "With", "Before", "After", "Over", "Till",
               "End", "Mid", "Early", "Late", "Year", "Quarter", "Half", "Fiscal", "Financial", "The", "And",
               "To", "Within", "Compared", "Than", "Effective", "Commencing", "Q1", "Q2", "Q3", "Q4", "H1",
               "H2", "Review", "Outlook", "Estimate", "Estimates", "Revised", "Actual", "Budget", "Provision"}



# 'cut to 17% (from YA2030)', 'reduced to $500 (from …)': a level a rule sets, then when it takes effect
_TO_FIGURE = re.compile(r"\bto[ \t\n]+(?:about[ \t\n]+|around[ \t\n]+)?[$€£¥]?[\d][\d,.]*[ \t\n]*(?:%|per[ \t\n]*cent|percent|"
                        r"(?:thousand|million|billion)\b)?[ \t\n]*$")  # (head ends where the preposition starts)

# 'Singapore Budget 2031: $6b package unveiled': a headline opened by the document it reports on (session-10 ruling)
_LABEL_BEFORE = re.compile(r"(?i)\b(?:budget|policy\s+address)[ \t]*$")
_LABEL_COLON = re.compile(r"[ \t]*:")
# a web page's date field opening a line, kept by its copy: ' date 2031-02-18 <the story>' (a dateline, PERIOD-GUIDELINES 5)
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t]*date:?[ \t]+$")

# 'born between 1950 and 1964': the end of a birth range as well as its start
_BORN_BEFORE = re.compile(r"(?i)\bborn(?:[ \t\n]+(?:on|in|before|after|between|from|or|and|since))*"
                          r"(?:[ \t\n]+(?:between|from)[ \t\n]+[^.;\n]{1,30}?[ \t\n]+(?:and|to))?[ \t\n]*$")


@lru_cache(maxsize=1)
def _births_born() -> re.Pattern[str]:
    """'33,000 babies were born', 'babies born': a count of births, whose birth time is its period."""
    nouns = "|".join(lexicon()["birth_count_nouns"])
    return re.compile(rf"(?i)\b(?:{nouns})(?:[ \t\n]+(?:were|was|are|is|have[ \t\n]+been|had[ \t\n]+been))?[ \t\n]+born\b")

_UP_DOWN = re.compile(r"(?i)\b(?:up|down|higher|lower)\b[^,;]{0,30}$")
# '(to) take effect from YA2032', 'come into force from 1 April': 'from' after effect / force is when a rule starts, never a base
_EFFECT_BEFORE = re.compile(r"(?i)\b(?:effect|force|operation)[ \t\n]+$")


def _first_day(lo: When | None, head: str) -> bool:
    """'cut to 18% from 1 January 2022', 'a fee of $50 from 1 July 2024': the first day of a month after 'from' is
    the day a rule takes effect (an open start, PERIOD-GUIDELINES 1), not a comparison base (a stock is compared
    with a month's or year's end, 'from end-2021'); after a verb or adverb of change, with or without its figure
    ('rose 8% from 1 July 2024'), it stays a base, unless a level is set ('increase to $50 from 1 July')."""
    pats = patterns()
    return lo is not None and lo.kind == "date" and lo.sub % 100 == 1 and \
        not pats["change_before"].search(head) and not _UP_DOWN.search(head) and \
        (_TO_FIGURE.search(head) is not None or not pats["change_figure_before"].search(head))


def find_times(text: str, start: int = 0, end: int | None = None,
               skip: tuple[tuple[int, int], ...] = ()) -> list[TimeExpr]:
    """Time expressions in text[start:end], in order; spans overlapping `skip` (figures) are left out."""
    end = len(text) if end is None else end
    pats = patterns()
    out: list[TimeExpr] = []
    lo: When | None
    hi: When | None
    for m in core_scan().finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in skip) and not (
                (m.group("ynq") or m.group("ynm")) and all(s <= a and b <= e for a, b in skip if a < e and s < b)):
            continue  # a figure's span is no time; but 'the first three quarters of 2013' holds its duration
        role, lo, hi, sub = core_when(m)
        if role == "point" and lo is None:
            continue
        if _CODE_AFTER.match(text, e) and _CODE_BEFORE.search(text, max(0, s - 12), s):
            continue  # a paper's number, not a time: 'PWSC(2020-21)23', 'FCR(2024-25)12' (a session year in a code)
        before = text[max(start, s - 60):s]
        after = text[e:min(end, e + 40)]
        if _STAMP_BEFORE.search(before) and role == "point" and lo is not None and lo.kind == "date":
            continue  # ' date 2031-02-18 SINGAPORE – The Government will ...': a page's date stamp, no time of a figure
        born = _BORN_BEFORE.search(before)
        if born is not None and not _births_born().search(before, max(0, born.start() - 30), born.end()):
            continue  # 'those born on or before 31 December 1969 get $100': a birth date sets who is eligible (an age,
            # a point on a scale, GUIDELINES), never the time a figure holds for
        if role == "pair":  # '2020-2021': a split year only when called a financial/school year
            if pats["split_word"].match(after) or pats["split_word_before"].search(before) or \
                    pats["fy_word_before"].search(before):  # "fiscal 2010/2011"
                role, hi = "point", None
                lo = When("split", lo.year) if lo else None
            else:
                role = "range"
        if role == "point" and lo is not None and lo.kind == "year" and m.group("y") and \
                (pats["fy_word_before"].search(before) or pats["fy_word_after"].match(after)):
            lo = When("fy", lo.year)  # 'for fiscal year 2017', 'for the 2017 financial year' → FY2017
        ended = pats["year_ended"].search(before) if lo is not None and lo.kind in ("date", "month") and \
            role == "point" else None
        if ended is not None and lo is not None:
            # 'in the (financial) year that ended on 31 March 2020', 'the year ending June 2019': the year that
            # closes that day or month, not the day; the time expression starts at the year's preposition
            lo = When("year", lo.year) if lo.sub in (1231, 12) else When("split", lo.year - 1)
            before = before[:ended.start()] + "year "
        pm = pats["prep"].search(before) if not after.startswith(("'s", "’s")) else None  # "from 2023's $4 billion"
        prep = re.sub(r"\s+", " ", pm.group("prep").lower()) if pm else ""
        if m.group("yfn") and not prep:
            continue  # '20352' alone is a number; 'by 20352' a year and its footnote
        tstart = pm.start() + max(start, s - 60) if pm else s
        bm = pats["base_before_prep"].search(text, max(start, tstart - 50), tstart) if pm and prep not in _base_preps() \
            else None
        if bm is not None and not pats["year_in"].search(bm.group()):
            prep = "than"  # 'lower than in 2023-24', '8.7% over the revised estimate for 2023-24': a base; not after a
            # base that states its own year ('by 50% from the 2005 level before 2035': the time is the clause's)
        fm = pats["from_before"].search(before) if not pm and pats["possessive_level"].match(after) else None
        if fm is not None and fm.group().lower().startswith("from"):
            prep = "from"  # 'by 50% from 2005's level': a comparison base, as 'from the 2005 level' is
            tstart = max(start, s - 60) + fm.start()
        if role in ("month", "quarter", "half") and not prep and \
                not re.search(r"(?i)\b(?:end|mid|early|late)[-\s]*$", before) and not (
                    role == "month" and (pats["month_range_next"].match(after) or pats["month_range_prev"].search(before))):
            continue  # 'May' the verb, 'March' the noun: a bare month needs a preposition of time
        if role in ("point", "range") and lo is not None and lo.kind in ("year", "split") and m.group("dec") is None \
                and m.group("ya") is None:  # 'the year of assessment 2019/20' names its year itself
            if not prep and pats["one_after"].match(after) and pats["budget_word"].search(text, start, s):
                role = "budget"  # 'The 2018 Budget was expansionary, as is the 2019 one with a deficit of $X'
            elif _in_name(text, s, e, before, after, bool(prep)):
                role = "budget" if not prep and names_programme_year(text, e) or \
                    prep == "in" and names_fronted_programme_year(text, e) else "name"  # its contents' year
            elif not prep and pats["budget_after"].match(after):
                role = "budget"
            elif not prep and _LABEL_BEFORE.search(before) and _LABEL_COLON.match(after):
                role = "name"  # 'Budget 2031: $5b for clinics': a headline's label names the document, governs nothing
        if role in ("point", "budget") and lo is not None and (not prep or prep in ("in", "for", "of")) and \
                pats["compared_np"].search(text, max(start, tstart - 100), tstart):
            role = "base"
        if role == "point" and lo is not None and prep in ("as at", "as of", "at", "on") and \
                pats["than_np"].search(text, max(start, tstart - 80), tstart):
            role = "base"  # 'more than the total assets as at 31 December 1998': the compared stock's date
        if role in ("point", "budget", "relative") and than_base(text, start, tstart, role, prep):
            role = "base"  # 'less than the revenue for the previous year' (than_bases)
        if role in ("point", "name", "budget") and pats["level_after"].match(after) and (pats["det_before"].search(
                before) or pats["det_adj_before"].search(before)) and not (role == "budget" and prep):
            role = "base"  # '53% of the 2018 level', 'above the 2019 peak'
        if role == "name" and prep in _base_preps():
            role = "base"  # 'compared with the 2023 level' stays a comparison base
        if prep and role not in ("name",):
            kind = _prep_role(prep)
            if prep == "after" and ends_after(text[max(start, tstart - 40):tstart]):
                kind = "open_end"  # 'due to lapse after 31 March 2020': it holds up to then (effect_from.ends_after)
            if prep == "on" and pats["up_figure_on"].search(text, max(start, tstart - 50), tstart):
                kind = "base"  # 'up $404.8 billion on the previous year', 'down 3% on 2023'
            if prep == "from" or (prep == "over" and role != "vague"):  # a comparison
                # base right after a figure or a verb of change; 'over the last decade' after a figure is the stretch
                # it holds for; 'cut to 17% from YA2030': a tax year after 'to <rate> from' is when a rule takes
                # effect ('rose 4% from YA 2029' stays a base)
                head = text[max(start, tstart - 40):tstart]
                takes_effect = prep == "from" and ((m.group("ya") is not None and _TO_FIGURE.search(head) is not None)
                                                   or _first_day(lo, head) or _EFFECT_BEFORE.search(head) is not None
                                                   or takes_effect_from(text, start, tstart, after,
                                                                        _TO_FIGURE.search(head) is not None))
                if not takes_effect and (pats["change_before"].search(head) or pats["figure_end"].search(head) or
                                         prep == "from" and names_level(after) or (
                        lo is not None and role == "point" and pats["change_of_pct"].search(head))):
                    kind = "base"
            if prep == "before" and kind == "open_end" and pats["deadline_before"].search(text, start, tstart):
                kind = "target"  # 'to cut emissions by 50% before 2035': a deadline, like 'by 2035'
            if kind == "open_start" and pats["record_before"].search(text, max(start, tstart - 50), tstart):
                kind = "base"  # 'the highest since 1993': the record's reference, not the figure's period
            if kind == "point" and lo is not None and lo.kind in ("year", "split") and \
                    pats["budget_after"].match(after):
                kind = "budget"
            if kind == "base":
                role = "base"
            elif role == "point" and kind == "budget":
                role = "budget"
            elif role == "point" and kind != "point":
                role = kind
                if kind == "open_end":  # (two statements: mypyc's tuple assignment takes `lo`'s narrowed type)
                    hi = lo
                    lo = None
            elif role == "range" and kind == "base":
                role = "base"
        since = pats["since_np"].search(before) if role == "point" and lo is not None and prep in ("in", "during", "on") \
            else None
        if since is not None:  # 'since its launch in 2018': the time since which; after a superlative ('the
            # biggest since independence in 1965') the record's reference, a comparison base
            at = max(start, s - 60) + since.start()
            role = "base" if pats["record_before"].search(text, max(start, at - 50), at) else "open_start"
        if role == "open_start" and lo is not None and lo.kind in ("month", "date") and \
                (lo.sub if lo.kind == "month" else lo.sub // 100) in lexicon()["fy_named_by_start_months"] and \
                pats["fy_beginning"].search(text, max(start, tstart - 30), tstart):
            role, lo = "point", When("fy", lo.year)  # 'the financial year beginning April 2014' is FY2014
        if role == "point" and lo is not None and pats["suffix_open"].match(after):
            role = "open_start"
        elif role == "point" and lo is not None and pats["suffix_end"].match(after):
            role, hi = "target", None
        if role in ("relative", "vague") and pats["act_before"].search(before):
            # 'the $1.9 billion forecast a year ago': the time of the forecast, not of the figure; it stays
            # attached to its figure (which then has no period) and dates nothing else
            out.append(TimeExpr(s, e, s, "act"))
            continue
        if role == "relative" and sub >= 1000:  # unit * 1000 + 500 + shift: quarters (3) or months (1)
            out.append(TimeExpr(tstart, e, s, role, lo, hi, shift=sub % 1000 - 500, sub=sub // 1000))
        elif role in ("relative", "vague"):
            out.append(TimeExpr(tstart, e, s, role, lo, hi, shift=sub))
        else:
            out.append(TimeExpr(tstart, e, s, role, lo, hi, sub=sub))
    for k in range(len(out) - 2, -1, -1):  # 'The 2017 and 2018 Policy Agendas': both years are in the name
        cur, nxt = out[k], out[k + 1]
        if nxt.role == "name" and cur.role == "point" and cur.lo is not None and \
                cur.lo.kind in ("year", "split") and pats["name_pair_gap"].fullmatch(text, cur.end, nxt.start):
            out[k] = TimeExpr(cur.start, cur.end, cur.core, "name", cur.lo)
    # 'in the year' inside 'in the year ending June 2019': a time read inside a longer one is part of it
    out = [t for t in out if not any(u.start <= t.start and t.end <= u.end and u.end - u.start > t.end - t.start
                                     for u in out)]
    return _merge(text, _glossed(text, out))


def _glossed(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """'in the next financial year (2025-26)', 'last year (2024)': a relative time glossed in brackets by a
    stated one is that time, with the role its own preposition gives it."""
    pats = patterns()
    out: list[TimeExpr] = []
    i = 0
    while i < len(times):
        t = times[i]
        u = times[i + 1] if i + 1 < len(times) else None
        if u is not None and t.role in ("vague", "relative") and u.role in ("point", "range") and u.lo is not None \
                and u.start == u.core and pats["gloss_gap"].fullmatch(text, t.end, u.start) and \
                pats["gloss_close"].match(text, u.end):
            words = text[t.start:t.core].split()
            kind = _prep_role(re.sub(r"\s+", " ", words[0].lower())) if words else "point"
            role = u.role if u.role == "range" or kind not in ("open_start", "open_end", "target", "base") else kind
            lo, hi = (None, u.lo) if role == "open_end" else (u.lo, u.hi)
            out.append(TimeExpr(t.start, u.end, t.core, role, lo, hi))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


@lru_cache(maxsize=1)
def _prep_roles() -> dict[str, str]:
    lx = lexicon()
    roles: dict[str, str] = {}
    for key, role in (("point_prepositions", "point"), ("open_start_prepositions", "open_start"),
                      ("open_end_prepositions", "open_end"), ("target_prepositions", "target"),
                      ("comparison_words", "base")):
        for p in lx[key]:
            roles.setdefault(p, role)
    return roles


def _prep_role(prep: str) -> str:
    return _prep_roles().get(prep, "point")


def _in_name(text: str, s: int, e: int, before: str, after: str, has_prep: bool = False) -> bool:
    """A year that is part of a name: 'Digital Plan 2030', 'the 2026 examination', 'sitting for the 2021
    Hong Kong Diploma ...'; a preposition right before the year ('in 2024 Hong Kong ...') keeps it a time
    unless a determiner stands between them."""
    pats = patterns()
    if pats["budget_after"].match(after):
        return False  # 'in the 2031 Off-Budget package': the year of a budget, whose amounts it dates (3e)
    if not has_prep and pats["titled_horizon"].search(before):
        return True  # 'the Strategic Studies on Railways and Major Roads beyond 2030'
    if pats["split_word"].match(after):
        return False  # 'for the 2023-24 tax year', 'the 2022/23 year of assessment': the year the words name
    if pats["measure_after"].match(after):
        return False  # 'the 2014 Exchange Fund investment return': the year of the measure, not of the name
    if has_prep:
        return _det_name(after) and bool(pats["det_before"].search(before))
    cap = pats["cap_before"].search(before)
    if cap and cap.group("w") not in _CAPITAL_OK and not cap.group("w").isupper():
        return True
    if _acronym_edition(text, s, e, before):
        return True
    nxt = pats["next_word"].match(after)
    if nxt and nxt.group("w").lower() not in _followers_ok() and nxt.group("w") not in _tax_followers() and \
            pats["det_before"].search(before):
        return True  # ('the 2014-15 salaries tax': the year of assessment of a tax, in lower case)
    # '2026 Asian Games'
    return bool(nxt and nxt.group("w")[0].isupper() and not after.startswith(("\n", ". ", ", ")) and
                nxt.group("w") not in _CAPITAL_OK and nxt.group("w").lower() not in _followers_ok())


@lru_cache(maxsize=1)
def _tax_followers() -> frozenset[str]:
    return frozenset(lexicon().get("tax_followers", ()))


def _acronym_edition(text: str, s: int, e: int, before: str) -> bool:
    """'GSH 2019', 'the Home Ownership Scheme (HOS) 2020': a year right after a scheme's acronym names an
    edition of it; not after a time or budget abbreviation ('CY 2024', 'RE 2023'), nor in an all-capital
    line, where every word is upper case ('ANNUAL REPORT 2019')."""
    acr = patterns()["acronym_before"].search(before)
    if acr is None:
        return False
    w = acr.group("w")
    line = text[text.rfind("\n", 0, s) + 1:(text.find("\n", e) + 1 or len(text) + 1) - 1]
    return w.capitalize() not in _CAPITAL_OK and w.lower() not in lexicon()["budget_words"] and \
        w not in lexicon()["year_abbreviations"] and any(c.islower() for c in line)


def _det_name(after: str) -> bool:
    nxt = patterns()["next_word"].match(after)
    return bool(nxt and nxt.group("w").lower() not in _followers_ok())


@lru_cache(maxsize=1)
def _base_preps() -> frozenset[str]:
    return frozenset(p for p in lexicon()["comparison_words"] if p not in ("from", "over"))


@lru_cache(maxsize=1)
def _followers_ok() -> frozenset[str]:
    return frozenset(lexicon()["name_followers_ok"])


def _merge(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """'from A to B', 'between A and B', 'A to B' → one range; 'in A, B and C respectively' → A..C."""
    pats = patterns()
    out: list[TimeExpr] = []
    i = 0
    while i < len(times):
        t = times[i]
        nxt = times[i + 1].lo if i + 1 < len(times) else None
        u = times[i + 1] if i + 1 < len(times) else None
        listed = month_list(text, times, i) if t.role == "month" else None
        if listed is not None:  # 'in June, September and December 2031'
            out.append(listed[0])
            i = listed[1]
            continue
        if t.role == "month" and t.sub <= 12 and u is not None and u.role == "month" and t.sub < u.sub <= 12 and \
                pats["range_gap"].match(text[t.end:u.start]):
            # 'between mid-February and early May' (no year): one range of months, resolved like a bare month
            out.append(TimeExpr(t.start, u.end, t.core, "month", None, When("month", 0, u.sub), sub=t.sub))
            i += 2
            continue
        if t.role == "month" and u is not None and u.role == "vague" and u.shift in (-1, 1) and \
                not text[t.end:u.start].strip() and text[u.core:u.end].lower().endswith("year"):
            # 'at the end of December last year': the month of the year before (or after) a stated time
            out.append(replace(t, end=u.end, shift=u.shift))
            i += 2
            continue
        if t.role == "month" and t.sub <= 12 and nxt is not None and nxt.kind in ("month", "date") and \
                pats["range_gap"].match(text[t.end:times[i + 1].start]):
            # 'between January and June 2024', 'from January to March 2024': the year is shared
            hi = nxt if nxt.kind == "month" else When("month", nxt.year, nxt.sub // 100)
            out.append(TimeExpr(t.start, times[i + 1].end, t.core, "range", When("month", nxt.year, t.sub), hi))
            i += 2
            continue
        if i + 1 < len(times) and t.lo is not None and t.role in ("point", "open_start", "base", "range"):
            u = times[i + 1]
            gap = text[t.end:u.start]
            if u.lo is not None and u.role in ("point", "open_end", "target", "range") and \
                    pats["range_gap"].match(gap) and (t.role != "point" or gap.strip().lower() != "and"
                                                      or pats["from_before"].search(text[max(0, t.core - 12):t.core])):
                hi = u.hi if u.role == "range" and u.hi is not None else (u.hi or u.lo)
                lo = t.lo
                if lo.kind == "fy" and hi is not None and hi.kind == "year":
                    hi = When("fy", hi.year)  # 'the financial years of 2026 to 2030': both ends in one form
                # '2% from 2026 to 2028': a base is one time; 'from A to B' after a figure is its span
                role = "base" if t.role == "base" and not pats["from_start"].match(text, t.start) else "range"
                out.append(TimeExpr(t.start, u.end, t.core, role, lo, hi))
                i += 2
                continue
        if i + 1 < len(times) and t.lo is not None and (t.role == "open_start" or (
                t.role == "base" and pats["from_start"].match(text, t.start))):
            u = times[i + 1]  # 'since 2009 up to the end of September 2017', 'from 2019 until 2023': one span
            if u.role == "open_end" and u.hi is not None and re.fullmatch(r"\s*", text[t.end:u.start]):
                out.append(TimeExpr(t.start, u.end, t.core, "range", t.lo, u.hi))
                i += 2
                continue
        if t.lo is not None and t.role in ("point", "target"):  # a list of years 'respectively'
            j = i
            while j + 1 < len(times) and times[j + 1].lo is not None and times[j + 1].role == "point" and \
                    times[j + 1].core == times[j + 1].start and pats["list_gap"].match(text[times[j].end:times[j + 1].start]):
                j += 1
            if j > i and (pats["respectively"].match(text[times[j].end:times[j].end + 100]) or j - i >= 2 or
                          (t.core == t.start and _PREMODIFIER_RESPECTIVELY.match(text, times[j].end)) or
                          pats["from_before"].search(text[max(0, t.core - 12):t.core]) or
                          (t.core > t.start and t.role == "point")):  # 'in 2024 and 2025': both years
                # one year per part: 'in 2027, 2028 and 2031 (respectively)', 'in each of 2026-27 and 2027-28'
                items = tuple(u.lo for u in times[i:j + 1] if u.lo is not None)
                ends = sorted(items, key=lambda w: (w.year, w.sub))  # 'for 2004-05 and 2003-04': first..last in time
                out.append(TimeExpr(t.start, times[j].end, t.core, "range", ends[0], ends[-1], items=items))
                i = j + 1
                continue
        out.append(t)
        i += 1
    return out


# 'its 2013 and 2012 returns of $81 billion and $111 billion respectively': bare years listed before the noun whose
# figures a later 'respectively' (in the same sentence) pairs with them, one year per part
_PREMODIFIER_RESPECTIVELY = re.compile(r"\s+[a-z][\w-]*\b(?:[^.;!?]|\.(?=\d)){0,120}?\brespectively\b")


def header_period_en(text: str) -> str:
    """The period an English table header states (see `scope.period_of_header`)."""
    for t in find_times(text):
        if t.role in ("point", "open_start", "open_end", "target", "range", "budget"):
            return t.value()
        if t.role == "name" and t.lo is not None and patterns()["budget_before"].search(text[:t.core]):
            return t.value()  # 'Budget 2024', 'Actual 2023' as a header: the year is the column's
    return ""
