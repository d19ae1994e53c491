"""Folded Chinese text + the start of an unknown body's name → where the name starts when field nouns joined by 及 /
和 / 、 run on to its head (郊野公園及海岸公園委員會, 教育、科技和人才委員會: one name), for suffix_zh.SuffixNames (`names`:
its joins, stops and word lists). Split from suffix_zh.py (the conjoined start of session 13, unchanged, and the listed
fields of session 18)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.gazetteer_zh import CJK as _CJK


def conjoined_start(names: Any, folded: str, b: int, floor: int, suffix: str = "") -> int:
    """郊野公園及海岸公園委員會: a noun joined by 及 right before an unknown body runs on to the body's head with
    no break, so 及 joins two nouns of one name; the name starts at the first noun (`b` when none). A committee or
    group may list three fields or more (教育、科技和人才委員會): before a listed head, 和 joins too when 、 nouns
    come before the joined one, and they belong to the name."""
    listed = suffix in names.listed_heads
    if not names.conjoined_joins or b - 1 <= floor or folded[b - 1] not in names.conjoined_joins + (
            names.listed_joins if listed else "") or folded[b - 2] in names.conjoined_verbs:
        return b
    k = field_start(names, folded, b - 1, floor)
    if k < 0:
        return b  # 路政署及規劃委員會: a name of its own first; 市民及安老事務委員會: people, then a body
    first = k
    while listed and k - 1 > floor and folded[k - 1] == "、" and (j := field_start(names, folded, k - 1, floor)) >= 0:
        k = j
    if k == first and folded[b - 1] not in names.conjoined_joins:
        return b  # 卫生和计划生育委员会: two fields joined by 和 are a Mainland department's name, departments_zh's
    return k


def field_start(names: Any, folded: str, end: int, floor: int) -> int:
    """Where the field noun ending at `end` starts (-1 if the words there are no field: a name of its own, a
    word for people or bodies, a reference, or too long)."""
    k = names.left_edge(folded, end, floor)
    left = folded[k:end]
    lead = names.lead_length(left)
    k, left = k + lead, left[lead:]
    if not 2 <= len(left) <= names.conjoined_max or not all(_CJK.match(c) for c in left) or \
            names.suffix_at(left, len(left)) or left.endswith(names.conjoined_stops) or \
            any(c in names.references for c in left):
        return -1
    return k
