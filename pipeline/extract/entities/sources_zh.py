"""A source line's publisher (来源：肇庆发布, 來源：香港商報網, 来源:广东科技报作者:记者) or a byline's outlet (新快报讯,
【某某社讯】, 某报记者 某某: at a line's start or after an opening bracket): the outlet or account
the page says it took the text from is a mention of that body (devset-real DECISIONS 28: a source line names its
body), known to the gazetteer or not. Government accounts (X发布), papers (X报) and news sites (X网) are named only
there in most pages, so the line is the evidence. A body already found at the line's start stays as it is
(来源:广东省人民政府, 来源:香港入境事务处官方微信公众号: the department's own account); a place found only inside
the publisher's name (广东 of 广东科技报) is no mention of its own."""

from __future__ import annotations

import re
from typing import Any, Callable

from pipeline.extract.entities.mastheads_zh import masthead_outlets
from pipeline.extract.entities.quoted_zh import Match


def source_publishers(folded: str, matches: list[Match], rules: dict[str, Any],
                      known: Callable[[str], str] = lambda k: "") -> list[Match]:
    """`matches` with the publisher named after each source label (rules: "label", "name", "stop", "not_names"), and
    the outlets named by their mastheads (mastheads_zh; `known`: the entry id of a known news medium's name, or '')."""
    label, name, stop = re.compile(rules["label"]), re.compile(rules["name"]), re.compile(rules["stop"])
    not_names, longest = set(rules["not_names"]), rules["longest_name"]
    not_cuts = frozenset(rules.get("not_cuts", ()))
    outlet = re.compile(".+?(?:" + "|".join(map(re.escape, rules["outlet_ends"])) + ")")
    outlet_word = re.compile(rules["dashed_outlet"])
    spaced = re.compile(rules.get("spaced_outlet", "(?!)"))  # 来源：某某日报 某某网: a second outlet after a space
    out = list(matches)
    spans = []
    for lab in label.finditer(folded):
        s = lab.end()
        run = name.match(folded, s)
        if run is None or run.group().isascii() and folded[run.end():run.end() + 1].isdigit():
            continue  # 来源: sp20241115: a feed's code, letters glued to digits, names no outlet
        cut = stop.search(folded, s, run.end())
        e = cut.start() if cut is not None else run.end()
        if e - s > longest and (short := outlet.match(folded, s, e)):  # 来源:某区网 + a title a line join glued on
            e = short.end()
        spans += _paper_and_site(folded, (s, e), not_cuts) + _dashed_outlet(folded, e, outlet_word) + _dashed_outlet(folded, e, spaced)
    for form in rules.get("paper_portals", ()):  # 文/某某日报·某某记者: the paper and its portal or app, both outlets
        spans += [sp for m in re.finditer(form, folded) for sp in (m.span("paper"), m.span("site"))]
    for form in rules.get("stamp_sources", ()):  # URL 2006年02月23日10:03 某某网-某某日报: a page's timestamp, then its source
        for m in re.finditer(form, folded):
            s, e = m.span("name")
            spans += _paper_and_site(folded, (s, e), not_cuts) + _dashed_outlet(folded, e, outlet_word)
    if rules.get("byline"):  # 新快报讯, 【某某社讯】, 某报记者 某某: a byline names its outlet
        spans += [part for m in re.finditer(rules["byline"], folded) for part in _paper_and_site(folded, m.span("name"), not_cuts)]
    for form in rules.get("page_bylines", ()):  # 掌上某市讯 18日; 某某搜 2021-07-27 17:49:30: an app's dispatch, a site's header
        spans += [_outlet_cut(folded, m.span("name"), rules["outlet_ends"]) for m in re.finditer(form, folded)]
    for form in rules.get("account_bylines", ()):  # “广州发布”微信公众号: an outlet's account, not “粤省事”'s
        spans += [_outlet_cut(folded, m.span("name"), rules["outlet_ends"]) for m in re.finditer(form, folded)
                  if m.group("name").endswith(tuple(rules["account_ends"])) or known(m.group("name"))]
    names = {(s, e): name for s, e, name in masthead_outlets(folded, rules["mastheads"], known)}
    spans += list(names)
    for s, e in sorted(spans):
        if e - s < 2 or folded[s:e] in not_names:
            continue
        if any(m.start < e and s < m.end and m.label == "INSTITUTION" for m in out) or _places_only(s, e, out):
            continue  # a body already named there (its own account), or places that are the whole name (掌上某市: the app's)
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        named = {"canonical_name": names[s, e]} if (s, e) in names else {}
        eid = known(folded[s:e])  # 【某報專訊】: a known paper's byline links to its entry
        out.append(Match(s, e, f"id:{eid}" if eid else "", "INSTITUTION", "", "", {"source_line": "1", **named}))
    return sorted(out, key=lambda m: m.start)


def _paper_and_site(folded: str, span: tuple[int, int], not_cuts: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """上证报中国证券网讯, 某某日报某某网讯, 来源:某某报·某某网: a paper's byline or source line for its news site names both, the paper and the site (a
    name of three characters or more that ends in 报, 网, 社 or 台, then the site's name of three or more); 南方报业网,
    某某日报网 stay one name (what follows the inner outlet word is too short to be a site's name); so does a name whose
    inner outlet character starts a word with the next one (某国社会科学网, 某某社区报: `not_cuts`, 社会, 社区, 台湾 …)."""
    s, e = span
    for k in range(s + 3, e - 2):
        if folded[k - 1] in _OUTLET_ENDS and folded[e - 1] in _OUTLET_ENDS and folded[k - 1:k + 1] not in not_cuts:
            return [(s, k), (k + (folded[k] == "·"), e)]  # 上海证券报·中国证券网: the dot joins the two
    return [span]


_OUTLET_ENDS = frozenset("报网社台")


def _dashed_outlet(folded: str, e: int, outlet_word: re.Pattern[str]) -> list[tuple[int, int]]:
    """来源:某某日报-某某网, 某某网-某某日报: a source joined to the outlet it took the text from by a dash names both
    (a portal and its paper); a channel or column after the dash (某某网-港澳频道) names no second outlet (`outlet_word`:
    the second name must end in an outlet's word, rules 'dashed_outlet')."""
    m = outlet_word.match(folded, e)
    return [m.span("name")] if m is not None else []


def _places_only(s: int, e: int, matches: list[Match]) -> bool:
    """来源:某县某镇: the name is made of places only (a division's own page), no outlet's name."""
    pos = s
    for m in sorted((m for m in matches if m.label == "PLACE" and m.start < e and s < m.end), key=lambda m: m.start):
        if m.start > pos:
            return False
        pos = max(pos, m.end)
    return pos >= e


def _outlet_cut(folded: str, span: tuple[int, int], ends: list[str]) -> tuple[int, int]:
    """某某日报珠海讯: a paper's dispatch from a place names the paper (the name ends at its last outlet word)."""
    s, e = span
    cut = max((i + len(w) for w in ends for i in [folded.rfind(w, s, e)] if i >= s + 2), default=e)
    return s, cut


def masthead(m: Match, entry_type: str, titles: list[tuple[int, int]], folded: str, dateline: re.Pattern[str]) -> bool:
    """《人民日报》: a title that is a news medium's whole name names that medium (`entry_type`: its gazetteer type); so
    does one that is its name and a dateline (《經濟通通訊社25日專訊》: the agency's byline, rules 'masthead_dateline')."""
    return entry_type in ("news media", "news agency") and any(
        s == m.start - 1 and (e == m.end + 1 or bool(dateline.fullmatch(folded, m.end, e - 1))) for s, e in titles)
