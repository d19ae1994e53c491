"""A subdistrict's congress working committee (某某街道人大工委, 街道人大工作委员会): a subdistrict has no people's congress
of its own; its district's congress keeps a working committee there (地方各级人民代表大会和地方各级人民政府组织法, art. 53:
区人大常委会可以在街道设立工作委员会), named by the subdistrict + 人大工委 / 人大工作委员会 — one institution, not a
'subdistrict congress' (某街道人大 is none) and no place inside. Written bare (街道人大工委) it is the committee of the
subdistrict the block names (else a name as written)."""

from __future__ import annotations

import re

from pipeline.extract.entities.quoted_zh import Match

_COMMITTEE = re.compile(r"((?:(?![，。、；：,;:\s（）()“”「」的在和与及])[一-鿿]){0,6}?街道)(?:人大工委|人大工作委员会)")


def subdistrict_committees(folded: str, matches: list[Match]) -> list[Match]:
    """`matches` with each subdistrict's congress working committee made one institution."""
    if not matches or "街道人大" not in folded:
        return matches
    lo = min(m.start for m in matches)
    places = [m for m in matches if m.label == "PLACE" and folded.endswith("街道", m.start, m.end)]
    spans: list[Match] = []
    for c in _COMMITTEE.finditer(folded, lo):
        # 黄埔街道 / 黄埔街道人大 read in the run; its district before it (某区黄埔街道人大工委) is a place of its own
        read = [m for m in matches if c.start(1) <= m.start < c.end(1) - 2 and m.end >= c.end(1)]
        start = read[0].start if read else c.start(1)
        named = folded[start:c.end(1)]
        if named != "街道" and not read or named == "街道" and not places:
            continue  # no subdistrict the scan read there, or (bare) none this block names
        home = named if named != "街道" else next((folded[p.start:p.end] for p in places), "")
        extra = {"canonical_name": f"{home}人大工作委员会"} if home else {}
        spans.append(Match(start, c.end(), "", "INSTITUTION", "", "", extra))
    if not spans:
        return matches
    out = [m for m in matches if not any(s.start < m.end and m.start < s.end for s in spans)]
    return sorted(out + spans, key=lambda m: m.start)
