"""Folded Chinese text + a Mainland text's matches → a Hong Kong place name read inside a longer Mainland settlement's
name given back to that settlement (九龙镇, 屋厦村).

A Mainland county's towns and villages often bear a Hong Kong place's name or end in one: a 九龙镇 (Kowloon's name
+ the town's level character), a 屋厦村 in a list of villages (厦村 is Ha Tsuen). Hong Kong has no 镇 or 乡, so in a
Mainland text a Hong Kong name glued to a following 镇 / 乡 is a Mainland town of that name, and a Hong Kong village
(…村) glued to one to three characters that open a list item (、屋厦村、) is the longer village. Either is an unknown
place as written (the township table may lack a town a recent merger made). 乡 opening a word (乡亲, 乡郊, 乡事委员会:
"level_not_before") is no level, and a clause verb before the village (走进厦村) is no part of a name. Rules: entities_zh.json "hk_glued".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs
from pipeline.extract.entities.quoted_zh import Match

_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def hk_glued(folded: str, matches: list[Match], hk_owned: set[str], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each Hong Kong name glued inside a Mainland town's or village's name replaced by that name."""
    if not rules:
        return matches
    levels, heads, marks = str(rules["levels_after"]), tuple(rules["village_heads"]), str(rules["list_marks"])
    reach, stops = int(rules["max_before"]), str(rules["not_in_before"])
    out: list[Match] = []
    for m in matches:
        taken = [n for n in matches if n is not m]
        span = None
        if m.label == "PLACE" and m.entity.startswith("id:") and m.alias in hk_owned:
            if m.end < len(folded) and folded[m.end] in levels and not any(n.start <= m.end < n.end for n in taken) \
                    and folded[m.end + 1:m.end + 2] not in (rules.get("level_not_before", {}).get(folded[m.end]) or "\0"):
                span = (m.start, m.end + 1)  # 九龙镇: the town, no Kowloon
            elif folded.endswith(heads, m.start, m.end):
                s = m.start
                while s > 0 and m.start - s < reach and _CJK.match(folded[s - 1]) and folded[s - 1] not in stops:
                    s -= 1
                if s < m.start and (s == 0 or folded[s - 1] in marks) and \
                        (m.end >= len(folded) or folded[m.end] in marks or folded[m.end] in "等和及与") and \
                        not any(n.start < m.start and s < n.end for n in taken) and \
                        not clause_end(folded[s:m.start], clause_verbs("zh_clause_verbs.json")):  # 走进厦村: a verb
                    span = (s, m.end)  # 、屋厦村、: the list's village, no Ha Tsuen
        out.append(m if span is None else Match(span[0], span[1], "", "PLACE", "", "", {"hk_glued": "1"}))
    return out
