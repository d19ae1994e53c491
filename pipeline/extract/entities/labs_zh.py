"""Folded Chinese text + name matches → provincial laboratories: a field's name + a province + 省实验室
(广州再生医学与健康广东省实验室, 南方海洋科学与工程广东省实验室(珠海)) is one laboratory; the province + 省实验室
alone (首批4家广东省实验室) is the kind of laboratory a province designates, no one body.

A province names its laboratories by the city or field, then the province and 省实验室, and a host city of a
branch in brackets after it; the place inside is no place mention of its own (GUIDELINES-zh 11). Written with
no field before it, or after a count or a batch (首批, 4家), the phrase is the designation, like 国家重点实验室
(DECISIONS-zh 25: categories are not listed). Rules: entities_zh.json "provincial_labs".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.quoted_zh import Match

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def provincial_labs(folded: str, start: int, end: int, matches: list[Match], place_of: Any,
                    boundary: set[str], rules: dict[str, Any]) -> list[Match]:
    """`matches` with every named provincial laboratory made one institution and every bare designation dropped.

    `place_of(key)` gives the place entry a folded alias names (None if none)."""
    lab = rules["provincial_labs"]
    inner, stops = set(lab["inner_joins"]), tuple(lab["left_stops"])
    generic = re.compile(lab["generic_body"])
    spans: list[tuple[int, int, bool, tuple[int, int] | None]] = []
    made: list[Match] = []
    for h in re.finditer(lab["head"], folded[:end]):
        if h.start() < start:
            continue
        prov = next((k for k in range(4, 1, -1) if h.start() - k >= start and _is_province(
            place_of(folded[h.start() - k:h.start()]), lab)), 0)
        i = h.start() - prov
        listed = _listed_fields(folded, start, i, boundary, inner, stops) if prov else []
        if listed:  # 甲、乙、丙3家广东省实验室: each field names its own laboratory (a shared head)
            head = folded[i:h.end()]
            made += [Match(a, b, "", "INSTITUTION", "", "", {"lab": "1", "canonical_name": folded[a:b] + head})
                     for a, b in listed]
        j = i
        while j > start and _CJK.match(folded[j - 1]) and (folded[j - 1] not in boundary or folded[j - 1] in inner) \
                and i - j < int(lab["max_body"]):
            j -= 1
        body = folded[j:i]
        cut = max((body.rfind(v) + len(v) for v in stops if v in body), default=0)
        while cut < len(body) and body[cut] in inner:
            cut += 1
        body = body[cut:]
        stop = h.end()
        b = re.match(r"[（(]([\u4e00-\u9fff]{2,4})[）)]", folded[stop:end])
        if b and place_of(b.group(1)) is not None:
            stop += b.end()
        named = len(body) >= 2 and not generic.search(body)
        if prov or not named:  # 首批省实验室: no province, a batch: the designation; 某某省实验室: not one of these
            spans.append((i - len(body), stop, named, (i, h.start()) if prov else None))
    if not spans:
        return matches
    matches = [m for m in matches if not any(a.start <= m.start < a.end for a in made)] + made
    out = [m for m in matches if not any(s <= m.start < e and named or m.start < s < m.end and named or
                                         m.label == "INSTITUTION" and m.start < e and s < m.end and not named
                                         for s, e, named, _ in spans)]
    out += [Match(s, e, "", "INSTITUTION", "", "", {"lab": "1"}) for s, e, named, _ in spans if named]
    kept = {(m.start, m.end) for m in out}  # 4家广东省实验室: the province stays a place mention
    for _, _, named, p in spans:
        entry = place_of(folded[p[0]:p[1]]) if p and not named and p not in kept else None
        if p and entry is not None:
            out.append(Match(p[0], p[1], f"id:{entry.id}", "PLACE", folded[p[0]:p[1]]))
    return sorted(out, key=lambda m: m.start)


def _listed_fields(folded: str, start: int, i: int, boundary: set[str], inner: set[str], stops: tuple[str, ...]
                   ) -> list[tuple[int, int]]:
    """The fields listed with 、 before a count of laboratories ending at `i` (甲、乙、丙3家), if as many as counted."""
    count = re.search(r"([0-9]|[一二两三四五六七八九十])家$", folded[start:i])
    if count is None:
        return []
    wanted = int(count.group(1)) if count.group(1).isdigit() else "一二三四五六七八九十".find(count.group(1)) + 1 or 2
    out: list[tuple[int, int]] = []
    b = start + count.start()
    while True:
        a = b
        while a > start and _CJK.match(folded[a - 1]) and (folded[a - 1] not in boundary or folded[a - 1] in inner):
            a -= 1
        item = folded[a:b]
        cut = max((item.rfind(v) + len(v) for v in stops if v in item), default=0)
        a += cut
        if b - a < 2:
            return []
        out.append((a, b))
        if cut or a <= start or folded[a - 1] != "、":
            break
        b = a - 1
    return sorted(out) if len(out) == wanted else []


def _is_province(entry: Entry | None, lab: dict[str, Any]) -> bool:
    return entry is not None and entry.type in lab["province_types"]
