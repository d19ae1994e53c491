"""Folded Chinese text + name matches → a university's unit written right after it named whole: its centre (某医科大学
某市精神卫生中心, 某大学肿瘤防治中心) and its attached school (某大学附属中学, 某师范大学附属实验小学).

A university's or academy's unit is registered under the parent's name written first with no break, as its schools and
institutes are (branches_zh.parent_units); a centre's name may hold a place (the city it serves) and a field, which the
name scanner reads as a place and no body. The unit is one institution, the university and the place inside it no
mention of their own (GUIDELINES: a body or place inside a longer name). The centre's words hold no clause word or
break (与江北市共建研究中心 is a clause: the university acts). A known short name right before a numbered 院 (中山一院,
中大五院, 深圳二院) is a hospital's short name, one name (no city, no CUHK read in it): a place until it acts, as any
hospital (acting_zh). Rules: entities_zh.json "university_units" (session 25, zhinst).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def university_units(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """某大学 + 某某中心 / 附属中学 with no break: one name, the unit's; the matches inside it are dropped."""
    r = rules["university_units"]
    parents, tail = tuple(r["parents"]), re.compile(r["tail"])
    not_inside = tuple(r["not_inside"])
    numbered = re.compile(r["hospital_short"])
    out: list[Match] = []
    skip_to = -1
    for m in sorted(matches, key=lambda x: x.start):
        if m.start < skip_to:
            continue  # a place or a piece read inside the unit's name
        if m.entity.startswith("id:") and (h := numbered.match(folded, m.end)) is not None:
            out.append(Match(m.start, h.end(), "", "PLACE", "", "", {"suffix": "1"}))  # 中大五院: a hospital's short name
            skip_to = h.end()
            continue
        t = tail.match(folded, m.end) if m.label == "INSTITUTION" and folded[m.start:m.end].endswith(parents) else None
        if t is None or any(w in (t.group("body") or "") for w in not_inside):
            out.append(m)
            continue
        out.append(Match(m.start, t.end(), "", "INSTITUTION", "", "", {"unit": "1"}))
        skip_to = t.end()
    return out
