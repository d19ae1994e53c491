"""Folded Chinese text + name matches → named centres that the sentence presents as bodies (DECISIONS-zh 17).

A centre (中心) is a facility or a kind as often as a body, so the name alone decides nothing; the verb does. A named
centre that is set up (成立 某某中心), that settles somewhere or is unveiled (某某中心落户 / 揭牌 / 挂牌) is an organisation
founded there, an institution; so is the branch written after it (某某中心某市分中心) and a second centre coordinated
with the first (成立甲中心和乙中心). Kinds stay none: a name made only of a level and a generic head (服务中心, 该中心) or
holding a count (3个…中心). Rules: entities_zh.json "acting_centres".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_BUILT: dict[int, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def _patterns(q: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    if id(q) not in _BUILT:
        _BUILT.clear()
        name = rf"[一-鿿]{{{q['min_body']},{q['max_body']}}}?{q['head']}"
        _BUILT[id(q)] = (re.compile(rf"(?:{'|'.join(q['verbs_before'])})(?P<name>{name})"),
                         re.compile(rf"(?P<name>{name})(?=(?:{'|'.join(q['verbs_after'])}))"),
                         re.compile(rf"(?:{'|'.join(q['joins'])})(?P<name>{name})"))
    return _BUILT[id(q)]


def acting_centres(folded: str, start: int, end: int, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with the centres set up, settled or unveiled in folded[start:end] (no crossing of a known body)."""
    q = rules["acting_centres"]
    before, after, joined = _patterns(q)
    spans: list[tuple[int, int]] = []
    for pat in (before, after):
        for hit in pat.finditer(folded, start, end):
            s, e = hit.span("name")
            if pat is after:
                s = max(s, _clause_start(folded, s, e, q))
            e = _branch_end(folded, e, q)
            spans.append((s, e))
            nxt = joined.match(folded, e)  # 成立甲中心和乙中心
            if nxt is not None and pat is before:
                spans.append((nxt.start("name"), _branch_end(folded, nxt.end("name"), q)))
    out = list(matches)
    for s, e in spans:
        name = folded[s:e]
        if name.startswith(tuple(q["not_starts"])) or re.search(q["not_inside"], name) or \
                len(name) - len(q["head"]) < int(q["min_body"]):
            continue
        inner = [m for m in out if s <= m.start and m.end <= e]
        if any(m.label == "INSTITUTION" for m in inner) or any(m.start < e and s < m.end and m not in inner for m in out):
            continue
        out = [m for m in out if m not in inner]  # 某市分中心: the place inside the branch's name is no mention
        out.append(Match(s, e, "", "INSTITUTION", "", "", {"centre": "1"}))
    return sorted(out, key=lambda m: m.start)


def _branch_end(folded: str, e: int, q: dict[str, Any]) -> int:
    """某某中心 + 某市分中心: the branch named right after the centre ends the name."""
    hit = re.compile(q["branch"]).match(folded, e)
    return hit.end() if hit else e


def _clause_start(folded: str, s: int, e: int, q: dict[str, Any]) -> int:
    """The name before 落户 starts after the clause's last stop or verb (累计营造…,国际某某中心落户)."""
    cut = max((folded.rfind(w, s, e) + len(w) for w in q["clause_words"] if folded.rfind(w, s, e) >= 0), default=s)
    return cut if e - cut > len(q["head"]) + 1 else s
