"""Chinese sentence + its figures → periods: 2024年 (also 二零二四年), 2024-25年度, 2024/25財政年度, 2024年第三季, 2024年上半年,
2024年3月, 2024年3月31日, 2024年底, 至2030年, 到2030年, 2024年起, 2024年至2028年, 2030年代, 較2023年 (a base).

Words come from pipeline/data/periods.zh.json. A Chinese time phrase stands before what it dates, so a
figure takes the nearest time before it in its sentence (else the nearest after it in its clause),
skipping comparison bases and years inside quoted names (《…》, 「…」).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from pipeline.extract.periods.model import When

DATA = "pipeline/data/periods.zh.json"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def has_cjk(text: str, start: int, end: int) -> bool:
    return _CJK.search(text, start, end) is not None


_ZH_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
              "七": "7", "八": "8", "九": "9"}
_ZD = "".join(_ZH_DIGITS)
# a year in Chinese digits ('二零一四年', '二〇二三/二四年度', '一九九七年'), and the two- or four-digit end of a
# split year after it ('/一五年度'): HK budgets and policy addresses in Chinese write their years so
_ZH_YEAR = re.compile(rf"(?<![{_ZD}十百千萬万億亿兩两])(?:一九|二[〇○零])[{_ZD}]{{2}}(?![{_ZD}十百千])"
                      rf"(?=\s*(?:年|[/／\-－–—至到]\s*[{_ZD}]{{2}}(?:[{_ZD}]{{2}})?\s*(?:年|財|财|學|学|至|到)))")
_ZH_YEAR_END = re.compile(rf"(?<=\d[/／\-－–—至到])[{_ZD}]{{2}}(?:[{_ZD}]{{2}})?(?=\s*(?:年|財|财|學|学|至|到))")


def fold_zh_years(text: str) -> str:
    """Years written in Chinese digits → Arabic digits, one character for one ('二零一四/一五年度' →
    '2014/15年度'), so offsets stay those of the source; other numbers are left alone."""
    if not _ZH_YEAR.search(text):
        return text
    text = _ZH_YEAR.sub(lambda m: "".join(_ZH_DIGITS[c] for c in m.group()), text)
    return _ZH_YEAR_END.sub(lambda m: "".join(_ZH_DIGITS[c] for c in m.group()), text)


_ZH_SMALL = {"十": 10, "十一": 11, "十二": 12, "二十": 20, "三十": 30}


def _small_number(word: str) -> int:
    """'3', '03', '三', '十二', '二十五', '三十一' → the number (a month or a day)."""
    if word.isdigit():
        return int(word)
    if word in _ZH_SMALL:
        return _ZH_SMALL[word]
    if len(word) == 1:
        return int(_ZH_DIGITS[word])
    tens, _, ones = word.partition("十")
    return (int(_ZH_DIGITS[tens]) if tens else 1) * 10 + (int(_ZH_DIGITS[ones]) if ones else 0)


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    data = json.loads(resources.files("pipeline.data").joinpath("periods.zh.json").read_text("utf-8"))
    missing = [k for k in ("split_suffixes", "quarter_numbers", "half_words", "year_end_suffixes",
                           "open_start_prefixes", "open_start_suffixes", "open_end_prefixes", "point_prefixes",
                           "target_prefixes", "target_suffixes", "base_prefixes", "base_suffixes", "vague",
                           "vague_unresolved", "vague_from_now", "vague_deictic", "name_quotes", "clause_breaks") if k not in data]
    if missing:
        raise ValueError(f"{DATA}: missing keys {', '.join(missing)}")
    return data


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    lx = lexicon()
    y = r"(?<!\d)(?:19|20)\d\d(?!\d)"
    mo = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"  # Chinese months and days: '三月', '十二月三十一日'
    dd = r"[12]\d|3[01]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
    split = _alt(lx['split_suffixes'])
    core = (  # '2024/25至2033/34年度': a range of split years
        rf"(?P<xa>{y})\s*[-/－]\s*(?P<xb>\d{{2}})\s*(?:{split})?\s*(?:至|到|－|–|—)\s*(?P<xc>{y})\s*[-/－]\s*(?P<xd>\d{{2}})\s*(?:{split})"
        rf"|(?P<sa>{y})\s*[-/－–—至到]\s*(?P<sb>\d{{2}}|{y})\s*(?P<ss>{_alt(lx['split_suffixes'])})"
        # '24/25年度', '97/98學年': a split year written with two digits for both years
        rf"|(?<![\d.])(?P<ta>\d{{2}})\s*[/／]\s*(?P<tb>\d{{2}})\s*(?:{split})"
        rf"|(?P<ra>{y})\s*年?\s*(?:至|到|－|-|–|—)\s*(?P<rb>{y})\s*年(?!度)"
        rf"|(?P<dec>(?:19|20)\d0)年代"
        rf"|(?P<dy>{y})\s*年\s*(?P<dm>{mo})\s*月\s*(?P<dd>{dd})\s*[日號号]"
        rf"|(?P<ey>{y})\s*年\s*(?P<em>{mo})\s*月\s*(?:底|末)"
        rf"|(?P<my>{y})\s*年\s*(?P<mm>{mo})\s*月(?!\d)"
        rf"|(?P<qy>{y})\s*年\s*(?:第\s*)?(?P<q>[一二三四1-4首])\s*季(?:度)?"  # 第三季, 首季, 一季度
        rf"|(?P<hy>{y})\s*年\s*(?P<h>[上下])半年"
        rf"|(?P<yy>{y})\s*年\s*(?:{_alt(lx['year_end_suffixes'])})"
        rf"|(?P<y>{y})\s*(?:年度|年)"
        rf"|(?P<fy>{y})\s*(?:財政年度|财政年度|財年|财年)"
        rf"|(?P<vague>{_alt(lx['vague'])})"
        rf"|(?P<vu>{_alt(lx['vague_unresolved'])})"
        rf"|(?<![\d年])(?P<mo>1[0-2]|[1-9])\s*月(?![\d份])"
    )
    return {
        "core": re.compile(core),
        "open_start_pre": re.compile(rf"(?:{_alt(lx['open_start_prefixes'])})\s*$"),
        "open_start_suf": re.compile(rf"^\s*(?:{_alt(lx['open_start_suffixes'])})"),
        "open_end_pre": re.compile(rf"(?<!截)(?:{_alt(lx['open_end_prefixes'])})\s*$"),
        "point_pre": re.compile(rf"(?:{_alt(lx['point_prefixes'])})\s*$"),
        "target_pre": re.compile(rf"(?:{_alt(lx['target_prefixes'])})\s*$"),
        "target_suf": re.compile(rf"^\s*(?:{_alt(lx['target_suffixes'])})"),
        "base_pre": re.compile(rf"(?:{_alt(lx['base_prefixes'])})\s*$"),
        "base_suf": re.compile(rf"^\s*(?:{_alt(lx['base_suffixes'])})"),
        "clause": re.compile(_alt(lx["clause_breaks"])),
        "gloss": re.compile(r"\s*[（(]\s*(?:即|亦即|也就是)\s*"),
        "comma": re.compile(r"[,，](?![^（(]*[）)])"),  # a comma outside brackets ends a phrase
    }


def _times(text: str, s0: int, s1: int, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int, str, str, When | None]]:
    """(start, end, role, value, anchor) of the sentence's time phrases."""
    lx = lexicon()
    rx = _rx()
    quoted = []
    for o, c in lx["name_quotes"]:
        for m in re.finditer(rf"{re.escape(o)}[^{re.escape(c)}\n]{{0,40}}{re.escape(c)}", text[s0:s1]):
            quoted.append((s0 + m.start(), s0 + m.end()))
    out: list[tuple[int, int, str, str, When | None]] = []
    for m in rx["core"].finditer(text, s0, s1):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in skip) or any(a <= s and e <= b for a, b in quoted):
            continue
        g = m.group
        lo: When | None = None
        hi: When | None = None
        role = "point"
        if g("xa"):
            role, lo, hi = "range", When("split", int(g("xa"))), When("split", int(g("xc")))
        elif g("sa"):
            a, b = int(g("sa")), int(g("sb"))
            if b == (a + 1) % 100 or b == a + 1:
                lo = When("split", a)
            else:
                role, lo, hi = "range", When("year", a), When("year", b if b > 99 else a // 100 * 100 + b)
        elif g("ta"):
            a2 = int(g("ta"))
            if int(g("tb")) != (a2 + 1) % 100:
                continue
            lo = When("split", (1900 if a2 >= 50 else 2000) + a2)
        elif g("ra"):
            role, lo, hi = "range", When("year", int(g("ra"))), When("year", int(g("rb")))
        elif g("dec"):
            role, lo, hi = "range", When("year", int(g("dec"))), When("year", int(g("dec")) + 9)
        elif g("dy"):
            lo = When("date", int(g("dy")), _small_number(g("dm")) * 100 + _small_number(g("dd")))
        elif g("ey"):
            yv, mv = int(g("ey")), _small_number(g("em"))
            lo = When("date", yv, mv * 100 + calendar.monthrange(yv, mv)[1])
        elif g("my"):
            lo = When("month", int(g("my")), _small_number(g("mm")))
        elif g("qy"):
            lo = When("quarter", int(g("qy")), int(lx["quarter_numbers"][g("q")]))
        elif g("hy"):
            lo = When("half", int(g("hy")), int(lx["half_words"][g("h")]))
        elif g("yy"):
            lo = When("date", int(g("yy")), 1231)
        elif g("y"):
            lo = When("year", int(g("y")))
        elif g("fy"):
            lo = When("fy", int(g("fy")))
        elif g("vague"):
            word = g("vague")
            after = text[e:min(s1, e + 4)]
            same = after.startswith(("同期", "同一時期", "同一时期"))  # '去年同期': the stated period a year before
            if rx["base_pre"].search(text[max(s0, s - 4):s]) or (rx["base_suf"].match(after) and not same):
                out.append((s, e, "base", "", None))  # '較去年上升5%': a comparison base, not the change's period
            else:  # '去年', '明年' count from when the text was written, like 'last year' (PERIOD-GUIDELINES 5)
                from_now = word in lx["vague_from_now"] and not same
                out.append((s, e, "vague", "99" if from_now else str(lx["vague"][word]), None))
            continue
        elif g("vu"):
            out.append((s, e, "vague", "99", None))
            continue
        else:
            out.append((s, e, "month", g("mo"), None))
            continue
        before, after = text[max(s0, s - 4):s], text[e:min(s1, e + 4)]
        if after.lstrip().startswith(tuple(o for o, _ in lx["name_quotes"])):
            continue  # '2018年《施政報告》': the year of a named document, no period (PERIOD-GUIDELINES 3e)
        if (rx["base_pre"].search(before) and not before.endswith(tuple(lx["not_base_words"]))) or \
                rx["base_suf"].match(after):  # '連同2023/24年度…' (together with) is no '同' of comparison
            role = "base"
        elif rx["open_start_suf"].match(after) or rx["open_start_pre"].search(before):
            role = "open_start" if role == "point" else role
        elif role == "point" and rx["open_end_pre"].search(before) and lo is not None and lo.kind != "date":
            # '至2030年' is '..2030'; '至2016年3月31日', '至2016年3月底' is a day: the state as at that day
            role, hi, lo = "open_end", lo, None
        elif role == "point" and (rx["target_suf"].match(after) or rx["target_pre"].search(before)):
            role = "target"
        value = {"point": str(lo), "target": str(lo), "open_start": f"{lo}..", "open_end": f"..{hi}",
                 "range": f"{lo}..{hi}", "base": ""}[role]
        out.append((s, e, role, value, lo or hi))
    return _spans_zh(text, out)


def _spans_zh(text: str, times: list[tuple[int, int, str, str, When | None]]) -> list[tuple[int, int, str, str, When | None]]:
    """'由2013年4月1日起至2014年1月31日': an open start right before 至/到 and a second time is one span."""
    out: list[tuple[int, int, str, str, When | None]] = []
    k = 0
    while k < len(times):
        t = times[k]
        u = times[k + 1] if k + 1 < len(times) else None
        if u is not None and t[2] == "open_start" and t[4] is not None and u[4] is not None and \
                u[2] in ("point", "open_end") and _SPAN_GAP.fullmatch(text, t[1], u[0]):
            out.append((t[0], u[1], "range", f"{t[4]}..{u[4]}", t[4]))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


_SPAN_GAP = re.compile(r"\s*(?:起計|起计|起|開始|开始)?\s*(?:至|到|－|-|–|—)\s*")


def header_period_zh(text: str) -> str:
    """The period a Chinese table header states ('2024-25年度預算' → 2024-25, '2024年第三季' → 2024-Q3)."""
    return heading_time_zh(fold_zh_years(text), 0, len(text))[0]


def heading_time_zh(text: str, start: int, end: int) -> tuple[str, When | None]:
    """The period a Chinese heading text[start:end] states and the time it anchors ('二零二四年回顧' over a
    folded text → ('2024', 2024))."""
    for t in _times(text, start, end, ()):
        if t[2] not in ("base", "vague", "month"):
            return t[3], t[4]
    return "", None


def zh_sentence_periods(text: str, s0: int, s1: int, figs: Sequence[tuple[int, int, str]],
                        governed: str = "", anchor_g: When | None = None) -> list[str]:
    """Periods of the figures (start, end, kind) of one Chinese sentence text[s0:s1]."""
    times = _times(text, s0, s1, [(a, b) for a, b, _ in figs])
    rx = _rx()
    breaks = [m.start() for m in rx["clause"].finditer(text, s0, s1)]
    out = []
    for start, end, kind in figs:
        usable = [t for t in times if t[2] != "base"]
        before = [t for t in usable if t[1] <= start]
        clause_end = next((b for b in breaks if b >= end), s1)
        after = [t for t in usable if t[0] >= end and t[0] < clause_end]
        # the time of the figure's own comma phrase comes first ('…，8 923個單位於2023/24年度落成'), then the
        # nearest before it; a time in a later phrase dates that phrase, not the figure
        seg0 = max((m.end() for m in rx["comma"].finditer(text, s0, start)), default=s0)
        seg1 = next((m.start() for m in rx["comma"].finditer(text, end, s1)), s1)
        t = next((u for u in reversed(before) if u[0] >= seg0), None) or \
            next((u for u in after if u[0] < seg1), None) or (before[-1] if before else None)
        gloss = rx["gloss"].match(text, end, s1) if kind == "duration" else None
        if gloss is not None:  # '未來10年(即2024/25至2033/34年度)': the stretch the brackets state
            t = next((u for u in usable if gloss.end() <= u[0] < gloss.end() + 4), t)
        if t is None:
            out.append("" if kind == "duration" else governed)
            continue
        role = t[2]
        if role in ("vague", "month"):
            anchors = [u[4] for u in times if u[4] is not None and u[2] != "base"]
            deictic = text[t[0]:t[1]] in lexicon()["vague_deictic"]  # 今年: the writer's year, a heading's only
            anchor = anchor_g if deictic or not anchors else anchors[0]
            if anchor is None or (role == "vague" and t[3] == "99"):
                out.append("")
            elif role == "vague":
                out.append(str(When("split" if anchor.kind == "split" else "year", anchor.year + int(t[3]))))
            else:
                out.append(str(When("month", anchor.year, int(t[3]))))
            continue
        n = _year_count(text[start:end]) if kind == "duration" and role == "open_start" else None
        if n is not None and t[4] is not None and t[4].kind in ("year", "split", "fy"):
            out.append(f"{t[4]}..{t[4].shift(n - 1)}")  # '2017/18年度起的四個年度': N years from Y = Y..Y+N-1
            continue
        out.append(t[3])
    return out


_YEARS = re.compile(rf"^[约約近逾超過过]*(?P<n>\d{{1,2}}|[{_ZD}十兩两]{{1,3}})\s*(?:個|个)?\s*(?:財政|财政)?(?:年度|年)[内內間间]?$")


def _year_count(figure: str) -> int | None:
    """'四個年度', '3年', '兩個財政年度' → the number of years a duration figure counts; None otherwise."""
    m = _YEARS.match(figure)
    if m is None:
        return None
    n = m.group("n").replace("兩", "二").replace("两", "二")
    try:
        return _small_number(n)
    except (KeyError, ValueError):
        return None
