"""Folded Chinese text → working departments written with no division and no level (政府办、督查室、市场监督局、规划局
以及相关街道负责人; 社会事业局负责人) as institutions, each as written.

A district's, county's or zone's own news names its departments bare when its head inspects a site with them (区长某某、
副区长某某, 政府办、文明办、综合执法局、规划局、环卫处以及相关街道负责人来到现场): the level is the head's, written once
before, or not at all. A department name (the stems and heads of "division_departments": 规划局, 市场监督局, 综合执法局)
or one of the offices a government or Party committee keeps (政府办, 文明办, 督查室, 宣传部: "department_lists" words) is
then that body, named as written (the session-10 ruling for a bare 市X局 in a text that never names its city, extended
to level-less names; the division is not guessed). Read only where the writing shows a body, not a kind:
- two or more such names joined by 、 / 和 / 及 / 以及, the first after punctuation other than 、, a boundary word or the
  start of the block (各地财政局、税务局: 地 is no boundary, a kind of body in every place, no row; 下设办公室、组织部、
  宣传部: a list begun before, by an item no department, is not read from its middle);
- one such name before its 负责人 / 负责同志 (X负责人 names X: README rulings of session 11; 负责人员 is 负责 + 人员);
  no run before a head that a modal of duty follows (负责人应当参加培训: a rule about a kind of office-holder).
The last name of a run ends before punctuation, a boundary word or one of the "after" words (以及相关, 负责人, 等单位);
a name another rule holds (a leveled department, a gazetteer body) is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["unlevelled_departments"]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def unlevelled_departments(folded: str, start: int, end: int, taken: list[tuple[int, int]],
                           word_at: Callable[[str, int, bool], str], rules: dict[str, Any],
                           boundary: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each level-less department of a run (two or more joined) or before its 负责人."""
    dl = rules["department_lists"]
    words = sorted(dl["words"], key=len, reverse=True)
    joins = tuple(sorted(dl["joins"], key=len, reverse=True))
    after = tuple(dl["after"])
    heads = tuple(dl["head_after"])

    def crosses(i: int, j: int) -> bool:  # a match across the name's edge (one inside it, 政府 in 政府办, gives way)
        return any(s < j and i < e and not (i <= s and e <= j and (s, e) != (i, j)) for s, e in taken)

    def name_at(i: int) -> str:
        if i >= end:
            return ""
        w = word_at(folded, i, True) or next((x for x in words if folded.startswith(x, i)), "")
        return w if w and i + len(w) <= end and not crosses(i, i + len(w)) else ""

    def is_head(j: int) -> bool:  # 规划局负责人员培训: 负责 + 人员, the bureau's duty, no 负责人
        h = next((x for x in heads if folded.startswith(x, j)), "")
        return bool(h) and not folded.startswith(tuple(dl["head_not_before"]), j + len(h))

    def normative(j: int) -> bool:  # 宣传部和组织部负责人应当参加培训: a rule for a kind of office-holder, no body
        h = next((x for x in heads if folded.startswith(x, j)), "")
        return bool(h) and folded.startswith(tuple(dl["head_modals"]), j + len(h))

    def ends_well(j: int) -> bool:
        if j >= end:
            return True
        ch = folded[j]
        return not _CJK.match(ch) or ch in boundary or folded.startswith(after, j)

    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        if i > start and (_CJK.match(folded[i - 1]) and folded[i - 1] not in boundary or folded[i - 1] in dl["not_after"]):
            i += 1  # 下设办公室、组织部: a run opens no list after its 、 (the list's first item is no department)
            continue
        w = name_at(i)
        if not w:
            i += 1
            continue
        run = [(i, i + len(w))]
        j = i + len(w)
        while True:
            jn = next((x for x in joins if folded.startswith(x, j)), "")
            nxt = name_at(j + len(jn)) if jn else ""
            if not nxt:
                break
            run.append((j + len(jn), j + len(jn) + len(nxt)))
            j += len(jn) + len(nxt)
        if ends_well(j) and (len(run) >= 2 or is_head(j)) and not normative(j) and \
                not any(i <= s and e <= j and (s, e) not in run and not any(a <= s and e <= b for a, b in run)
                        for s, e in taken):  # a body held whole by a rule between the names: no run of bare names
            out += run
        i = j
    return out
