"""Chinese place matches → without the places that are only a part of another name or of a verb phrase.

Facts of Chinese naming (DECISIONS-zh 21: places inside plan, project, event or brand designations are not listed):
- an office a government keeps in a city is named 驻 + the city + 办 (驻京办, 驻成都办, 驻某某办事处, 驻某经贸办): the
  office is a body, the city inside its name no mention;
- a trade fair or expo is named by a place and its abbreviated kind (上海投洽会, 深圳高交会, 某市农博会, …交易会,
  …博览会): an event's name, the place inside it no mention;
- a body's branch is named by the body, the branch's place and 分 + the body's kind (某某服务中心某市分中心, 某银行
  某市分行): the place only names the branch;
- a zone or city right before 专项规划 / 总体规划 names a plan;
- a place before a term and a congress (某市十六届人大代表: a member's title; 某市十六届人大五次会议) or between 第N届 and
  委员会 (政协第十一届某省委员会) names that body; a place opening a meeting's name (某市科技创新工作形势报告会, no verb of
  holding between) or in brackets after an event's name (某某国际会议(某市)) is inside the event's name;
- a name built on 站 that ends in 网站 is a website (某某专题网站), no station;
- 正 + 站 + 在/上 is 'is standing at' (香港正站在新的起点): a verb, no station;
- a list of three-character slogans (稳增长、调结构、惠民生、防风险) is of verb + noun items: a two-character place
  read across the verb and the noun's first character (惠民 in 惠民生, where 民生 is a word) is no place;
- a province in brackets opening a reposted report's title line ((某省)2020年某县人民政府工作报告(全文)) is the
  reposting site's category label, part of the title (three of four pooled golds that hold one leave it out).
A name built on a kind word (no gazetteer entry) that starts inside a clause-opening verb is cut after the verb: a
boundary character (one the name scan stops at) that begins a two-character lead verb with the name's first character (对 + 接 of 对接某科技创新走廊)
leaves the name at the next character; a name whose rest after a lead verb is a common word (发挥 + 侨乡 'an overseas
Chinese home town') is no name.
Rules: `inner_places` of pipeline/data/entities_zh.json; each pattern is compiled once and tried at a place's ends
only (no scan of the text).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, NamedTuple

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.slogans_zh import drop_slogan_places
from pipeline.extract.entities.word_bounds_zh import right_words

_LIST_MARKS = "、，,；;"
_LINE_MARKS = " \t\u3000•·●"  # what may stand before a line's opening label


class _Rules(NamedTuple):
    office_before: str  # 驻
    office_after: re.Pattern[str]  # (经贸)办…
    name_after: re.Pattern[str]  # 投洽会, 专项规划
    branch_body_ends: str  # the last character of a body's kind (中心, 银行 …) right before the place
    branch_after: re.Pattern[str]  # 分中心, 分行
    verb_end: re.Pattern[str]  # 正站 + 在
    tag_after: re.Pattern[str]  # )2020年某县人民政府工作报告
    session_after: re.Pattern[str]  # 十六届人大
    committee: tuple[str, str]  # 第十一届 + place + 委员会
    meeting_after: re.Pattern[str]  # 科技创新工作形势报告会
    bracket_event_before: re.Pattern[str]  # 国际会议(
    leaders_after: re.Pattern[str]  # 、深圳市负责同志
    not_ends: tuple[str, ...]  # 网站
    outlet_after: re.Pattern[str]  # 都市网, 融媒, 华语广播电台
    label_tag: re.Pattern[str]  # 招商】2021年某区政府工作报告


@lru_cache(maxsize=4)
def _compiled(office_before: str, office_after: str, name_after: str, body_ends: str, branch_after: str,
              verb_end: str, tag_after: str, session_after: str, committee: tuple[str, str], meeting_after: str,
              bracket_event_before: str, leaders_after: str, not_ends: tuple[str, ...], outlet_after: str,
              label_tag: str) -> _Rules:
    return _Rules(office_before, re.compile(office_after), re.compile(name_after), body_ends,
                  re.compile(branch_after), re.compile(verb_end), re.compile(tag_after), re.compile(session_after),
                  committee, re.compile(meeting_after), re.compile(bracket_event_before), re.compile(leaders_after),
                  not_ends, re.compile(outlet_after), re.compile(label_tag))


def _rules(rules: dict[str, Any]) -> _Rules:
    r = rules["inner_places"]
    return _compiled(r["office_before"], r["office_after"], r["name_after"], r["branch_body_ends"], r["branch_after"],
                     r["verb_end"], r["title_tag_after"], r["session_after"], (r["committee_before"], r["committee_after"]),
                     r["meeting_after"], r["bracket_event_before"], r["leaders_after"], tuple(r["not_place_ends"]),
                     r["outlet_after"], r["label_tag"])


def _meeting_name(folded: str, m: Match, r: _Rules, leads: frozenset[str]) -> bool:
    """Whether the place at m opens a meeting's name: no verb between (支持某市建设…座谈会, 纪念某地回归…座谈会 are
    meetings about the place, which stays)."""
    hit = r.meeting_after.match(folded, m.end)
    return hit is not None and not any(folded[i:i + 2] in leads for i in range(m.end, hit.start("kind") - 1))


def inner_place(folded: str, m: Match, r: _Rules, leads: frozenset[str] = frozenset()) -> bool:
    """Whether the place at m only names a part of an office's, a fair's, a branch's or a plan's name, or is read
    across a verb (香港正站在)."""
    if m.label != "PLACE" or m.start == m.end:
        return False
    before = folded[m.start - 1] if m.start > 0 else ""
    if not m.entity and folded.endswith(r.not_ends, m.start, m.end):
        return True  # 某某专题网站: a website
    if before == r.office_before and r.office_after.match(folded, m.end):
        return True  # 驻成都办
    if r.name_after.match(folded, m.end) or _meeting_name(folded, m, r, leads) or r.session_after.match(folded, m.end) \
            or r.leaders_after.match(folded, m.end) or r.outlet_after.match(folded, m.end):
        return True  # 上海投洽会, 某经济区专项规划, 某市科技创新工作形势报告会, 某市十六届人大代表, 某市都市网
    if before == r.committee[0] and folded.startswith(r.committee[1], m.end):
        return True  # 政协第十一届某省委员会
    if before in "(（" and folded[m.end:m.end + 1] in ")）" and r.bracket_event_before.search(folded, max(0, m.start - 4),
                                                                                          m.start):
        return True  # 某某国际会议(某市)
    if before and before in r.branch_body_ends and r.branch_after.match(folded, m.end):
        return True  # 某某服务中心江门分中心
    if m.end - m.start == 2 and (not before or before in _LIST_MARKS) and folded[m.end:m.end + 1] not in ("", "人") and \
            folded[m.end + 1:m.end + 2] in _LIST_MARKS + "。" and folded[m.end - 1:m.end + 1] in right_words():
        return True  # 调结构、惠民生、防风险: 惠 + 民生; place + 人 (香港人、澳门人) is a people, no slogan
    if before in "(（" and (m.start < 2 or folded[m.start - 2] in "\n \u3000") and r.tag_after.match(folded, m.end):
        return True  # (某省)2020年某县人民政府工作报告(全文): a category label
    if _label_tag(folded, m, r):
        return True  # 【某区招商】2021年某区政府工作报告: a site's section label
    return bool(r.verb_end.match(folded, m.end - 2))  # 香港正站在


def _label_tag(folded: str, m: Match, r: _Rules) -> bool:
    """Whether the place at m stands in a 【…】 label opening a line, the reposted report's title right after it on the
    line (【某区招商】2021年某区政府工作报告, • 【投资某县】2018年某县政府工作报告): a site's section label."""
    opening = folded.rfind("【", max(0, m.start - 4), m.start + 1)
    if opening < 0 or not all(_CJK.match(c) for c in folded[opening + 1:m.start]):
        return False
    line = folded.rfind("\n", 0, opening) + 1
    return not folded[line:opening].strip(_LINE_MARKS) and r.label_tag.match(folded, m.end) is not None


