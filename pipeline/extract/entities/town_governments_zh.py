"""Folded Chinese text + town bodies → the town's government written bare right after its Party committee
(镇党委、政府; 塘口镇党委政府; 在镇党委和政府的领导下) as that town's people's government.

A town report and a town's news name the town's two leading bodies together and write the town once: 在镇党委、政府的
直接领导下 is the town's Party committee and the town's people's government (the pair 党委政府 is the set phrase for the
two; CPC Constitution art. 30-31 and the Organic Law of Local People's Congresses and Governments, art. 68: a town has
both). The bare 政府 there is the town's government, one mention of it, as 镇政府 is (local_bodies_zh.town_bodies); 政府
before a word that makes it another name (政府办, 政府工作报告) or a post (镇长 is never written so) is left alone. Rules:
entities_zh.json "town_governments_after".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

__all__ = ["governments_after_committees"]


def governments_after_committees(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with the bare 政府 after a town's Party committee added as the town's government."""
    g = rules["town_governments_after"]
    after = re.compile(g["pattern"])
    committee = re.compile(g["committee"])  # 中共某镇委员会: the town in the committee's canonical name
    taken = [(m.start, m.end) for m in matches if m.label]  # an unresolved 政府 (a locale alias: 特区政府) gives way
    added: list[Match] = []
    for m in matches:
        town = committee.fullmatch(str(m.extra.get("canonical_name", ""))) if m.label == "INSTITUTION" else None
        t = after.match(folded, m.end) if town and folded.endswith(tuple(g["committee_ends"]), m.start, m.end) else None
        if t is None or town is None or any(a < t.end(1) and t.start(1) < b for a, b in taken):
            continue
        added.append(Match(t.start(1), t.end(1), "", "INSTITUTION", "", "",
                           {"canonical_name": g["government"].format(town.group(1))}))
        taken.append((t.start(1), t.end(1)))
    spans = {(a.start, a.end) for a in added}
    return sorted([m for m in matches if m.label or (m.start, m.end) not in spans] + added, key=lambda x: x.start)
