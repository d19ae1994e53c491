"""Folded Chinese text + matches → a port's terminal written with its port and port area, one place.

A terminal written with the port and the port area it lies in (甲港乙港区丙码头) is one place, the longest span, named
by the terminal: the reading of session 19's forecast gold, as DECISIONS 24 makes one name of a site located within a
place; the port written alone elsewhere stays a place of its own, and a port with its port area only (甲港乙港区) is
left as it was (an open ruling). A port right before a route's word (某某高速某港支线, 某港进港公路) names the road, no
mention of the port (`port_routes`, DECISIONS 20).
"""

from __future__ import annotations

import re

from pipeline.extract.entities.quoted_zh import Match

_AREA = re.compile(r"[\u4e00-\u9fff]{2,4}?港区")
_TERMINALS = ("码头", "作业区")


def port_chains(folded: str, matches: list[Match]) -> list[Match]:
    """`matches` with a port + a port area + a terminal (甲港乙港区丙码头) joined into one place named by the terminal."""
    if "港区" not in folded:
        return matches
    starts = {m.start: m for m in matches if m.label == "PLACE"}
    drop: set[int] = set()
    chains: list[Match] = []
    for m in matches:
        if m.label != "PLACE" or not folded.endswith("港", m.start, m.end):
            continue
        area = _AREA.match(folded, m.end)
        term = starts.get(area.end()) if area else None
        if term is None or not folded.endswith(_TERMINALS, term.start, term.end):
            continue
        if not term.entity:  # an unknown terminal keeps its own name as the canonical one
            term.extra = {**term.extra, "canonical_name": term.extra.get("canonical_name", folded[term.start:term.end])}
        drop.add(id(m))
        term.start = m.start
        chains.append(term)
    return [m for m in matches if id(m) not in drop and not any(  # 新会 inside 新会港区: part of the chain
        t.start <= m.start and m.end <= t.end and m is not t for t in chains)]


def port_routes(folded: str, matches: list[Match], words: tuple[str, ...], bare: dict | None = None) -> list[Match]:
    """`matches` without the ports written right before a route's word that makes them its end (某某高速某港支线: the
    expressway's branch to the port, a road, DECISIONS 20; 某港进港公路): the port there names the road, no mention.
    A bare 支线 (`bare`) ends a road only after a road word in its clause and before no shipping word (广州港支线航线)."""
    if not words:
        return matches
    longest = tuple(sorted(words, key=len, reverse=True))
    bare = bare or {}

    def route_end(m: Match) -> bool:
        word = next((w for w in longest if folded.startswith(w, m.end)), "")
        if not word or word != bare.get("word"):
            return bool(word)
        if folded.startswith(tuple(bare["not_before"]), m.end + len(word)):
            return False
        clause = re.split(f"[{re.escape(bare['clause_ends'])}]", folded[max(0, m.start - 24):m.start])[-1]
        return any(r in clause for r in bare["road_words"])

    return [m for m in matches if not (m.label == "PLACE" and folded.endswith("港", m.start, m.end) and route_end(m))]
