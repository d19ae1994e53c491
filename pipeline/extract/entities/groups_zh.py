"""Folded Chinese text + name matches → leading groups and command posts named by their task (广东省推进粤港澳
大湾区国际科技创新中心建设领导小组, 制造强省建设领导小组): one institution, however long the name.

A Mainland government names a leading group (领导小组) or a command post (指挥部) after the task it leads, a
clause of its own that may hold places, verbs and other names, so neither the 14-character limit of a name
extension nor the no-verb rule of an unknown suffix name fits it. The name starts after a boundary or a
setting-up verb (成立, 设立, 组建 …) and ends with the head; the places inside it are no mentions (GUIDELINES-zh
11). A bare head (领导小组日常工作) refers back, a body opened by a preposition (按程序报领导小组) or written in one
verb (建设领导小组, the tail of a broken line) names nothing, a preposition of agency right before a known name
opens the group's name there (完成早前經粵港澳大灣區建設領導小組審議的…: 'reviewed through the group'; 經濟 is no preposition,
as no known name follows it), a head before its leader's title (领导小组组长)
is a post, and one before 会议 is the group's meeting, an event (…领导小组会议审议: as 国务院常务会议). A task joined
by 和 does not reach back over a complete name, a meeting or another group (省政府常务会议和…领导小组会议, 巡察领导小组和
乡村振兴领导小组: two groups, the second opening after 和). Rules are data: entities_zh.json "leading_groups".
"""

from __future__ import annotations

import re

from typing import Any

from pipeline.extract.entities.gazetteer_zh import CJK
from pipeline.extract.entities.quoted_zh import Match


def leading_groups(folded: str, start: int, end: int, matches: list[Match], rules: dict[str, Any],
                   boundary: set[str], lead_singles: set[str], verbs: set[str]) -> list[Match]:
    """The block's matches with each named leading group as one institution (the matches inside it dropped)."""
    lg = rules["leading_groups"]
    heads = sorted(lg["heads"], key=len, reverse=True)
    ends = tuple(rules["complete_name_ends"])
    stops = ends + tuple(lg["inner_stops"]) + tuple(heads)  # 巡察领导小组和乡村振兴领导小组: two groups, no joined one
    found: list[tuple[int, int]] = []
    offices = tuple(lg.get("office_after", ()))  # 某领导小组办公室: the group's standing office, a body of its own
    office_posts = tuple(lg.get("office_posts", ()))
    named: dict[int, str] = {}  # a bare 领导小组办公室 after a named group: that group's office
    i = start
    while i < end:
        head = next((h for h in heads if folded.startswith(h, i) and i + len(h) <= end), "")
        if not head:
            i += 1
            continue
        e = i + len(head)
        b = i
        while b > start and (CJK.match(folded[b - 1]) and (folded[b - 1] not in boundary or folded[b - 1] in lg["inner"]) or
                             _quoted_end(folded, start, b)) \
                and i - b < lg["max_body"] and not (folded[b - 1] in lg["inner"] and folded.endswith(stops, start, b - 1)):
            b -= 1  # 绿色发展和生态保护修复工作: a task may join two; 省政府常务会议和…领导小组: a name or a meeting, then 和
        run = folded[b:i]
        cut = max((run.rfind(v) + len(v) for v in lg["setup_verbs"] + lg["open_verbs"] if v in run), default=0)
        cut = max([cut] + [run.rfind(p) + len(p) for p in lg["open_preps"] if p in run and  # 省商务厅以…: a body acts
                           run[:run.rfind(p)].endswith(ends)])  # 以水兴城建设指挥部: 以 opens the group's task
        cut = max([cut] + [m.start - b for m in matches if b < m.start <= i and m.label and  # 經粵港澳大灣區…領導小組審議
                           folded.endswith(tuple(lg["agent_preps"]), b, m.start)])  # 經 'through' opens the agent
        body = run[cut:]
        office = next((w for w in offices if folded.startswith(w, e) and e + len(w) <= end), "")
        if office and folded.startswith(office_posts, e + len(office)):
            i = e + len(office)  # 领导小组办公室主任: the office's post, no mention
            continue
        if office and not body and (b == start or folded[b - 1] in boundary) and (found or folded.rfind(head, 0, b) >= 0):
            s0, e0 = found[-1] if found else (b, b)  # 成立某某领导小组……领导小组办公室设在…: the office of the group named before
            found.append((i, e + len(office)))
            named[i] = folded[s0:e0] + office if folded.endswith(head, s0, e0) else ""
            i = e + len(office)
            continue
        if len(body) >= 2 and (body[0] not in lead_singles or body.startswith(tuple(lg["open_preps"]))) and body not in verbs and \
                not folded.startswith(tuple(lg["posts_after"] + lg["mechanism_after"]), e) and \
                not re.match(lg["counted"], body) and not _long_before_quote(body) and \
                not any(m.label == "INSTITUTION" and m.start <= b + cut and e <= m.end and (m.start, m.end) != (b + cut, e)
                        for m in matches) and \
                not (b > start and CJK.match(folded[b - 1]) and (folded[b - 1] not in boundary or folded[b - 1] in lg["inner"])
                     and not cut and not (folded[b - 1] in lg["inner"] and folded.endswith(stops, start, b - 1))):
            found.append((b + cut, e + len(office)))
            e += len(office)
        i = e
    if not found:
        return matches
    # a match that ends inside a group is part of it, or crosses into it (和县 over 和 + 县安全生产领导小组)
    out = [m for m in matches if not any(s < m.end <= e for s, e in found)]
    out += [Match(s, e, "", "INSTITUTION", "", "", {"canonical_name": named[s]} if named.get(s) else {}) for s, e in found]
    return sorted(out, key=lambda m: m.start)


_QUOTES = {"”": "“", "」": "「"}


def _quoted_end(folded: str, start: int, b: int) -> bool:
    """市“百千万工程”指挥部: a campaign in quotes inside a group's task (the quote closed right there, opened within 12
    characters before it); the walk back goes on through it."""
    ch = folded[b - 1]
    if ch in _QUOTES.values():
        return True  # the opening quote of a campaign the walk has passed through
    return ch in _QUOTES and folded.rfind(_QUOTES[ch], max(start, b - 13), b - 1) >= 0


def _long_before_quote(body: str) -> bool:
    """Only a division or its level (市, 某某县) or nothing stands before a quoted campaign in a group's name
    (市“某某工程”指挥部); other words before the quote are a clause (他说“…”)."""
    q = min((body.find(c) for c in _QUOTES.values() if c in body), default=-1)
    return q > 0 and body[q - 1] not in "省市县区镇乡"
