"""Chinese place matches → without the places that are only a part of another name or of a verb phrase.

Facts of Chinese naming (DECISIONS-zh 21: places inside plan, project, event or brand designations are not listed):
- an office a government keeps in a city is named 驻 + the city + 办 (驻京办, 驻成都办, 驻某某办事处, 驻某经贸办): the
  office is a body, the city inside its name no mention;
- a trade fair or expo is named by a place and its abbreviated kind (上海投洽会, 深圳高交会, 某市农博会, …交易会,
  …博览会): an event's name, the place inside it no mention;
- a body's branch is named by the body, the branch's place and 分 + the body's kind (某某服务中心某市分中心, 某银行
  某市分行): the place only names the branch;
- a zone or city right before 专项规划 / 总体规划 names a plan;
- 正 + 站 + 在/上 is 'is standing at' (香港正站在新的起点): a verb, no station.
Rules: `inner_places` of pipeline/data/entities_zh.json; each pattern is compiled once and tried at a place's ends
only (no scan of the text).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from pipeline.extract.entities.quoted_zh import Match


class _Rules(NamedTuple):
    office_before: str  # 驻
    office_after: re.Pattern[str]  # (经贸)办…
    name_after: re.Pattern[str]  # 投洽会, 专项规划
    branch_body_ends: str  # the last character of a body's kind (中心, 银行 …) right before the place
    branch_after: re.Pattern[str]  # 分中心, 分行
    verb_end: re.Pattern[str]  # 正站 + 在


@lru_cache(maxsize=4)
def _compiled(office_before: str, office_after: str, name_after: str, body_ends: str, branch_after: str,
              verb_end: str) -> _Rules:
    return _Rules(office_before, re.compile(office_after), re.compile(name_after), body_ends,
                  re.compile(branch_after), re.compile(verb_end))


def _rules(rules: dict[str, Any]) -> _Rules:
    r = rules["inner_places"]
    return _compiled(r["office_before"], r["office_after"], r["name_after"], r["branch_body_ends"], r["branch_after"],
                     r["verb_end"])


def inner_place(folded: str, m: Match, r: _Rules) -> bool:
    """Whether the place at m only names a part of an office's, a fair's, a branch's or a plan's name, or is read
    across a verb (香港正站在)."""
    if m.label != "PLACE" or m.start == m.end:
        return False
    before = folded[m.start - 1] if m.start > 0 else ""
    if before == r.office_before and r.office_after.match(folded, m.end):
        return True  # 驻成都办
    if r.name_after.match(folded, m.end):
        return True  # 上海投洽会, 某经济区专项规划
    if before and before in r.branch_body_ends and r.branch_after.match(folded, m.end):
        return True  # 某某服务中心江门分中心
    return bool(r.verb_end.match(folded, m.end - 2))  # 香港正站在


def drop_inner_places(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places inside an office's, a fair's, a branch's or a plan's name and those read across
    a verb (a few characters read at each place's ends)."""
    r = _rules(rules)
    return [m for m in matches if not inner_place(folded, m, r)]
