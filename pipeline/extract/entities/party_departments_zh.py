"""A committee's departments listed with its name written once (汉台区委宣传部、组织部, 市委组织部、宣传部和统战部): each bare
department after the first names the same committee's department (中共某区委员会组织部), one institution each — the
list shares the head written on its first item, as 甲市和乙市公安局 shares its last. The departments and their full names
are those of the committees' templates (entities_zh.json "relative_bodies": 区委组织部 → 中共{}委员会组织部); an item
must end at a list joint or a clause break (组织部门 'the organisation departments' is a kind)."""

from __future__ import annotations

from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.quoted_zh import Match

_HEAD = "中共{}委员会"
_JOINTS = "、和及与"
_AFTER = "、和及与，,。；;：:（(等"
_HEADS_OF = ("负责人", "负责同志", "主要负责")  # X负责人 names X (session 16)


@lru_cache(maxsize=1)
def _departments() -> dict[str, str]:
    """short department name → its full name in a committee's canonical (组织部 → 组织部, 统战部 → 统一战线工作部)."""
    bodies: dict[str, str] = load_json_data("entities_zh.json")["relative_bodies"]
    return {k[2:]: v[len(_HEAD):] for k, v in bodies.items()
            if k.startswith("区委") and len(k) > 2 and v.startswith(_HEAD) and len(v) > len(_HEAD)}


def party_departments(folded: str, matches: list[Match]) -> list[Match]:
    """`matches` plus each bare department listed right after a committee's department (its head shared)."""
    depts = _departments()
    names = sorted(depts, key=len, reverse=True)
    added: list[Match] = []
    taken = {(m.start, m.end) for m in matches}
    for m in matches:
        canon = m.extra.get("canonical_name", "")
        first = next((d for d in names if canon.endswith(depts[d]) and folded.endswith(d, m.start, m.end)), "")
        if m.label != "INSTITUTION" or not first or not canon.startswith("中共"):
            continue
        prefix, pos = canon[:-len(depts[first])], m.end
        while pos < len(folded) and folded[pos] in _JOINTS:
            d = next((d for d in names if folded.startswith(d, pos + 1)), "")
            end = pos + 1 + len(d)
            if not d or end < len(folded) and folded[end] not in _AFTER and not folded.startswith(_HEADS_OF, end) \
                    or (pos + 1, end) in taken:
                break
            added.append(Match(pos + 1, end, "", "INSTITUTION", "", "", {"canonical_name": prefix + depts[d]}))
            pos = end
    if not added:
        return matches
    out = [m for m in matches if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted(out + added, key=lambda m: m.start)
