"""Folded Chinese text + name matches → body names that carry a bracket: a body's arm in a place (愛德基金會(香港),
世界宣明會（澳門）) and a company named with its group in brackets (马钢（集团）控股有限公司).

Chinese names a body's regional arm by its parent's name and the place in brackets, and a company formed from
a group by writing 集团 in brackets inside its name; either way the bracket is part of one name, and the
place in it is no place mention (GUIDELINES-zh 11). A bracket after a name that holds no known place is a
definition or a note (香港特別行政區政府（特區政府）), not part of the name. Rules: entities_zh.json "bracketed_bodies".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BRACKET = re.compile(rf"[（(]([{_CJK}]{{2,8}})[）)]")


def bracketed_bodies(folded: str, start: int, end: int, matches: list[Match], place_of: Any, boundary: set[str],
                     verbs: list[str], rules: dict[str, Any]) -> list[Match]:
    """The block's matches with bracketed arms and group companies made one institution each.

    `place_of(key)` is true when the folded `key` is a known place's alias."""
    spans: list[Match] = []
    for m in matches:
        b = _BRACKET.match(folded, m.end) if m.label == "INSTITUTION" and m.end < end else None
        if b and b.end() <= end and place_of(b.group(1)):
            spans.append(Match(m.start, b.end(), "", "INSTITUTION", "", "", {"branch": "1"}))
    group = re.compile(rf"([{_CJK}]{{2,{int(rules['max_before'])}}})[（(](?:{rules['inner']})[）)]"
                       rf"([{_CJK}]{{0,{int(rules['max_after'])}}}?(?:{'|'.join(rules['company_suffixes'])}))")
    for g in group.finditer(folded, start, end):
        head = g.group(1)
        cut = max((i + 1 for i, c in enumerate(head) if c in boundary), default=0)
        cut = max([cut] + [head.rfind(v) + len(v) for v in verbs if v in head[cut:]])
        s = g.start(1) + cut
        if s < g.start(1) + len(head) - 1:
            spans.append(Match(s, g.end(2), "", "INSTITUTION", "", "", {"group": "1"}))
    if not spans:
        return matches
    out = [m for m in matches if not any(sp.start <= m.start and m.end <= sp.end for sp in spans)]
    out = [m for m in out if not any(sp.start < m.end and m.start < sp.end for sp in spans)]
    return sorted(out + spans, key=lambda m: m.start)
