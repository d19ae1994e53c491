"""Folded Chinese text + matches → the schools a report names as works projects, one place each.

A district's or a county's report lists schools among what it builds: 加快建设某市艺术中学改造工程、某某一中附属中学等
十个学校项目, 新建某市第二实验中学, 某县第一初级中学扩建. A named facility the text presents as built, extended or
refurbished is a place (DECISIONS 17, as hospitals are), the longest span; the place that opens the school's name is
part of it, no mention of its own (GUIDELINES: a place inside a longer name). A school that acts or is only described
(某中学获评…) is left as it was. Rules (pipeline/data/entities_zh.json "works_schools"):
- the name: a known place (a division written in full or short, a town) right before up to `max_body` characters of
  the school's own words (艺术, 第二实验, 一中附属) and a school head (`heads`); no clause words in the body
  (`body_stops`) and no kind of school (`kind_bodies`: 中小学, 公办学校);
- the works: a works word right after the name (`after`: 改造工程, 扩建, 新校区 …) or a works verb earlier in its
  clause (`before`: 新建, 建设 …; a list's later items share the verb that opens the list).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_CLAUSE = "，。；;,\n"


@lru_cache(maxsize=4)
def _name_after(heads: tuple[str, ...], stops: str, max_body: int) -> re.Pattern[str]:
    body = f"((?:(?![{re.escape(stops)}])[一-鿿0-9]){{0,{max_body}}}?)"
    return re.compile(body + "(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + ")")


def works_schools(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """The matches, with each school named as a works project one place (the places inside it dropped)."""
    if not rules or not any(h in folded for h in rules["heads"]):
        return matches
    name = _name_after(tuple(rules["heads"]), rules["body_stops"], int(rules["max_body"]))
    after, before, kinds = tuple(rules["after"]), tuple(rules["before"]), tuple(rules["kind_bodies"])
    whole = set(rules.get("kind_whole_bodies", ()))

    def named(hit: re.Match[str]) -> bool:  # 某市中小学, 普惠性幼儿园, 市区幼儿园: a kind; 某市新建学校: a verb
        return not hit.group().startswith(kinds) and hit.group(1) not in whole and \
            not any(k in hit.group(1) for k in kinds + before + after)

    schools: list[tuple[int, int]] = []
    for m in matches:
        if m.label != "PLACE" or any(s <= m.start < e for s, e in schools):
            continue
        hit = name.match(folded, m.end)
        if hit is None or not named(hit):
            continue
        end = hit.end()
        while (more := name.match(folded, end)) is not None and named(more) and more.group(1):
            end = more.end()  # 广州市第一中学附属小学: the longest name, not its first head
        clause = max(folded.rfind(c, 0, m.start) for c in _CLAUSE) + 1
        if folded.startswith(after, end) or any(v in folded[clause:m.start] for v in before):
            schools.append((m.start, end))
    if not schools:
        return matches
    kept = [m for m in matches if not any(s <= m.start and m.end <= e for s, e in schools)]
    return sorted(kept + [Match(s, e, "", "PLACE", "", "", {"suffix": "1"}) for s, e in schools], key=lambda m: m.start)
