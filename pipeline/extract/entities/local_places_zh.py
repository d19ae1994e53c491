"""Folded Chinese text + matches → places named by the short names of a named prefecture's districts and counties.

Once a text names a prefecture, its districts and counties go by their short names (local_zh: 新会 for 新会区), and a
report names its own places with them:
- a county's or a district's port: the short name right before 港 and an edge (全面激活某会港, 建设某闻港) is that
  port, one place (a port, DECISIONS 17); 港区 after it (某会港区) is a port area inside another port, left as it is;
- a joint area named after two of them (重点加快甲江乙山区、…联合区开发: the 甲江 and 乙山 area): two short names
  written together before 区 are one area, one place, not the second name + 区 read as some other province's district
  of that name (鹤山区 is a district of Henan's Hebi, 鹤山 a city of Guangdong's Jiangmen);
- a list of localities written after their county's short name (乙丰下埔、丙河北中): county_localities_zh.
"""

from __future__ import annotations

from pipeline.extract.entities.county_localities_zh import county_localities
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.local_zh import LocalNames
from pipeline.extract.entities.quoted_zh import Match


# 区 opening a word after two short names (台山恩平区域协同发展 'the Taishan-Enping region'): no joint area named 区
_AREA_WORDS = ("区域", "区位", "区间", "区块", "区内", "区外")


def local_places(folded: str, matches: list[Match], local: LocalNames, named: set[str], boundary: set[str]) -> list[Match]:
    """`matches` with the county ports (某会港) and the joint areas of two short names (甲江乙山区) of the named
    prefectures' districts and counties; the matches inside them dropped."""
    rows = [row for parent in sorted(named & set(local.by_parent)) for row in local.by_parent[parent]]
    keys = sorted({key for key, _ in rows})
    matches = county_localities(folded, matches, {k for k in keys if len(k) == 2})  # 乙丰下埔、丙河北中: listed villages
    if not keys or ("港" not in folded and "区" not in folded):
        return matches
    taken = [(m.start, m.end) for m in matches]

    def free(i: int, e: int) -> bool:  # no match crossing the span (a match inside it is replaced)
        return not any(s < e and i < t and not (i <= s and t <= e) for s, t in taken)

    def edge(e: int) -> bool:
        return e >= len(folded) or folded[e] in boundary or not _CJK.match(folded[e])
    added: list[Match] = []
    misread: dict[str, str] = {}  # the entity of a district read inside a joint area → the short name it stands for
    for key in keys:
        for i in _find_all(folded, key + "港"):  # 某会港, not 某会港区
            e = i + len(key) + 1
            if edge(e) and free(i, e):
                added.append(Match(i, e, "", "PLACE", "", "", {"suffix": "1"}))
                taken.append((i, e))
        for i in _find_all(folded, key):  # 甲江 + 乙山 + 区
            j = i + len(key)
            second = next((k for k in keys if folded.startswith(k + "区", j)
                           and not folded.startswith(_AREA_WORDS, j + len(k))), "")  # 甲乙区域协同: no area
            e = j + len(second) + 1
            if second and second != key and free(i, e):
                added.append(Match(i, e, "", "PLACE", "", "", {"suffix": "1"}))
                taken.append((i, e))
                misread.update({m.entity: second for m in matches if m.start == j and m.end == e and m.entity})
    if not added:
        return matches
    kept = [m for m in matches if not any(a.start <= m.start and m.end <= a.end for a in added)]
    for m in kept:  # 鹤山 elsewhere, linked to the other province's 鹤山区 read inside the area: the named city's own
        own = next((f"id:{eid}" for key, eid in rows if key == misread.get(m.entity) and f"id:{eid}" != m.entity), "")
        if own:
            m.entity = own
    return sorted(kept + added, key=lambda m: m.start)


def _find_all(folded: str, key: str) -> list[int]:
    out, i = [], folded.find(key)
    while i >= 0:
        out.append(i)
        i = folded.find(key, i + len(key))
    return out
