"""A congress's or a political consultative conference's committee written right after the body's name (省人大财政
经济委员会, 全国人大常委会法制工作委员会, 省政协经济委员会, 省人大财政经济委组成人员): one institution, the committee
(DECISIONS-zh 27: a committee of a body is its own entry); the body itself is no mention there, as a place inside a
body's name is none. The short form ending in 委 is the same committee (委 = 委员会). A named congress followed by 及其常委会
('and its standing committee': 某市人大及其常委会) names that congress's standing committee too, as the bare level's does
(references_zh, relative_standing)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.party_committees_zh import party_committees
from pipeline.extract.entities.party_departments_zh import party_departments
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.subdistrict_congress_zh import subdistrict_committees


def congress_committees(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each congress (or conference) match followed by a committee's name made that committee."""
    bodies = tuple(rules["bodies"])
    committee = re.compile(rules["committee"])
    out: list[Match] = []
    skip_to = -1
    for m in matches:
        if m.start < skip_to:
            continue
        c = committee.match(folded, m.end) if (m.label == "INSTITUTION" or m.special == "relative") and \
            folded[m.start:m.end].endswith(bodies) else None  # 省人大 by level, resolved later
        if c is None:
            out.append(m)
            continue
        name = folded[m.start:c.end()]
        full = name + "员会" if name.endswith("委") else name
        out.append(Match(m.start, c.end(), "", "INSTITUTION", "", "", {"canonical_name": full, "committee": "1"}))
        skip_to = c.end()
    return subdistrict_committees(folded, party_departments(folded, party_committees(  # 民盟某区委; 宣传部、组织部
        folded, standing_committees(folded, out, rules))))  # 某街道人大工委


def standing_committees(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """某市人大及其常委会: the standing committee of the congress named right before 及其 (a bare level's is relative)."""
    std = rules["standing"]
    out = list(matches)
    for m in matches:
        name = folded[m.start:m.end]
        congress = next((c for c in std["forms"] if name.endswith(c) and len(name) > len(c)), "")
        key = next((k for k in std["forms"].get(congress, ()) if folded.startswith(std["join"] + k, m.end)), "")
        if m.label != "INSTITUTION" or m.special or not key:
            continue
        s = m.end + len(std["join"])
        out = [o for o in out if not (o.start < s + len(key) and m.end < o.end)]  # 其常委会 read as an unknown body
        out.append(Match(s, s + len(key), "", "INSTITUTION", key, "",
                         {"canonical_name": std["template"].format(name[:-len(congress)])}))
    return sorted(out, key=lambda x: x.start)