@lru_cache(maxsize=2)
def _lead_verbs(name: str, hand: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in (*load_json_data(name)["verbs"], *hand) if len(w) == 2)


def _lead_cut(folded: str, m: Match, leads: frozenset[str], suffixes: frozenset[str], boundary: str) -> Match | None:
    """The kind-built name at m without a lead verb it starts inside (对|接某走廊 → 某走廊), None for a lead verb and a
    common word only (发挥侨乡), else m."""
    if m.label != "PLACE" or m.entity or m.alias or m.end - m.start < 4:
        return m
    if m.start > 0 and folded[m.start - 1] in boundary and folded[m.start - 1:m.start + 1] in leads:
        return replace(m, start=m.start + 1)
    rest = folded[m.start + 2:m.end]
    if folded[m.start:m.start + 2] in leads and rest in common_words("zh_common_words.json") and rest not in suffixes:
        return None
    return m


def _split_word_end(folded: str, m: Match, splits: tuple[str, ...]) -> Match:
    """The place at m without a last 市 that starts a word with the next character (广州市|场主体 → 广州, 增城市|民 →
    增城), unless that character starts another word itself (广州市|民营经济 keeps 广州市)."""
    if m.label != "PLACE" or m.end - m.start < 3 or folded[m.end - 1:m.end + 1] not in splits \
            or folded[m.end:m.end + 2] in right_words():
        return m
    return replace(m, end=m.end - 1)


def drop_inner_places(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places inside an office's, a fair's, a branch's or a plan's name and those read across
    a verb (a few characters read at each place's ends); kind-built names cut after a lead verb they start inside."""
    r = _rules(rules)
    names = rules["place_names"]
    leads = _lead_verbs(str(names["lead_words"]), tuple(names.get("lead_words_hand", ())))
    suffixes = frozenset(names["suffixes"])
    boundary = str(rules["boundary_chars"])
    kept = drop_slogan_places(folded, matches, rules["slogan_quotes"])  # “…某地物流中心”的发展定位
    cut = [_lead_cut(folded, m, leads, suffixes, boundary) for m in kept if not inner_place(folded, m, r, leads)]
    splits = tuple(rules["inner_places"].get("split_words_at_end", ()))
    return [_split_word_end(folded, m, splits) for m in cut if m is not None]
