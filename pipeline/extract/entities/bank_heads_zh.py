"""A bank's short name glued before the branch it names (建行上海长三角支行, 工行佛山南海支行, 农行某某示范区支行): the
short names 工行 / 农行 / 建行 / 中行 / 交行 / 国开行 / 农发行 are read between boundaries only (they sit inside
other words: 集中行动), but written with no break before a place + a sub-branch's name, or before a branch's name the
scan read whole (上海长三角一体化示范区支行), they open that branch's name: one body, the bank's branch there (the
session-26 ruling: bank + city + the area its sub-branch serves + 支行 is one body); the place inside is no mention.
Rules: entities_zh.json "bracketed_bodies" (bank_heads, bank_subbranch_tail)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_BRANCH_ENDS = ("支行", "分行", "营业部", "分理处")


def glued_bank_heads(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with a short bank name written right before its branch made part of the branch's one name."""
    shorts = tuple(h for h in rules["bank_heads"] if h != "银行")
    sub = re.compile(rules.get("bank_subbranch_tail", "(?!)"))
    out: list[Match] = []
    skip_to = -1
    for i, m in enumerate(matches):
        if m.start < skip_to:
            continue
        head = next((h for h in shorts if folded.endswith(h, 0, m.start)), "")
        covered = bool(out) and out[-1].end > m.start - len(head)
        if not head or covered:
            out.append(m)
            continue
        s = m.start - len(head)
        if m.label == "INSTITUTION" and not m.entity and folded.endswith(_BRANCH_ENDS, m.start, m.end):
            out.append(Match(s, m.end, "", "INSTITUTION", "", "", {"branch": "1"}))  # 建行 + 上海…示范区支行
            continue
        t = sub.match(folded, m.end) if m.label == "PLACE" else None
        if t is not None:  # 建行 + 上海 + 长三角支行
            out.append(Match(s, t.end(), "", "INSTITUTION", "", "", {"branch": "1"}))
            skip_to = t.end()
            continue
        out.append(m)
    return out
