"""Chinese place matches → without the places that only open a city's positioning goal after a verb of becoming.

A Mainland report states what a city or district is to become as a role title right after a verb of becoming
(打造, 建成, 筑牢, 争当, 争创, 创建): 打造某区域交通物流商贸中心 ('become the region's transport and trade centre'),
筑牢某区域生态屏障, 打造某地国际航运枢纽核心功能, 打造绿色发展某市样板, 打造某市某品牌之星. The title names a role, a
designation (DECISIONS-zh 21); the region or city inside it, after the verb and a few title words (绿色发展), only scopes
the role ('the centre of X'), no mention of X. Likewise a name built on a zone suffix right after such a verb that opens
with a region (打造/建成某区域创新产业示范区) is the goal's title, no place: the zone does not exist yet. Kept: the role
heads are a closed list of functional roles (中心, 枢纽, 屏障, 基地, 高地, 样板, 之星, 标杆, 排头兵, 典范: data), and a
growth pole, a circle or a city of a kind stops the title (打造某地新增长极, 打造某地高档品牌消费圈, 打造某湾区魅力之城
keep their place: the pooled golds list those); a place that is the object itself (打造某地, 建成某港), a place with
punctuation or a function word between it and the verb or the head, and a place after any other verb (投资建设某区域…基地,
a company's base) keep it. Rules: entities_zh.json "goal_titles".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _patterns(heads: tuple[str, ...], kept: tuple[str, ...], stops: str, reach: int, areas: tuple[str, ...]) -> Any:
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) or "(?!)"
    stop = "|".join([f"[{re.escape(stops)}]"] + [re.escape(k) for k in kept])
    area = "|".join(re.escape(a) for a in areas) or "(?!)"  # 中心城区, 中心区: an area, no role
    return re.compile(rf"(?:(?!{stop})[一-鿿]){{0,{reach}}}?(?:{head})(?!{area})")


def goal_titles(folded: str, matches: list[Match], type_of: Callable[[str], str], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places a few title words after a verb of becoming that open a role title, and the names built
    on a zone suffix right after such a verb that open with a region."""
    verbs = tuple(rules.get("verbs", ()))
    if not verbs:
        return matches
    stops = str(rules.get("stops", ""))
    role = _patterns(tuple(rules.get("role_heads", ())), tuple(rules.get("kept_heads", ())), stops,
                     int(rules.get("reach", 12)), tuple(rules.get("head_not_before", ())))
    links = tuple(rules.get("object_links", ()))
    region_only = tuple(rules.get("region_only_verbs", ()))
    starts = sorted(m.start for m in matches if m.label == "PLACE")
    lead = int(rules.get("lead_reach", 6))
    region_types = frozenset(rules.get("region_types", ()))
    site_types = frozenset(rules.get("site_types", ()))

    def after_verb(start: int, region: bool) -> bool:  # 打造 + up to `lead` title words (绿色发展) + the place
        seg = folded[max(0, start - lead - 2):start]
        found = [(seg.rfind(v) + len(v), v) for v in verbs if v in seg]
        if not found:
            return False
        k, verb = max(found)
        return len(seg) - k <= lead and not any(c in stops for c in seg[k:]) and (region or verb not in region_only)

    def title(m: Match) -> bool:  # a role title after the place: not its object's complement, no route, no place
        if folded.startswith(links, m.end):  # 打造某地成为…中心: the place is the object
            return False
        r = role.match(folded, m.end)
        return r is not None and not any(m.end <= s < r.end() for s in starts)

    def goal(m: Match) -> bool:
        if m.label != "PLACE":
            return False
        if m.entity.startswith("id:"):  # 打造某区域…中心: the place opens a role title
            kind = type_of(m.entity[3:])
            return kind not in site_types and title(m) and after_verb(m.start, kind in region_types)
        within = m.extra.get("within", "")  # 建成某区域…示范区: a built zone name opening with a region
        ends = role.match(folded, m.end) is None  # 建成某示范区打下…: the zone ends the object; 某发展区…样板: a title follows
        return "suffix" in m.extra and within.startswith("id:") and type_of(within[3:]) in region_types and \
            folded.endswith(verbs, 0, m.start) and ends
    return [m for m in matches if not goal(m)]
