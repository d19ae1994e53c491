"""Folded Chinese text + name matches → the CPPCC committees that a member's title or a committee's formal name
makes: 各位政协委员 in a report's greeting, 政协第十四届广州市委员会 (the committee written with its term).

Rules are data (pipeline/data/entities_zh.json, "member_bodies"):
- a Mainland government reports to its congress and asks 各位政协委员 / 政协各位委员 for comments: those are the
  members of the CPPCC committee of the reporting government's own level (我代表市人民政府 → 市政协), and a
  member's title keeps its body (as 市政协委员 names 市政协), so the bare 政协 is resolved as 市政协 is (the
  document's home division). In a committee's own report (政协第十四届广州市委员会常务委员会 reports) they are that
  committee's members; with neither in the text there is no level and no mention;
- a CPPCC committee written with its term (政协第十四届广州市委员会, 中国人民政治协商会议第十三届广东省委员会) is that
  division's committee, one name (+ 常务委员会: its standing committee); the place inside is no mention of its
  own (GUIDELINES-zh 11). Followed by a sitting (第五次会议) it names the session, an event: left as it is.
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
    for f in re.finditer(mb["formal"], folded):
        home = f.group("home")
        entry = place_entry(home)
        if entry is None or entry.country_code not in mb["countries"] or entry.type not in levels.get(home[-1], ()):
            continue
        if re.match(mb["sitting"], folded[f.end():f.end() + 12]):
            continue  # 政协第十四届广州市委员会第五次会议: a session
        name = mb["template"].format(home) + (mb["standing"] if f.group("standing") else "")
        built.append(Match(f.start(), f.end(), "", "INSTITUTION", "", "", {"canonical_name": name,
                                                                           "division": f"id:{entry.id}"}))
    if not built:
        return matches
    kept = [m for m in matches if not any(b.start < m.end and m.start < b.end for b in built)]
    return sorted(kept + built, key=lambda m: m.start)


def member_bodies(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """各位政协委员: the bare 政协 of a member's title in a government's report is the committee of that government's
    level, a relative body (市政协) for `ZhReferences.relative` to resolve."""
    mb = rules["member_bodies"]
    gov = next((m for m in matches if m.special in ("relative", "anaphora") and m.alias.endswith("政府")), None)
    # 我代表深圳市人民政府: the reporting government written with its division gives the level too
    named = next((g.group(1) for m in matches if m.label == "INSTITUTION" and folded.endswith(mb["reporting"], 0, m.start)
                  and (g := re.search(mb["government_level"], folded[m.start:m.end]))), "")
    # a committee's own report (政协第十四届广州市委员会常务委员会 reports) speaks of that committee's members
    own = next((m.extra["canonical_name"] for m in matches if "division" in m.extra and
                m.extra.get("canonical_name", "").startswith(mb["body"])), "")
    key = named + mb["body"] if named else gov.alias[0] + mb["body"] if gov is not None else ""
    if key not in rules["relative_bodies"] and not own:
        return matches
    new = []
    for w in re.finditer(mb["member"], folded):
        s, e = w.start(), w.end()
        if s > 0 and folded[s - 1] in mb["left_not"] or any(m.start < e and s < m.end for m in matches):
            continue  # 全国政协委员, 市政协委员: a body written with its level
        if key in rules["relative_bodies"]:  # named as the level body is (市政协) where the home division is unnamed
            new.append(Match(s, e, "", "INSTITUTION", key, "relative", {"canonical_name": key}))
        else:
            new.append(Match(s, e, "", "INSTITUTION", "", "", {"canonical_name": own.removesuffix(mb["standing"])}))
    return sorted(matches + new, key=lambda m: m.start) if new else matches
