"""A document's Chinese mentions → the same mentions, where a body no gazetteer knows is written in a contracted form
of a longer name the same text also writes: 工貿委員會 and 工業貿易諮詢委員會, 发改局 and 发展和改革局, 国资委 and
国有资产监督管理委员会 are one body, and the contracted mentions take the long name's id and canonical name.

Chinese contracts a body's name by keeping a character or two of each word and the head (委員會, 局, 委): the short
form's characters stand in the long name in order, the first one first, the head last (委 may contract 委员会). It is
no contraction when the short form's part before the head is a run the long name opens with (公安局 and
公安交通管理局, 市公安局 and 市公安局南山分局: a unit or another bureau of the same field, not the same body), when
that part is a single character (区委 and 区纪委), or when the two are not both institutions. The longer name must be
written in the same document; no name is guessed. Rules: pipeline/data/entities_zh.json "contracted_names"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pipeline.lang import fold
from pipeline.records import EntityMention


def _in_order(short: str, long: str) -> bool:
    """True when every character of `short` stands in `long` in the same order."""
    k = 0
    for c in long:
        if k < len(short) and c == short[k]:
            k += 1
    return k == len(short)


def contraction_of(short: str, long: str, rules: dict[str, Any]) -> bool:
    """True when folded `short` is a contracted form of folded `long` (same first character, same head, the rest in
    order, the part before the head no run `long` opens with)."""
    if len(short) >= len(long) or short[:1] != long[:1] or short in long:
        return False
    heads = [(a, b) for a, b in rules["heads"] if short.endswith(a) and long.endswith(b)]
    if not heads:
        return False
    for a, b in heads:
        core, lcore = short[:len(short) - len(a)], long[:len(long) - len(b)]
        if len(core) >= int(rules["min_core"]) and not lcore.startswith(core) and _in_order(core, lcore):
            return True
    return False


def contracted_names(mentions: list[EntityMention], rules: dict[str, Any]) -> list[EntityMention]:
    """`mentions` with each unknown institution written as a contraction of another institution's name in the same
    document given that one's ids and canonical name (the longest such name; the first written on a tie)."""
    insts = [m for m in mentions if m.label == "INSTITUTION"]
    names: dict[str, EntityMention] = {}
    for m in sorted(insts, key=lambda m: m.start):
        names.setdefault(fold(m.text), m)
    out: list[EntityMention] = []
    for m in mentions:
        if m.label != "INSTITUTION" or m.entity_id or m.gazetteer_id:
            out.append(m)
            continue
        short = fold(m.text)
        longs = [(k, v) for k, v in names.items() if contraction_of(short, k, rules)]
        if not longs:
            out.append(m)
            continue
        _, full = max(longs, key=lambda kv: (len(kv[0]), -kv[1].start))
        out.append(replace(m, entity_id=full.entity_id, gazetteer_id=full.gazetteer_id, canonical=full.canonical,
                           type=full.type, country_code=full.country_code, acronym=full.acronym))
    return out
