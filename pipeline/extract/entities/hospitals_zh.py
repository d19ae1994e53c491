"""Folded Chinese text + name matches → a university's affiliated hospital named whole, and a facility's second
name in brackets joined to its first.

中山大学附属第一医院, 某医科大学第十附属医院, 某大学附属口腔医院: a university's affiliated hospital is registered
under the university's name written first with no break (the hospitals' own names: …大学第N附属医院, …大学附属第N
医院, …大学附属某某医院), so the university (known or built on its suffix) and the hospital's tail are one name, the
hospital's: a facility, a place until it acts (DECISIONS 17; acting_zh), and the university inside it is no mention of
its own (GUIDELINES: an institution inside a longer name). 某某附属医院（某市人民医院）: a second name in brackets right
after a facility's name and ending in the same head (医院 … 医院, 大学 … 大学) is the same facility's other name (one
row, the first name canonical, as a renamed body's two names are one: DECISIONS 26), and what the sentence says after
the bracket is said of the facility (…医院（…医院）成功应用…: the hospital acts). Rules: entities_zh.json
"hospital_names".
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_OPEN, _CLOSE = "(（", ")）"


def affiliated_hospitals(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """某大学 + 第N附属医院 / 附属第N医院 / 附属某某医院 with no break: one name, the hospital's (a place until it acts)."""
    tail, parents = re.compile(rules["affiliated_tail"]), tuple(rules["affiliated_parents"])
    out: list[Match] = []
    skip_to = -1
    for m in matches:
        if m.start < skip_to:
            continue  # a piece of the hospital's tail found on its own (附属医院, 第三附属医院)
        t = tail.match(folded, m.end) if m.label == "INSTITUTION" and folded[m.start:m.end].endswith(parents) else None
        if t is None:
            out.append(m)
            continue
        out.append(Match(m.start, t.end(), "", "PLACE", "", "", {"unit": "1", "suffix": "1"}))
        skip_to = t.end()
    return out


def bracket_end(folded: str, end: int) -> int:
    """Where a bracket right at `end` closes (`end` when none opens there or it holds no short name)."""
    if folded[end:end + 1] and folded[end] in _OPEN:
        close = next((k for k in range(end + 1, min(len(folded), end + 30)) if folded[k] in _CLOSE + _OPEN + "\n"), -1)
        if close > end + 1 and folded[close] in _CLOSE:
            return close + 1
    return end


def second_names(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """甲医院（乙医院）: the bracketed name ending in the first's head is the same facility's other name, one row; so
    is a zone's or a park's bracketed other name or its area's, ending in any zone word (`second_name_zone_ends`:
    某某滨海新区（某某高新区）, a new area and the high-tech zone one committee runs; 某某合作区（香港园）)."""
    heads = tuple(rules["second_name_heads"])
    zones = tuple(rules.get("second_name_zone_ends", ()))
    for a, b in pairwise(matches):
        if b.start == a.end + 1 and folded[a.end] in _OPEN and folded[b.end:b.end + 1] and folded[b.end] in _CLOSE and \
                (folded[a.start:a.end].endswith(heads) and any(
                    folded[a.start:a.end].endswith(h) and folded[b.start:b.end].endswith(h) for h in heads) or
                 a.label == b.label == "PLACE" and folded[a.start:a.end].endswith(zones) and
                 folded[b.start:b.end].endswith(zones)):
            b.label = a.label
            b.entity = a.entity or f"name:{folded[a.start:a.end]}"
            b.extra["canonical_of"] = f"{a.start}:{a.end}"
    return matches
