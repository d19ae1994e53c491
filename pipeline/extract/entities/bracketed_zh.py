"""Folded Chinese text + known places in it → zone and body names with a bracketed place inside (中國（上海）自由貿易試驗區).

Chinese names a zone set up by or with a place by writing the place in brackets inside the name: 中国（上海）自由
贸易试验区, 中沙（福建）产业合作区. The whole name is one place and the bracketed place is not listed by itself
(GUIDELINES-zh 11: a place inside a name does not count). The name must end in a place suffix of two characters
or more ("place_names"/"suffixes": 试验区, 合作区, 产业园 …, and a site's 基地: 格力电器（赣州）智能制造基地) within
`max_after` characters, and start after a
boundary or a verb (推进, 支持) with at most `max_before` characters before the bracket (a company's name or a
site's, 广州数据交易所（肇庆）服务基地, up to `max_before_long`). The bracket holds a known place, or a known place
and one more character (珠三角枢纽（广州新）机场: the new airport of Guangzhou). A body's name is written the
same way (国家（中关村）火炬科创学院): ending in an institution suffix ("institution_suffixes"), it is one institution.
Rules: entities_zh.json "bracketed_places".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_verbs

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _clause_lead(head: str) -> int:
    """How many characters of clause verbs (zh_clause_verbs.json: 走访, 考察) open the run before a bracket, keeping a
    name of two characters or more."""
    verbs, k = clause_verbs("zh_clause_verbs.json"), 0
    while n := next((n for n in (4, 3, 2) if head[k:k + n] in verbs and len(head) - k - n >= 2), 0):
        k += n
    return k


@lru_cache(maxsize=4)
def _count_pattern(pattern: str) -> Any:
    return re.compile(pattern or "(?!)")


def _count_lead(folded: str, s: int, end: int, pattern: str) -> int:
    """How many characters of an aspect particle and a numeral with its classifier (了一张, 一个, 两座) open the run
    before a bracket: a count of the thing named, never part of its name; the name keeps two characters or more."""
    hit = _count_pattern(pattern).match(folded, s, end)
    return hit.end() - s if hit is not None and end - hit.end() >= 2 else 0


def bracketed_places(folded: str, start: int, end: int, known: list[tuple[int, int]], suffixes: list[str],
                     boundary: set[str], verbs: list[str], rules: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, label) of bracketed-place names in folded[start:end]; `known` holds the known places' spans."""
    bodies = tuple(rules["institution_suffixes"])
    suffixes = [*suffixes, *rules.get("place_suffixes", ())]  # 格力电器（赣州）智能制造基地: a site's name
    long_names = tuple(rules["long_name_suffixes"])
    sites = tuple(rules.get("place_suffixes", ()))
    before = int(rules["max_before"])
    pattern, by_length = _bracket_pattern(tuple(suffixes), bodies, max(before, int(rules['max_before_long'])),
                                          int(rules['max_after']))
    spans = set(known)
    out: list[tuple[int, int, str]] = []
    for m in pattern.finditer(folded, start, end):
        # a company's name may run longer before the bracket (艾坦姆流体控制技术（山东）有限公司) than a zone's
        # so may a company's or a body's site (广州数据交易所（肇庆）服务基地: the exchange's base in Zhaoqing)
        s = m.start(1) if m.group(3).endswith(long_names + sites) else max(m.start(1), m.end(1) - before)
        head = folded[s:m.end(1)]
        # the name starts after a boundary: cut the run before the bracket at its last boundary character
        # (雲華街45號慈雲山(南區)社區中心: a street number's 號 ends the address before the name too)
        cut = max((i + 1 for i, c in enumerate(head) if c in boundary or c == "号" and folded[s + i - 1:s + i].isdigit()),
                  default=0)
        # 推进中马(钦州)…: a verb first, also one the window of `before` characters starts inside (推进珠三角枢纽)
        ext = max(m.start(1), s + cut - 3)
        run = folded[ext:m.end(1)]
        s = max([s + cut] + [ext + run.rfind(v) + len(v) for v in verbs if v in run])
        s += _clause_lead(folded[s:m.end(1)])  # 走访某某（某市）产业转移园: the visit's verb opens no name
        s += _count_lead(folded, s, m.end(1), str(rules.get("count_lead", "")))  # 展示了一张某区(某市)基地: a count
        cut = s - m.end(1) + len(head)
        tail = m.group(3)
        town = len(m.group(2)) <= int(rules.get("max_town", 0)) and tail.endswith(tuple(rules.get("town_sites", ())))
        if s >= m.end(1) or not town and not any(ks == m.start(2) and 0 <= m.end(2) - ke <= 1 for ks, ke in spans):
            continue  # the bracket holds a known place (肇庆), or one and a character of a new site (广州新), or a
            # town when a park or a base ends the name (惠阳（新圩）智能制造产业园: the town the park lies in)
        suffix = next(x for x in by_length if tail.endswith(x))
        if any(c in "和及与或等、" for c in tail[:len(tail) - len(suffix)]) or (not cut and s > start and re.match(
                rf"[{_CJK}]", folded[s - 1]) and folded[s - 1] not in boundary and not folded.endswith(tuple(verbs), start, s)):
            continue  # 香港特別行政區（香港特區）及科技園: a conjunction after the bracket, a name cut short before it
            # (建设粤港澳大湾区（肇庆）特别合作试验区: a verb right before the full-length run ends there, no cut)
        out.append((s, m.end(3), "INSTITUTION" if tail.endswith(bodies) else "PLACE"))
    return out


