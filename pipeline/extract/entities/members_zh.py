"""Folded Chinese text + name matches → the CPPCC committees that a committee's formal name makes:
政协第十四届广州市委员会 (the committee written with its term).

Rules are data (pipeline/data/entities_zh.json, "member_bodies"):
- a member's title (各位政协委员 in a report's greeting, 全国人大代表, 立法会议员) names the person's office, no body,
  as a post's title does (發展局局長): context_zh.drop_posts drops the body before it ("member_titles_after");
- a CPPCC committee written with its term (政协第十四届广州市委员会, 中国人民政治协商会议第十三届广东省委员会) is that
  division's committee, one name (+ 常务委员会: its standing committee); the place inside is no mention of its
  own (GUIDELINES-zh 11). Followed by a sitting (第五次会议) it names the session, an event: left as it is;
- a people's congress's standing committee written with the congress's term (广东省第十一届人民代表大会常务委员会) is
  that division's standing committee, one name, as the CPPCC's is.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.quoted_zh import Match


def formal_committees(folded: str, matches: list[Match], place_entry: Callable[[str], Entry | None],
                      rules: dict[str, Any]) -> list[Match]:
    """政协第十四届广州市委员会(常务委员会): one institution, the division's CPPCC committee (or its standing committee)."""
    mb = rules["member_bodies"]
    levels: dict[str, list[str]] = rules["relative_levels"]
    built: list[Match] = []
    forms = [(mb["formal"], mb["template"]), (mb["congress_formal"], mb["congress_template"])]  # 某省第十一届人民代表大会常务委员会
    for f, template in ((f, tp) for pattern, tp in forms for f in re.finditer(pattern, folded)):
        # the run before the term may hold clause words (我代表广东省第十一届…): the longest known place ending it
        cut = next((k for k in range(len(f.group("home"))) if place_entry(f.group("home")[k:]) is not None), 0)
        home, begin = f.group("home")[cut:], f.start() + cut
        entry = place_entry(home)
        if entry is None or entry.country_code not in mb["countries"] or entry.type not in levels.get(home[-1], ()):
            continue
        if re.match(mb["sitting"], folded[f.end():f.end() + 12]):
            continue  # 政协第十四届广州市委员会第五次会议: a session
        name = template.format(home) + (mb["standing"] if f.group("standing") else "")
        built.append(Match(begin, f.end(), "", "INSTITUTION", "", "", {"canonical_name": name,
                                                                           "division": f"id:{entry.id}"}))
    if not built:
        return matches
    kept = [m for m in matches if not any(b.start < m.end and m.start < b.end for b in built)]
    return sorted(kept + built, key=lambda m: m.start)
