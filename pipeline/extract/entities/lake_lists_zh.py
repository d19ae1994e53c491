"""Folded Chinese text + a document's matches → lakes a local text lists side by side (某某湖、某湖).

A district report names its lakes in a list: 白某湖、南某湖 ('the two lakes'), 甲湖、乙湖和丙湖. One such name alone is
as often a word (江湖, 河湖, 湖区) or a place written with a verb glued on, but two or more names ending in 湖 joined by
、 / 和 / 及, each of one to three characters before 湖, are lakes: the list says each item is of the kind the others
are. The first item starts after a boundary, a known name or the clause's verb (SuffixNames.left_edge); an item that is
a generic word (江湖, 河湖, 湖泊: "not_names") or opens with a determiner or numeral (两湖, 该湖) stops the list, and a
name found there stays. Rules: entities_zh.json "lake_lists".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def lake_lists(folded: str, matches: list[Match], rules: dict[str, Any], names: Any) -> list[Match]:
    """`matches` with the lakes of each list of two or more lake names (see the module)."""
    if not rules or names is None:
        return matches
    head, body = str(rules["head"]), int(rules["max_body"])
    joiners, not_names, not_first = str(rules["joiners"]), set(rules["not_names"]), str(rules["not_first"])
    item = re.compile(f"[{_CJK}]{{1,{body}}}{re.escape(head)}")
    new: list[Match] = []
    for run in re.finditer(f"[{_CJK}、和及]+", folded):
        parts, pos = [], run.start()
        for piece in re.split(f"([{re.escape(joiners)}])", run.group()):
            if piece and piece not in joiners:
                parts.append((pos, piece))
            pos += len(piece)
        if len(parts) < 2:
            continue
        first_at, first = parts[0]
        e = first_at + len(first)
        if first.endswith(head):  # the first item's name starts after the clause's verb or a known name
            floor = max([first_at] + [m.end for m in matches if first_at <= m.end < e])
            s = names.left_edge(folded, e - 1, floor)
            parts[0] = (s, folded[s:e])
        last_at, last = parts[-1]
        if not item.fullmatch(last) and (k := re.match(f"[{_CJK}]{{1,{body}}}?{re.escape(head)}", last)):
            parts[-1] = (last_at, k.group())  # 甲湖、乙湖建设 / 乙湖等: the list ends at the last lake
        lakes = [(p, it) for p, it in parts if item.fullmatch(it) and it not in not_names and it[0] not in not_first]
        if len(lakes) < 2 or len(lakes) != len(parts):
            continue
        for p, it in lakes:
            if not any(m.start < p + len(it) and p < m.end for m in matches + new):
                new.append(Match(p, p + len(it), "", "PLACE", "", "", {"lake_list": "1"}))
    return sorted(matches + new, key=lambda m: m.start) if new else matches
