"""Folded Chinese text + place matches → a known place read without the first of two opposite compass points.

Two opposite compass points written right after a place (新界東西, 港島南北, 貫通香港東西) span it from one side to
the other ('across the New Territories from east to west'); they name no part of it. A gazetteer name that ends in a
compass point (新界東, 港島南) then holds the first of the pair: the place is the name without it (新界), when that is
a known place, and the mention is that place (DECISIONS 24 reads 屯門西 as 屯門; here no side is meant at all).
Rules are data (pipeline/data/entities_zh.json, "compass_places": "opposite_pairs").
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match


def paired_compass(folded: str, matches: list[Match], place_id: Callable[[str], str], rules: dict[str, Any]
                   ) -> list[Match]:
    """`matches` with each place that swallowed the first of an opposite compass pair (新界東 + 西) read as the
    known place before it (新界); `place_id` gives a folded name's place id ('' when none)."""
    pairs = tuple(rules.get("opposite_pairs", ()))
    out = []
    for m in matches:
        if m.label == "PLACE" and m.end - m.start >= 3 and folded.startswith(pairs, m.end - 1):
            short = folded[m.start:m.end - 1]
            eid = place_id(short)
            if eid:
                m = Match(m.start, m.end - 1, f"id:{eid}", "PLACE", short, m.special, dict(m.extra))
        out.append(m)
    return out
