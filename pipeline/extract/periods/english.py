"""Text span → time expressions (`TimeExpr`): years, split years, FY, quarters, halves, months, dates,
ranges, open ranges, relative and vague time, each with the role its preposition gives it.

The words come from pipeline/data/periods.en.json (month names, ordinals, prepositions of time, scope
and comparison words); this module holds only the grammar. Normalized forms follow
../shared/devset-real/PERIOD-GUIDELINES.md section 1. Regexes are compiled once per process.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from pipeline.extract.periods.model import TimeExpr, When, _alt, lexicon
from pipeline.regexgate import GatedPattern


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """The compiled grammar (built once from the lexicon)."""
    lx = lexicon()
    months = [m for m in lx["months"]]
    month = "|".join(sorted({w.capitalize() for w in months} | {w.upper() for w in months if len(w) > 3},
                            key=len, reverse=True))
    year = r"(?:19[5-9]\d|20\d\d)"
    yrc = rf"{year}(?![\d%]|[.,]\d|\s?per\s?cent)"  # inside a composite form
    yr = rf"(?<![\d.,$/])(?<!\d\s){yrc}"  # standalone: not '1 2020' (a spaced number), not '3.2020'"
    ordn = _alt(lx["ordinals"])
    half = _alt(lx["halves"])
    two = r"(?:\d{2}|" + year + r")"
    # a split year whose hyphen a conversion lost ('2016 17'): only before words a split year takes,
    # never before a counted noun ('in 2016 17 schools opened')
    unspaced_ok = _alt({"to", "and", "or", "is", "are", "was", "were", "will", "would", "has", "have", "had"} |
                       {w.split()[0] for w in lx["split_year_words"]} | set(lx["budget_words"]))
    stretch = "(?:" + _alt(w for w in lx["relative_stretch_back"] + lx["relative_stretch_forward"] if w != "within") + ")"
    core = (
        rf"(?P<iso>{yr})-(?P<isom>0[1-9]|1[0-2])-(?P<isod>[0-3]\d)(?!\d)"
        rf"|(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{month})\.?,?\s+(?P<y1>{yr})"
        rf"|(?P<m2>{month})\.?\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,\s*(?P<y2>{yr})"  # also 'March31, 2026' (a lost space)
        rf"|(?:the\s+)?(?i:end)\s+of\s+(?:the\s+)?(?P<q0>(?i:{ordn}))\s+(?i:quarter)\s+(?:of\s+)?(?P<yq0>{yr})"
        rf"|(?:the\s+)?(?i:end|close)(?:\s*-\s*|\s+of\s+(?:the\s+)?(?:(?:calendar\s+)?year\s+)?|\s+)"
        rf"(?:(?P<m3>{month})\s+)?(?P<y3>{yr})(?!\s*[-/–]\s*\d)"
        rf"|(?:the\s+)?(?i:start|beginning)\s+of\s+(?:the\s+)?(?:(?i:calendar\s+)?(?i:year)\s+)?(?P<ys>{yr})(?!\s*[-/–]\s*\d)"
        rf"|(?i:year)[-\s]end\s+(?P<y4>{yr})|(?P<y5>{yr})\s+(?i:year)[-\s]end"
        rf"|(?:the\s+)?(?P<q>(?i:{ordn}))\s+(?i:quarter)\s+(?:of\s+)?(?P<yq>{yr})"
        rf"|Q(?P<q2>[1-4])\s*(?P<yq2>{yrc})|(?P<yq3>{yr})\s*Q(?P<q3>[1-4])\b|(?P<q4>[1-4])Q\s*(?P<yq4>{yrc})"
        rf"|(?:the\s+)?(?i:first)\s+(?P<nq>(?i:two|three|2|3))\s+(?i:quarters)\s+(?:of\s+)?(?P<ynq>{yrc})"
        rf"|(?:the\s+)?(?i:first)\s+(?P<nm>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]))"
        rf"\s+(?i:months)\s+(?:of\s+)?(?P<ynm>{yrc})"
        rf"|(?:the\s+)?(?P<h>(?i:{half}))\s+(?i:half)\s+(?:of\s+)?(?P<yh>{yr})"
        rf"|H(?P<h2>[12])\s*(?P<yh2>{yrc})|(?P<yh3>{yr})\s*H(?P<h3>[12])\b"
        rf"|(?:(?i:early|mid|late)[-\s]+)?(?P<m6>{month})\.?,?\s+(?P<y6>{yr})"
        rf"|FY\s?(?P<fys>{year})\s*[-/–]\s*(?P<fyb>{two})(?!\d)"  # 'FY 2016-17', 'FY2019/2020': a split year
        rf"|FY\s?(?P<fy>{year})(?:\s*/\s*\d{{2}}|\d{{1,2}}(?=[\s.,;:)]|$))?(?!\d)|FY\s?(?P<fy2>\d{{2}})(?![\d/-])"
        rf"|(?i:year\s+of\s+assessment)\s+(?P<ya>{yr})(?:\s*/\s*(?P<yab>\d{{2}}))?"
        rf"|(?P<sa>{yr})\s*(?P<sep>[-/–—])\s*(?P<sb>{two})(?!\d|\s*[-/–—]\s*\d)"
        rf"|(?P<ua>{yr})\s(?P<ub>\d{{2}})(?!\d|[.,]\d|\s*(?:%|per\s?cent|(?!(?:{unspaced_ok})\b)[a-z]))"
        rf"|(?:the\s+)?(?:(?i:early|mid|late)[-\s]+)?(?P<dec>(?:19|20)\d0)s\b"
        rf"|(?i:early|mid|late)[-\s]+(?P<y7>{yr})|(?<![-–])(?P<y>{yr})(?!\s*[-–—/]\s*\d)"
        rf"|(?:(?i:early|mid|late)[-\s]+)?(?P<mo>{month})\b(?![-\s]*\d)"
        rf"|(?:the\s+)?(?P<qo>(?i:{ordn}))\s+(?i:quarter)\b"
        rf"|(?:the\s+)?(?P<ho>(?i:{half}))\s+(?i:half)\b(?:\s+of\s+the\s+year)?(?!\s+of\s+\d)"
        rf"|(?P<relq>(?i:{_alt(lx['relative_quarter'])}))\b|(?P<relm>(?i:{_alt(lx['relative_month'])}))\b"
        rf"|(?P<rel>(?i:{_alt(lx['relative_back'])}))\b"
        rf"|(?P<same>(?i:{_alt(lx['same_period'])}))\b"
        rf"|(?P<vl>(?i:{_alt(lx['vague_last'])}))\b"
        rf"|(?P<vn>(?i:{_alt(lx['vague_next'])}))\b"
        rf"|(?P<vt>(?i:{_alt(lx['vague_this'])}))\b(?!\s+(?:of|before|after|earlier|ago)\b)"
        rf"|(?P<vo>(?i:{_alt(lx['vague_other'])}|(?:the\s+)?{stretch}\s+(?:(?:{_alt(lx['vague_stretch_counts'])})\s+)?"
        rf"(?:{_alt(lx['vague_stretch_units'])})))\b"
    )
    preps = {**{p: "point" for p in lx["point_prepositions"]},
             **{p: "open_start" for p in lx["open_start_prepositions"]},
             **{p: "open_end" for p in lx["open_end_prepositions"]},
             **{p: "target" for p in lx["target_prepositions"]},
             **{p: "base" for p in lx["comparison_words"]}}
    lead = r"(?:the\s+)?(?:(?:whole|full|entire|calendar|same)\s+)?(?:(?:financial|fiscal|school|academic)\s+)?" \
           r"(?:year\s+(?:of\s+)?)?"
    return {
        "core": re.compile(rf"(?<![\w$])(?:{core})"),
        "prep": re.compile(rf"(?i)(?:^|(?<=[\s(,—–-]))(?P<prep>{_alt(preps)})\)?\s*{lead}$"),
        "split_word": re.compile(rf"(?i)^\s*(?:{_alt(lx['split_year_words'])})\b"),
        "fy_word_before": re.compile(rf"(?i)\b(?:{_alt(lx['fy_words'])})\s+(?:\(FY\)\s*)?$"),  # 'financial year (FY) 2023'
        "fy_word_after": re.compile(rf"(?i)^\s+(?:{_alt(w for w in lx['fy_words'] if ' ' in w)})\b"),
        "split_word_before": re.compile(rf"(?i)\b(?:{_alt(lx['split_year_words'])})\s+(?:of\s+)?$"),
        "month_range_next": re.compile(rf"^\s*(?:-|–|to|and)\s*(?:{month})\b"),
        "level_after": re.compile(rf"(?i)^\s*(?:{_alt(lx['level_words'])})\b"),
        "budget_before": re.compile(rf"(?i)\b(?:{_alt(lx['budget_words'])})\s*$"),
        "budget_after": re.compile(rf"(?i)^\s*(?:{_alt(lx['budget_words'])})\b"),
        "budget_word": re.compile(rf"(?i)\b(?:{_alt(lx['budget_words'])})\b"),
        # 'up 2.6 per cent from the previous year', 'down $3 billion from FY2023': a compared time
        # '8 percent, 3 percent and 5 percent, respectively, from 2005/06': the base of a listed change
        "figure_end": re.compile(r"(?i)[%\d](?:\s*,?\s*respectively)?\s*,?\s*$|\bper\s?cent\s*,?\s*respectively\s*,?\s*$|\b(?:up|down|higher|lower)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?"
                                 r"\S*\d\S*\s+(?:per\s?cent|percentage\s+points?|[mbtr]illion)\s*$"),
        "measure_after": re.compile(rf"^\s+(?:[A-Z][\w&'’-]*\s+){{1,4}}(?:{_alt(lx['measure_heads'])})\b"),
        "one_after": re.compile(r"^\s+one\b(?!\s*(?:-|of\b))"),  # 'the 2019 one': the noun said before
        "det_before": re.compile(r"(?i)\b(?:the|this|that|its|their|our|a|an|his|her)\s+$"),
        "cap_before": re.compile(r"(?:^|[^.!?:;\n]\s)(?P<w>[A-Z][\w&'’.-]*)\s+$"),
        "acronym_before": re.compile(r"(?:^|[^.!?:;\n]\s)\(?(?P<w>[A-Z]{2,6})\)?\s+$"),
        "next_word": re.compile(r"^\s*(?P<w>[A-Za-z][\w-]*)"),
        "suffix_open": re.compile(rf"(?i)^\s*(?:{_alt(lx['open_start_suffixes'])})\b"),
        "suffix_end": re.compile(rf"(?i)^\s*(?:{_alt(lx['open_end_suffixes'])})\b"),
        "range_gap": re.compile(r"(?i)^\s*(?:to|till|until|through|and|[-–—])\s*(?:the\s+)?$"),
        "from_before": re.compile(r"(?i)\b(?:from|between|each\s+of|both)\s+$"),
        "change_before": re.compile(rf"(?i)\b(?:{_alt(lx['change_words'])})\s*(?:by\s+)?$"),
        "list_gap": re.compile(r"^\s*(?:\([^()]{0,80}\)\s*)?(?:,|,?\s*and)\s*(?:in\s+)?$"),
        "respectively": re.compile(r"(?i)^\s*(?:\([^()]{0,80}\)\s*)?,?\s*respectively\b"),
        "base_before_prep": re.compile(rf"(?i)(?:\b(?:{_alt(w for w in lx['comparison_words'] if w not in ('from', 'over'))})"
                                       r"|(?:[%\d]|\bper\s?cent|\bpercentage\s+points?|\b[mbtr]illion)\s+over)\s+(?:the\s+)?(?:(?:revised|original|draft|actual|estimated|same|"
                                       r"corresponding|level|figure|figures|estimates?|period|one|amount|total)\s+){0,3}$"
                                       r"|\b(?:than|compared\s+(?:with|to))\s+(?:(?:that|those)\s+)?$"  # 'than that for 2007-08'
                                       rf"|\b(?:from|than|of|compared\s+(?:with|to))\s+(?:the|its|their|our|a)\s+(?:[\w-]+\s+)?"
                                       rf"(?:{_alt(lx['level_words'])})\s*$"
                                       # '85% of the level over the same period in 2018': the level compared with
                                       rf"|\bof\s+(?:the|its|their|our)\s+(?:[\w-]+\s+)?(?:{_alt(lx['level_words'])})\s+"
                                       r"(?:over|in|during|for)\s+the\s+same\s+(?:period|quarter|month|time)\s+$"),
        # 'than the revised 2021 figure': a budget adjective between the determiner and the year
        "det_adj_before": re.compile(r"(?i)\b(?:the|its|their|our)\s+(?:revised|original|actual|estimated|budgeted|"
                                     r"earlier|previous|initial)\s+$"),
        "since_np": re.compile(r"(?i)\bsince\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:in|during)\s+(?:the\s+)?$"),
        "record_before": re.compile(rf"(?i)\b(?:{_alt(lx['record_words'])})\b(?:\s+[\w-]+){{0,3}}\s*$"),
        # 'a growth of 7.4 per cent over 2005-06', 'an increase of $67.6 billion over 2010-11': a change 'over'
        # a stated year is measured against it
        "change_of_pct": re.compile(rf"(?i)\b(?:{_alt(lx['change_words'])}|gain|reduction)\s+of\s+(?:[a-z]+\s+)?"
                                    r"(?:(?:[a-z]{0,3}\$|rm|£|€)\s?[\d.,]+\s*(?:[mbt]illion|bn|m)?|"
                                    r"[\d.,]+\s*(?:%|per\s?cent))\s*$"),
        # 'an increase of $7.8 billion in comparison to the authorities outlined in the Main Estimates 2016-17':
        # a time at the end of a compared noun phrase is the base's
        "compared_np": re.compile(r"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|"
                                  r"as\s+against)\s+(?:the|its|their|our|a|an|that\s+of\s+the|those\s+of\s+the)\s+"
                                  r"[^,;:()$\d%]{0,80}?$"),
        "act_before": re.compile(rf"(?i)\b(?:{_alt(lx['act_participles'])})\s+$"),
        "from_start": re.compile(r"(?i)from\s"),
        "up_figure_on": re.compile(r"(?i)\b(?:up|down|higher|lower)\s+(?:by\s+)?\S*\d\S*(?:\s+(?:[mbt]illion|"
                                   r"per\s?cent|percentage\s+points?))?\s*$"),
        "name_pair_gap": re.compile(r"\s*(?:,|and|or|&)\s*"),
        "as_whole": re.compile(r"(?i)^\s*as\s+a\s+whole\b"),
        "fy_beginning": re.compile(rf"(?i)\b(?:{_alt(lx['fy_words'])})\s+(?:that\s+|which\s+)?$"),
        "year_ended": re.compile(r"(?i)\byear\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$"),
    }


_CAPITAL_OK = {"In", "During", "For", "By", "Since", "From", "Until", "Up", "At", "On", "As", "Of", "Between",
               "Through", "Throughout", "Starting", "Beginning", "With", "Before", "After", "Over", "Till",
               "End", "Mid", "Early", "Late", "Year", "Quarter", "Half", "Fiscal", "Financial", "The", "And",
               "To", "Within", "Compared", "Than", "Effective", "Commencing", "Q1", "Q2", "Q3", "Q4", "H1",
               "H2", "Review", "Outlook", "Estimate", "Estimates", "Revised", "Actual", "Budget", "Provision"}


def _month(name: str) -> int:
    return int(lexicon()["months"][name.lower().rstrip(".")])


def _core_when(m: re.Match[str]) -> tuple[str, When | None, When | None, int]:
    """(role, lo, hi, sub) of one core match before its preposition is read."""
    g = m.group
    lx = lexicon()
    if g("iso"):
        return "point", When("date", int(g("iso")), int(g("isom")) * 100 + int(g("isod"))), None, 0
    if g("y1") or g("y2"):
        y, mo, d = (g("y1"), g("m1"), g("d1")) if g("y1") else (g("y2"), g("m2"), g("d2"))
        return "point", When("date", int(y), _month(mo) * 100 + int(d)), None, 0
    if g("ynq") or g("ynm"):  # 'the first three quarters of 2024', 'the first 11 months of 2023'
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11}
        n = g("nq") or g("nm")
        k = int(n) if n.isdigit() else words[n.lower()]
        kind, y = ("quarter", int(g("ynq"))) if g("ynq") else ("month", int(g("ynm")))
        return "range", When(kind, y, 1), When(kind, y, k), 0
    if g("yq0"):
        q = int(lx["ordinals"][g("q0").lower()])
        mo = q * 3
        return "point", When("date", int(g("yq0")), mo * 100 + calendar.monthrange(int(g("yq0")), mo)[1]), None, 0
    if g("y3"):
        y = int(g("y3"))
        mo = _month(g("m3")) if g("m3") else 12
        return "point", When("date", y, mo * 100 + calendar.monthrange(y, mo)[1]), None, 0
    if g("ys"):  # 'at the start of 2023': its first day, as 'the end of 2023' is its last
        return "point", When("date", int(g("ys")), 101), None, 0
    if g("y4") or g("y5"):
        return "point", When("date", int(g("y4") or g("y5")), 1231), None, 0
    for qg, yg in (("q", "yq"), ("q2", "yq2"), ("q3", "yq3"), ("q4", "yq4")):
        if g(yg):
            qn = int(g(qg)) if g(qg).isdigit() else int(lx["ordinals"][g(qg).lower()])
            return "point", When("quarter", int(g(yg)), qn), None, 0
    for hg, yg in (("h", "yh"), ("h2", "yh2"), ("h3", "yh3")):
        if g(yg):
            hn = int(g(hg)) if g(hg).isdigit() else int(lx["halves"][g(hg).lower()])
            return "point", When("half", int(g(yg)), hn), None, 0
    if g("y6"):
        return "point", When("month", int(g("y6")), _month(g("m6"))), None, 0
    if g("fys"):
        a, b = int(g("fys")), g("fyb")
        split = int(b) == ((a + 1) % 100 if len(b) == 2 else a + 1)
        return "point", When("split" if split else "fy", a), None, 0
    if g("fy") or g("fy2"):
        return "point", When("fy", int(g("fy")) if g("fy") else 2000 + int(g("fy2"))), None, 0
    if g("ya"):
        y = int(g("ya"))
        if g("yab") and int(g("yab")) == (y + 1) % 100:
            return "point", When("split", y), None, 0
        return "point", When("year", y), None, 0
    if g("sa"):
        a, b = int(g("sa")), g("sb")
        if len(b) == 2:
            if int(b) == (a + 1) % 100:
                return "point", When("split", a), None, 0
            b4 = a // 100 * 100 + int(b)
            return ("range", When("year", a), When("year", b4), 0) if b4 > a + 1 else ("point", None, None, 0)
        if int(b) == a + 1:  # a split year only where the text calls it one (checked by the caller)
            return "pair", When("year", a), When("year", int(b)), 0
        return ("range", When("year", a), When("year", int(b)), 0) if int(b) > a else ("point", None, None, 0)
    if g("ua"):
        a = int(g("ua"))
        return ("point", When("split", a), None, 0) if int(g("ub")) == (a + 1) % 100 else \
            ("point", When("year", a), None, 0)
    if g("dec"):
        d = int(g("dec"))
        return "range", When("year", d), When("year", d + 9), 0
    if g("y") or g("y7"):
        return "point", When("year", int(g("y") or g("y7"))), None, 0
    if g("mo"):  # 'the end of June': the month's last day (sub + 100)
        end = re.search(r"(?i)\bend(?:\s*-\s*|\s+of\s+)$", m.string[max(0, m.start() - 8):m.start()])
        return "month", None, None, _month(g("mo")) + (100 if end else 0)
    if g("qo"):
        return "quarter", None, None, int(lx["ordinals"][g("qo").lower()])
    if g("ho"):
        return "half", None, None, int(lx["halves"][g("ho").lower()])
    if g("relq"):  # sub 3 / 1: a shift in quarters / months (the caller keeps it in `sub`)
        return "relative", None, None, 3500 + int(lx["relative_quarter"][re.sub(r"\s+", " ", g("relq").lower())])
    if g("relm"):
        return "relative", None, None, 1500 + int(lx["relative_month"][re.sub(r"\s+", " ", g("relm").lower())])
    if g("rel"):
        return "relative", None, None, int(lx["relative_back"][re.sub(r"\s+", " ", g("rel").lower())])
    if g("same"):
        return "same", None, None, 0
    if g("vl"):
        return "vague", None, None, -1
    if g("vn"):
        return "vague", None, None, 1
    if g("vt"):
        return "vague", None, None, 0
    return "vague", None, None, 99


@lru_cache(maxsize=1)
def _core_scan() -> GatedPattern:
    """The core grammar tried only where one of its branches can start (pipeline.regexgate: the same
    matches; most of the time went into failing at every word start)."""
    return GatedPattern(patterns()["core"])


def find_times(text: str, start: int = 0, end: int | None = None,
               skip: tuple[tuple[int, int], ...] = ()) -> list[TimeExpr]:
    """Time expressions in text[start:end], in order; spans overlapping `skip` (figures) are left out."""
    end = len(text) if end is None else end
    pats = patterns()
    out: list[TimeExpr] = []
    lo: When | None
    hi: When | None
    for m in _core_scan().finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in skip) and not (
                (m.group("ynq") or m.group("ynm")) and all(s <= a and b <= e for a, b in skip if a < e and s < b)):
            continue  # a figure's span is no time; but 'the first three quarters of 2013' holds its duration
        role, lo, hi, sub = _core_when(m)
        if role == "point" and lo is None:
            continue
        before = text[max(start, s - 60):s]
        after = text[e:min(end, e + 40)]
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
        tstart = pm.start() + max(start, s - 60) if pm else s
        if pm and prep not in _base_preps() and pats["base_before_prep"].search(text, max(start, tstart - 50), tstart):
            prep = "than"  # 'lower than in 2023-24', '8.7% over the revised estimate for 2023-24': a base
        if role in ("month", "quarter", "half") and not prep and \
                not re.search(r"(?i)\b(?:end|mid|early|late)[-\s]*$", before) and not (
                    role == "month" and pats["month_range_next"].match(after)):
            continue  # 'May' the verb, 'March' the noun: a bare month needs a preposition of time
        if role in ("point", "range") and lo is not None and lo.kind in ("year", "split") and m.group("dec") is None:
            if not prep and pats["one_after"].match(after) and pats["budget_word"].search(text, start, s):
                role = "budget"  # 'The 2018 Budget was expansionary, as is the 2019 one with a deficit of $X'
            elif _in_name(text, s, e, before, after, bool(prep)):
                role = "name"
            elif not prep and pats["budget_after"].match(after):
                role = "budget"
        if role in ("point", "budget") and lo is not None and (not prep or prep in ("in", "for", "of")) and \
                pats["compared_np"].search(text, max(start, tstart - 100), tstart):
            role = "base"
        if role in ("point", "name", "budget") and (pats["det_before"].search(before) or pats["det_adj_before"].search(
                before)) and pats["level_after"].match(after) and not (role == "budget" and prep):
            role = "base"  # '53% of the 2018 level', 'above the 2019 peak'
        if role == "name" and prep in _base_preps():
            role = "base"  # 'compared with the 2023 level' stays a comparison base
        if prep and role not in ("name",):
            kind = _prep_role(prep)
            if prep == "on" and pats["up_figure_on"].search(text, max(start, tstart - 50), tstart):
                kind = "base"  # 'up $404.8 billion on the previous year', 'down 3% on 2023'
            if prep in ("from", "over"):  # a comparison base right after a figure or a verb of change
                head = text[max(start, tstart - 40):tstart]
                if pats["change_before"].search(head) or pats["figure_end"].search(head) or (
                        lo is not None and role == "point" and pats["change_of_pct"].search(head)):
                    kind = "base"
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
        if role == "point" and lo is not None and prep in ("in", "during") and pats["since_np"].search(before):
            role = "open_start"  # 'since its launch in 2018': the time since which
        if role == "open_start" and lo is not None and lo.kind in ("month", "date") and \
                (lo.sub if lo.kind == "month" else lo.sub // 100) in lexicon()["fy_named_by_start_months"] and \
                pats["fy_beginning"].search(text, max(start, tstart - 30), tstart):
            role, lo = "point", When("fy", lo.year)  # 'the financial year beginning April 2014' is FY2014
        if role == "point" and lo is not None and pats["suffix_open"].match(after):
            role = "open_start"
        elif role == "point" and lo is not None and pats["suffix_end"].match(after):
            role, hi = "target", None
        if role == "relative" and pats["act_before"].search(before):
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
    return _merge(text, out)


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
    if pats["measure_after"].match(after):
        return False  # 'the 2014 Exchange Fund investment return': the year of the measure, not of the name
    if has_prep:
        return bool(pats["det_before"].search(before)) and _det_name(after)
    cap = pats["cap_before"].search(before)
    if cap and cap.group("w") not in _CAPITAL_OK and not cap.group("w").isupper():
        return True
    if _acronym_edition(text, s, e, before):
        return True
    if pats["det_before"].search(before):
        nxt = pats["next_word"].match(after)
        if nxt and nxt.group("w").lower() not in _followers_ok():
            return True
    nxt = pats["next_word"].match(after)
    # '2026 Asian Games'
    return bool(nxt and nxt.group("w")[0].isupper() and not after.startswith(("\n", ". ", ", ")) and
                nxt.group("w") not in _CAPITAL_OK and nxt.group("w").lower() not in _followers_ok())


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


def header_period_en(text: str) -> str:
    """The period an English table header states (see `scope.period_of_header`)."""
    for t in find_times(text):
        if t.role in ("point", "open_start", "open_end", "target", "range", "budget"):
            return t.value()
        if t.role == "name" and t.lo is not None and patterns()["budget_before"].search(text[:t.core]):
            return t.value()  # 'Budget 2024', 'Actual 2023' as a header: the year is the column's
    return ""
