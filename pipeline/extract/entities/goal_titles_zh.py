"""Chinese place matches → without the places that only open a city's positioning goal after a verb of becoming.

A Mainland report states what a city or district is to become as a role title right after a verb of becoming
(打造, 建成, 筑牢, 争当, 争创, 创建): 打造某区域交通物流商贸中心 ('become the region's transport and trade centre'),
筑牢某区域生态屏障, 打造某地国际航运枢纽核心功能, 加快打造大湾区重要电子元器件研发生产基地. The title names a role, a
designation (DECISIONS-zh 21); the region or city that opens it only scopes the role ('the centre of X'), no mention of
X. Likewise a name built on a zone suffix that opens with a region (打造/建成某区域创新产业示范区) is the goal's title,
no place: the zone does not exist yet. Kept: the role heads are a closed list of functional roles (中心, 枢纽, 屏障,
基地, 高地: data), so a growth pole, a circle or a 'new X' (打造某地新增长极, 打造某地高档品牌消费圈, 打造某湾区高品质新某城)
keeps its place (the pooled golds list those); a place that is the object itself (打造某地, 建成某港) or is followed by
a function word, punctuation or a verb before the head keeps it; a place after any other verb (投资建设某区域…基地,
a company's base) keeps it. Rules: entities_zh.json "goal_titles".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _patterns(verbs: tuple[str, ...], heads: tuple[str, ...], stops: str, reach: int) -> Any:
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?![{re.escape(stops)}])[一-鿿]){{0,{reach}}}?(?:{head})")


def goal_titles(folded: str, matches: list[Match], type_of: Callable[[str], str], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places right after a verb of becoming that open a role title, and the names built on a
    zone suffix there that open with a region."""
    verbs = tuple(rules.get("verbs", ()))
    if not verbs:
        return matches
    role = _patterns(verbs, tuple(rules.get("role_heads", ())), str(rules.get("stops", "")), int(rules.get("reach", 12)))
    region_types = frozenset(rules.get("region_types", ()))
    site_types = frozenset(rules.get("site_types", ()))

    def goal(m: Match) -> bool:
        if m.label != "PLACE" or not folded.endswith(verbs, 0, m.start):
            return False
        if m.entity.startswith("id:"):  # 打造某区域…中心: the place opens a role title
            return type_of(m.entity[3:]) not in site_types and role.match(folded, m.end) is not None
        within = m.extra.get("within", "")  # 建成某区域…示范区: a built zone name opening with a region
        return "suffix" in m.extra and within.startswith("id:") and type_of(within[3:]) in region_types
    return [m for m in matches if not goal(m)]
