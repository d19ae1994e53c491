"""The English time grammar: the compiled core pattern of a time expression (years, split years, FY,
quarters, halves, months, dates, ranges, open ranges, relative and vague time) with the context patterns
`english` reads around it, and the value (`When`) of one core match before its preposition is read.

The words come from pipeline/data/periods.en.json (month names, ordinals, prepositions of time, scope
and comparison words); normalized forms follow ../shared/devset-real/PERIOD-GUIDELINES.md section 1.
Regexes are compiled once per process.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Any

from pipeline.extract.periods.model import When, _alt, lexicon
from pipeline.regexgate import GatedPattern, gated_search

__all__ = ["core_scan", "core_when", "month_number", "patterns"]


def _same_period_backs(lx: dict[str, Any]) -> str:
    """The tails that tell 'the same period' back a year ('last year', 'of last year', 'a year ago'): the endings of
    relative_back's phrases that open with 'the same period', as a regex alternation (each tail opens with a space)."""
    head = "the same period"
    tails = sorted({k[len(head):] for k in lx["relative_back"] if k.startswith(head + " ")}, key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in tails) or "(?!)"


def _relative_cores(lx: dict[str, Any]) -> list[str]:
    """Times told back from another without their article ('year before', 'previous month', 'day earlier')."""
    phrases = list(lx["relative_back"]) + list(lx["relative_month"]) + list(lx["relative_quarter"]) + \
        list(lx["relative_other_units"])
    return sorted({re.sub(r"^(?:the|a|one|two)\s+", "", p) for p in phrases})


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
    issue_free = "".join(rf"(?<!{w}\.)(?<!{w}\.\s)(?<!{w}\s)" for w in lx["issue_labels"])
    stretch = "(?:" + _alt(w for w in lx["relative_stretch_back"] + lx["relative_stretch_forward"] if w != "within") + ")"
    core = (
        rf"(?P<iso>{yr})-(?P<isom>0[1-9]|1[0-2])-(?P<isod>[0-3]\d)(?!\d)"
        # 'October 19 – December 24, 2024', '19 October – 24 December 2024': two dates sharing the year written once
        rf"|(?P<rm1>{month})\.?\s*(?P<rd1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–—]|(?i:to))\s*(?P<rm2>{month})\.?\s*"
        rf"(?P<rd2>[0-3]?\d)(?:st|nd|rd|th)?,\s*(?P<ry>{yr})"
        rf"|(?P<rd3>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<rm3>{month})\.?\s*(?:[-–—]|(?i:to))\s*(?P<rd4>[0-3]?\d)"
        rf"(?:st|nd|rd|th)?\s+(?P<rm4>{month})\.?,?\s+(?P<ry2>{yr})"
        # not an issue's number before its month ('No.3 May, 2030', 'Vol. 12 June 2029': issue 3 of May 2030)
        rf"|{issue_free}(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{month})\.?,?\s+(?P<y1>{yr})"
        rf"|(?P<m2>{month})\.?\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,\s*(?P<y2>{yr})"  # also 'March31, 2026' (a lost space)
        rf"|(?:the\s+)?(?i:end)\s+of\s+(?:the\s+)?(?P<q0>(?i:{ordn}))\s+(?i:quarter)\s+(?:of\s+)?(?P<yq0>{yr})"
        rf"|(?:the\s+)?(?i:end|close)(?:\s*-\s*|\s+of\s+(?:the\s+)?(?:(?:calendar\s+)?year\s+)?|\s+)"
        rf"(?:(?P<m3>{month})\s+)?(?P<y3>{yr})(?!\s*[-/–]\s*\d)"
        rf"|(?:the\s+)?(?i:start|beginning)\s+of\s+(?:the\s+)?(?:(?i:calendar\s+)?(?i:year)\s+)?(?P<ys>{yr})(?!\s*[-/–]\s*\d)"
        rf"|(?i:year)[-\s]end\s+(?P<y4>{yr})|(?P<y5>{yr})\s+(?i:year)[-\s]end"
        rf"|(?:the\s+)?(?P<q>(?i:{ordn}))\s+(?i:quarter)\s+(?:of\s+)?(?P<yq>{yr})(?:\s*[-/–]\s*(?P<yqb>\d{{2}})(?!\d))?"
        rf"|Q(?P<q2>[1-4])\s*(?P<yq2>{yrc})|(?P<yq3>{yr})\s*Q(?P<q3>[1-4])\b|(?P<q4>[1-4])Q\s*(?P<yq4>{yrc})"
        rf"|(?:the\s+)?(?P<fq>(?i:first|last|final))\s+(?P<nq>(?i:two|three|2|3))\s+(?i:quarters)\s+(?:of\s+)?(?P<ynq>{yrc})(?:\s*[-/–]\s*(?P<ynqb>\d{{2}})(?!\d))?"
        rf"|(?:the\s+)?(?P<fm>(?i:first|last|final))\s+(?P<nm>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]))"
        rf"\s+(?i:months)\s+(?:of\s+)?(?P<ynm>{yrc})(?:\s*[-/–]\s*(?P<ynmb>\d{{2}})(?!\d))?"
        rf"|(?:the\s+)?(?P<h>(?i:{half}))\s+(?i:half)\s+(?:of\s+)?(?P<yh>{yr})(?:\s*[-/–]\s*(?P<yhb>\d{{2}})(?!\d))?"
        rf"|H(?P<h2>[12])\s*(?P<yh2>{yrc})|(?P<yh3>{yr})\s*H(?P<h3>[12])\b"
        rf"|(?:(?i:early|mid|late)[-\s]+)?(?P<m6>{month})\.?,?\s+(?P<y6>{yr})"
        rf"|FY\s?(?P<fys>{year})\s*(?:[-/–]|(?i:to))\s*(?:FY\s?)?(?P<fyb>{two})(?!\d)"  # 'FY 2016-17', 'FY2019/2020': a split year
        rf"|FY\s?(?P<fy>{year})(?:\s*/\s*\d{{2}}|\d{{1,2}}(?=[\s.,;:)]|$))?(?!\d)|FY\s?(?P<fy2>\d{{2}})(?![\d/-])"
        rf"|FY\s?(?P<fyss>\d{{2}})\s*[-/–]\s*(?P<fysb>\d{{2}})(?![\d/-])"  # 'FY16/17': a two-digit split year
        # 'Year of Assessment 2027', and its abbreviations 'YA2031', 'YA 2024/25', 'YOA 2026' (a tax year); 'Years of
        # Assessment (or YAs) 2031 and 2032' (review-reven S6, session 20), 'Year of Assessment (YA) 2031' (its acronym glossed)
        rf"|(?:(?i:years?\s+of\s+assessment)\s+(?:\((?:or\s+)?YAs?\)\s?|or\s+YAs?\s?)?|(?:YAs?|YOA)\s?)(?P<ya>{yr})(?:\s*/\s*(?P<yab>\d{{2}}))?"
        # ('2007¡V08': a Big5 page's en dash, bytes A1 56, read as Latin-1 — a split year like '2007–08')
        rf"|(?P<sa>{yr})\s*(?P<sep>[-/–—]|¡V)\s*(?P<sb>{two})(?!\d|\s*[-/–—]\s*\d)"
        rf"|(?P<ua>{yr})\s(?P<ub>\d{{2}})(?!\d|[.,]\d|\s*(?:%|per\s?cent|(?!(?:{unspaced_ok})\b)[a-z]))"
        # '2007?8' for '2007–08': a page in Big5 read a cp1252 dash and the digit after it as one unknown character
        rf"|(?P<qa>{yr})\?(?P<qb>\d)(?![\d?])"
        rf"|(?:the\s+)?(?:(?i:early|mid|late)[-\s]+)?(?P<dec>(?:19|20)\d0)s\b"
        rf"|(?i:early|mid|late)[-\s]+(?P<y7>{yr})|(?<![-–])(?P<y>{yr})(?!\s*[-–—/]\s*\d)"
        # a footnote digit glued to a year ('by 20352'): the year, read only after a preposition of time
        rf"|(?P<yfn>{year})(?=\d(?!\d|[.,]\d|\s?%|\s?per\s?cent)(?:[\s,.;:)]|$))"
        rf"|(?:(?i:early|mid|late)[-\s]+)?(?P<mo>{month})\b(?![-\s]*\d)"
        rf"|(?:the\s+)?(?P<qo>(?i:{ordn}))\s+(?i:quarter)\b"
        rf"|(?:the\s+)?(?P<ho>(?i:{half}))\s+(?i:half)\b(?:\s+of\s+the\s+year)?(?!\s+of\s+\d)"
        rf"|(?P<relq>(?i:{_alt(lx['relative_quarter'])}))\b|(?P<relm>(?i:{_alt(lx['relative_month'])}))\b"
        rf"|(?P<rel>(?i:{_alt(lx['relative_back'])}))\b"
        # 'in the same period last year' is told back a year (relative_back), not the sentence's own period
        rf"|(?P<same>(?i:{_alt(lx['same_period'])}))\b(?!(?i:{_same_period_backs(lx)})\b)"
        rf"|(?P<pref>(?i:{_alt(lx['period_refs'])}))\b"
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
    rx = {
        "core": re.compile(rf"(?<![\w$])(?:{core})"),
        "prep": re.compile(rf"(?i)(?:^|(?<=[\s(,—–-]))(?P<prep>{_alt(preps)})\)?\s*{lead}$"),
        "split_word": re.compile(rf"(?i)^\s*(?:{_alt(lx['split_year_words'])})\b"),
        "fy_word_before": re.compile(rf"(?i)\b(?:{_alt(lx['fy_words'])})(?:(?<=year)s\s+of)?\s+(?:\(FY\)\s*)?$"),
        # 'financial year (FY) 2023', 'between the financial years of 2026 to 2030'
        "fy_word_after": re.compile(rf"(?i)^\s+(?:{_alt(w for w in lx['fy_words'] if ' ' in w)})\b"),
        "split_word_before": re.compile(rf"(?i)\b(?:{_alt(lx['split_year_words'])})\s+(?:of\s+)?$"),
        "month_range_next": re.compile(rf"^\s*(?:-|–|to|and)\s*(?:(?i:early|mid|late)[-\s]+)?(?:{month})\b"),
        # 'between mid-February and early May': the second month of a range of months, no preposition of its own
        "month_range_prev": re.compile(rf"\b(?:{month})\s*(?:-|–|to|and|,|,\s*and)\s*$"),
        "level_after": re.compile(rf"(?i)^\s*(?:{_alt(lx['level_words'])})\b"),
        "budget_before": re.compile(rf"(?i)\b(?:{_alt(lx['budget_words'])})\s*$"),
        "budget_after": re.compile(rf"(?i)^\s*(?:{_alt(lx['budget_words'])})\b"),
        "budget_word": re.compile(rf"(?i)\b(?:{_alt(lx['budget_words'])})\b"),
        # 'up 2.6 per cent from the previous year', 'down $3 billion from FY2023': a compared time
        # '8 percent, 3 percent and 5 percent, respectively, from 2005/06': the base of a listed change
        "figure_end": re.compile(r"(?i)[%\d](?:\s*,?\s*respectively)?\s*,?\s*$|\bper\s?cent(?:\s*,?\s*respectively)?\s*,?\s*$|\b(?:up|down|higher|lower)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?"
                                 r"\S*\d\S*\s+(?:per\s?cent|percentage\s+points?|[mbtr]illion)\s*$"),
        "measure_after": re.compile(rf"^\s+(?:(?:[A-Z][\w&'’-]*\s+){{1,4}}(?:{_alt(lx['measure_heads'])})\b|"
                                    rf"(?:{_alt(lx['measure_heads'])})\b(?=\s+(?:{_alt(lx['measure_ends'])})\b|\s*[,.;:)—–-]|\s*$))"),
        "one_after": re.compile(r"^\s+one\b(?!\s*(?:-|of\b))"),  # 'the 2019 one': the noun said before
        "det_before": re.compile(r"(?i)\b(?:the|this|that|its|their|our|a|an|his|her)\s+$"),
        "cap_before": re.compile(r"(?:^|[^.!?:;\n]\s)(?P<w>[A-Z][\w&'’.-]*)\s+$"),
        # 'the Strategic Studies on Railways and Major Roads beyond 2030': a capitalised study's, plan's or strategy's
        # title whose topic runs on to a horizon; the year is the title's (PERIOD-GUIDELINES 3e), no time of a figure
        # ('the' or a capitalised word right before the head: a sentence-initial 'Targets for Hong Kong towards 2030'
        # is no title)
        "titled_horizon": re.compile(rf"(?:\bthe|\b[A-Z][\w'’&-]*)[ \t]+(?:Stud(?:y|ies)|{_alt(w.capitalize() for w in lx['name_heads'])})[ \t]+"
                                     r"(?:on|of|for)[ \t]+(?:(?:the|and|&)[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]+(?:(?:and|&|of|the)"
                                     r"[ \t]+)*){1,6}(?:beyond|towards?)[ \t]+$"),
        "acronym_before": re.compile(r"(?:^|[^.!?:;\n]\s)\(?(?P<w>[A-Z]{2,6})\)?\s+$"),
        "next_word": re.compile(r"^\s*(?P<w>[A-Za-z][\w-]*)"),
        "suffix_open": re.compile(rf"(?i)^\s*(?:{_alt(lx['open_start_suffixes'])})\b"),
        "suffix_end": re.compile(rf"(?i)^\s*(?:{_alt(lx['open_end_suffixes'])})\b"),
        "range_gap": re.compile(r"(?i)^\s*(?:to|till|until|through|and|[-–—])\s*(?:the\s+)?$"),
        "from_before": re.compile(r"(?i)\b(?:from|between|each\s+of|both)\s+$"),
        "change_before": re.compile(rf"(?i)\b(?:{_alt(lx['change_words'])})\s*(?:by\s+)?$"),
        # 'rose 8% from 1 July 2024', 'increased by 3% from': a change word and its figure before the preposition
        "change_figure_before": re.compile(rf"(?i)\b(?:{_alt(lx['change_words'] + lx['figure_change_words'])})[ \t]+"
                                           r"(?:by[ \t]+)?(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+)?[$€£¥]?\d[\d,.]*[ \t]*"
                                           r"(?:%|per[ \t]*cent|percent|percentage[ \t]+points?|(?:thousand|million|billion)\b)?[ \t]*$"),
        "list_gap": re.compile(r"^\s*(?:\([^()]{0,80}\)\s*)?(?:,|,?\s*and)\s*(?:in\s+)?$"),
        "respectively": re.compile(r"(?i)^\s*(?:\([^()]{0,80}\)\s*)?,?\s*respectively\b"),
        "base_before_prep": re.compile(rf"(?i)(?:\b(?:{_alt(w for w in lx['comparison_words'] if w not in ('from', 'over'))})"
                                       r"|(?:[%\d]|\bper\s?cent|\bpercentage\s+points?|\b[mbtr]illion)(?:,?\s+respectively)?\s+over)\s+(?:the\s+)?(?:(?:revised|original|draft|actual|estimated|same|"
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
        "since_np": re.compile(r"(?i)\bsince\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?"
                               rf"(?:(?!(?:{_alt(lx['causal_since_verbs'])})(?![\w-]))[\w-]+\s+){{0,7}}?"
                               r"(?:in|during|on)\s+(?:the\s+)?$"),  # 'since the launch of the FPS on 17 September 2018'
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
                                  r"[^,;:()$\d%]{0,80}?$"
                                  # 'an increase of 7% over the recurrent expenditure in 2011-12': after a noun of change
                                  # and its amount, 'over' compares (comparative_over_nouns)
                                  rf"|\b(?:{_alt(lx['comparative_over_nouns'])})\s+of\s+[^,;:()]{{1,40}}?\s+over\s+"
                                  # ... but a time extent after 'over the' dates the change (comparative_over_time_openers)
                                  rf"(?:the|its|their|our)\s+(?!(?:{_alt(lx['comparative_over_time_openers'])})\b)"
                                  r"[^,;:()$\d%]{0,80}?$"),
        # 'HK$3.1 billion more than the total assets as at 31 December 1998': a point in time at the end of the noun
        # phrase a comparative compares with is the base's (PERIOD-GUIDELINES 4); see english.py
        # ... unless the noun phrase tells a time back from another ('higher than the day before on 5 March 2025'):
        # the date is then the main clause's
        "than_np": re.compile(r"(?i)\b(?:more|less|higher|lower|greater|fewer|larger|smaller|above|below)\s+than\s+"
                              rf"(?![^,;:()$\d%]*?\b(?:{_alt(_relative_cores(lx))})\b)"
                              r"(?:the|its|their|our|that\s+of\s+the)\s+[^,;:()$\d%]{0,60}?$"),
        "act_before": re.compile(rf"(?i)\b(?:{_alt(lx['act_participles'])})\s+$"),
        "from_start": re.compile(r"(?i)from\s"),
        "up_figure_on": re.compile(r"(?i)\b(?:up|down|higher|lower)\s+(?:by\s+)?\S*\d\S*(?:\s+(?:[mbt]illion|"
                                   r"per\s?cent|percentage\s+points?))?\s*$"),
        "gloss_gap": re.compile(r"\s*\(\s*(?:i\.\s?e\.,?\s*|that\s+is,?\s*|namely\s+)?"),
        "gloss_close": re.compile(r"\s*\)"),
        "year_in": re.compile(rf"{year}"),
        "possessive_level": re.compile(rf"(?i)^['’]s\s+(?:{_alt(lx['level_words'])})\b"),
        "deadline_before": re.compile(rf"(?i)\b(?:{_alt(lx['deadline_words'])})\b"),
        "name_pair_gap": re.compile(r"\s*(?:,|and|or|&)\s*"),
        "as_whole": re.compile(r"(?i)^\s*as\s+a\s+whole\b"),
        "fy_beginning": re.compile(rf"(?i)\b(?:{_alt(lx['fy_words'])})\s+(?:that\s+|which\s+)?$"),
        "year_ended": re.compile(r"(?i)\byear\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$"),
    }
    for name in GATED_SEARCHES:
        rx[name] = gated_search(rx[name])
    return rx


# searched in the window before each time expression: with their gate in front (regexgate.gated_search), the same
# matches; CPU per long bench document (2,006 words, session 24) 0.40 -> 0.28 ms for 'base_before_prep', the others
# 0.01-0.03 each ('prep', led by a look-behind over short prefixes, is slower so)
GATED_SEARCHES = ("base_before_prep", "compared_np", "change_before", "record_before", "change_of_pct")


def month_number(name: str) -> int:
    return int(lexicon()["months"][name.lower().rstrip(".")])


def two_digit_year(yy: int) -> int:
    """'FY99' is FY1999, 'FY31' FY2031: a year written with two digits is read within the century around 2000 (50-99
    in the 1900s), as the texts reach back to the 1990s."""
    return 1900 + yy if yy >= 50 else 2000 + yy


def core_when(m: re.Match[str]) -> tuple[str, When | None, When | None, int]:
    """(role, lo, hi, sub) of one core match before its preposition is read."""
    g = m.group
    lx = lexicon()
    if g("ry") or g("ry2"):
        ry = int(g("ry") or g("ry2"))
        (ma, da, mb, db) = (g("rm1"), g("rd1"), g("rm2"), g("rd2")) if g("ry") else (g("rm3"), g("rd3"), g("rm4"), g("rd4"))
        first, last = month_number(ma) * 100 + int(da), month_number(mb) * 100 + int(db)
        return ("range", When("date", ry, first), When("date", ry, last), 0) if first < last else ("point", None, None, 0)
    if g("iso"):
        return "point", When("date", int(g("iso")), int(g("isom")) * 100 + int(g("isod"))), None, 0
    if g("y1") or g("y2"):
        y, mo, d = (g("y1"), g("m1"), g("d1")) if g("y1") else (g("y2"), g("m2"), g("d2"))
        return "point", When("date", int(y), month_number(mo) * 100 + int(d)), None, 0
    if g("ynq") or g("ynm"):  # 'the first three quarters of 2024', 'the first 11 months of 2023'
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11}
        n = g("nq") or g("nm")
        k = int(n) if n.isdigit() else words[n.lower()]
        kind, y = ("quarter", int(g("ynq"))) if g("ynq") else ("month", int(g("ynm")))
        tail = g("ynqb") or g("ynmb")
        if tail:  # 'the first two quarters of 2009-10': part of a split year, which has no finer form
            return ("point", When("split", y), None, 0) if int(tail) == (y + 1) % 100 else ("point", None, None, 0)
        late = (g("fq") or g("fm") or "first").lower() != "first"  # 'the last two quarters of 2030': the year's end
        if (kind, k) in (("month", 6), ("quarter", 2)):  # 'the first six months of 2022' is its first half (fc26)
            return "point", When("half", y, 2 if late else 1), None, 0
        total = 4 if kind == "quarter" else 12
        return ("range", When(kind, y, total - k + 1), When(kind, y, total), 0) if late else \
            ("range", When(kind, y, 1), When(kind, y, k), 0)
    if g("yq0"):
        q = int(lx["ordinals"][g("q0").lower()])
        mo = q * 3
        return "point", When("date", int(g("yq0")), mo * 100 + calendar.monthrange(int(g("yq0")), mo)[1]), None, 0
    if g("y3"):
        y = int(g("y3"))
        mo = month_number(g("m3")) if g("m3") else 12
        return "point", When("date", y, mo * 100 + calendar.monthrange(y, mo)[1]), None, 0
    if g("ys"):  # 'at the start of 2023': its first day, as 'the end of 2023' is its last
        return "point", When("date", int(g("ys")), 101), None, 0
    if g("y4") or g("y5"):
        return "point", When("date", int(g("y4") or g("y5")), 1231), None, 0
    for yg in ("yq", "yh"):  # 'the first quarter of 2024-25', 'the second half of 2023/24': a split year's part
        if g(yg) and g(yg + "b"):
            y = int(g(yg))
            return ("point", When("split", y), None, 0) if int(g(yg + "b")) == (y + 1) % 100 else ("point", None, None, 0)
    for qg, yg in (("q", "yq"), ("q2", "yq2"), ("q3", "yq3"), ("q4", "yq4")):
        if g(yg):
            qn = int(g(qg)) if g(qg).isdigit() else int(lx["ordinals"][g(qg).lower()])
            return "point", When("quarter", int(g(yg)), qn), None, 0
    for hg, yg in (("h", "yh"), ("h2", "yh2"), ("h3", "yh3")):
        if g(yg):
            hn = int(g(hg)) if g(hg).isdigit() else int(lx["halves"][g(hg).lower()])
            return "point", When("half", int(g(yg)), hn), None, 0
    if g("y6"):
        return "point", When("month", int(g("y6")), month_number(g("m6"))), None, 0
    if g("fys") or g("fyss"):  # 'FY2016-17' a split year; 'FY15-17', 'FY2024 - FY2026' a range of FYs
        a = int(g("fys")) if g("fys") else two_digit_year(int(g("fyss")))
        b = g("fyb") or g("fysb")
        b4 = a // 100 * 100 + int(b) if len(b) == 2 else int(b)
        b4 += 100 if b4 < a and len(b) == 2 else 0  # 'FY99/00': the second year in the next century
        if b4 == a + 1:
            return "point", When("split", a), None, 0
        return ("range", When("fy", a), When("fy", b4), 0) if b4 > a + 1 else ("point", When("fy", a), None, 0)
    if g("fy") or g("fy2"):
        return "point", When("fy", int(g("fy")) if g("fy") else two_digit_year(int(g("fy2")))), None, 0
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
    if g("qa"):
        a = int(g("qa"))
        return ("point", When("split", a), None, 0) if int(g("qb")) == (a + 1) % 10 else ("point", None, None, 0)
    if g("dec"):
        d = int(g("dec"))
        return "range", When("year", d), When("year", d + 9), 0
    if g("y") or g("y7") or g("yfn"):
        return "point", When("year", int(g("y") or g("y7") or g("yfn"))), None, 0
    if g("mo"):  # 'the end of June': the month's last day (sub + 100)
        end = re.search(r"(?i)\bend(?:\s*-\s*|\s+of\s+)$", m.string[max(0, m.start() - 8):m.start()])
        return "month", None, None, month_number(g("mo")) + (100 if end else 0)
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
    if g("pref"):  # 'the review period': the governing heading's period; sub 1 its end, -1 its start
        lead = m.string[max(0, m.start() - 16):m.start()]
        edge = 1 if re.search(r"(?i)\b(?:end|close)\s+of\s+$", lead) else \
            -1 if re.search(r"(?i)\b(?:start|beginning)\s+of\s+$", lead) else 0
        return "period_ref", None, None, edge
    if g("vl"):
        return "vague", None, None, -1
    if g("vn"):
        return "vague", None, None, 1
    if g("vt"):
        return "vague", None, None, 0
    return "vague", None, None, 99


@lru_cache(maxsize=1)
def core_scan() -> GatedPattern:
    """The core grammar tried only where one of its branches can start (pipeline.regexgate: the same
    matches; most of the time went into failing at every word start)."""
    return GatedPattern(patterns()["core"])