def quoted_places(folded: str, start: int, end: int, known: list[tuple[int, int]], suffixes: list[str],
                  max_after: int) -> list[tuple[int, int]]:
    """(start, end) of names a known place opens and a place suffix ends, with a quoted word between
    (北流“两湾”产业园: Beiliu's 'Two Bays' industrial park): one place; the place in it is not listed by itself."""
    pattern = _quoted_pattern(tuple(suffixes), max_after)
    out: list[tuple[int, int]] = []
    for ks, ke in known:
        if start <= ks and ke < end:
            m = pattern.match(folded, ke, end)
            if m:
                out.append((ks, m.end()))
    return out


def qualified_places(folded: str, start: int, end: int, known: list[tuple[int, int]], suffixes: list[str],
                     rules: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of names a known place opens, a bracketed qualifier follows and a place suffix ends
    (羅湖(南)站: the station south of Lo Wu; 北大嶼山(擴建部分)郊野公園: the park's extension): one place,
    not the place inside it (GUIDELINES-zh 11). The bracket holds a compass point or a part (擴建部分, 第二段);
    a compass point written right before the known place belongs to the name (北大嶼山), unless a direction
    word (以北, 之南) ends before it."""
    q = rules["qualified"]
    pattern = _qualified_pattern(tuple(suffixes), q["qualifier"], int(q["max_body"]), str(q.get("body_stops", "")))
    compass = sorted(q["compass_before"], key=len, reverse=True)
    out: list[tuple[int, int]] = []
    for ks, ke in known:
        if not start <= ks < ke < end:
            continue
        m = pattern.match(folded, ke, end)
        if m is None:
            continue
        w = next((w for w in compass if ks - len(w) >= start and folded.startswith(w, ks - len(w))), "")
        if w and ks - len(w) > start and folded[ks - len(w) - 1] in q["direction_before"]:
            w = ""  # 港島以北: north of a place, no name
        out.append((ks - len(w), m.end()))
    return out


# The patterns are built from the suffix lists once (the lists are the same at every call: re.escape of each suffix
# per Chinese block was a sixth of the Chinese entity rules' time)
@lru_cache(maxsize=8)
def _bracket_pattern(suffixes: tuple[str, ...], bodies: tuple[str, ...], max_before: int,
                     max_after: int) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """bracketed_places' pattern, and its suffixes longest first (the one that ends a name)."""
    ends = "|".join(re.escape(s) for s in sorted({s for s in [*suffixes, *bodies] if len(s) >= 2}, key=len, reverse=True))
    # 落馬洲 (新田 )公共運輸交匯處: a PDF's text layer (LegCo Hansard) spaces a bracket off, one space either side
    pattern = re.compile(rf"([{_CJK}]{{1,{max_before}}}) ?[（(]([{_CJK}]{{2,8}}) ?[）)]"
                         rf"([{_CJK}]{{0,{max_after}}}?(?:{ends}))")
    return pattern, tuple(sorted([*suffixes, *bodies], key=len, reverse=True))


@lru_cache(maxsize=8)
def _quoted_pattern(suffixes: tuple[str, ...], max_after: int) -> re.Pattern[str]:
    ends = "|".join(re.escape(s) for s in sorted({s for s in suffixes if len(s) >= 2}, key=len, reverse=True))
    # 觀塘「西岸板道」及油麻地…休憩用地: a conjunction after the quote starts another name
    return re.compile(rf"[“「\"]([{_CJK}]{{1,6}})[”」\"]((?:(?![及和与或])[{_CJK}]){{0,{max_after}}}?(?:{ends}))")


@lru_cache(maxsize=8)
def _qualified_pattern(suffixes: tuple[str, ...], qualifier: str, max_body: int, body_stops: str) -> re.Pattern[str]:
    long_ends = "|".join(re.escape(s) for s in sorted({s for s in suffixes if len(s) >= 2}, key=len, reverse=True))
    short_ends = "|".join(re.escape(s) for s in sorted({s for s in suffixes if len(s) == 1}))
    # a one-character suffix (站) must follow the bracket at once: 羅湖(南)站, not 羅湖(南)一带的车站
    # 東岸板道(西段)及北角海濱花園: a conjunction after the bracket joins the next name, the qualified one ends there
    stops = re.escape(body_stops)
    cjk = rf"(?![{stops}])[{_CJK}]" if stops else f"[{_CJK}]"
    # 羅湖 (南 )站: spaced off as in bracketed_places
    return re.compile(rf" ?[（(](?:{qualifier}) ?[）)](?:{cjk}{{0,{max_body}}}?(?:{long_ends})|(?:{short_ends}))")
