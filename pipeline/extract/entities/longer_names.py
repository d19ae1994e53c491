"""Text + candidates → candidates where a piece of a name the document writes in full elsewhere is that name: the
model may cut one mention of a name short ('St Luke' before "'s Hospital Charity Dinner" in a speech's title, 'General
Hospital' after a founder's name it read as a person) while it reads the same words whole elsewhere in the text. A
name of two or more words written again in the text is one mention there, of the same entity, when the candidates
inside that writing lie wholly within it (one writer, one name: issue 14, 'names cut short'); a candidate that runs
across its edge keeps its own reading."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract.entities.spans import Cand


def within_longer_names(text: str, cands: list[Cand]) -> list[Cand]:
    names: dict[str, Cand] = {}
    for c in cands:
        surface = text[c.start:c.end]
        if c.label is not None and c.entity_id and len(surface.split()) >= 2 and "\n" not in surface:
            names.setdefault(surface, c)
    if not names:
        return cands
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    out = list(cands)
    index = _Starts(out)
    for m in pattern.finditer(text):
        s, e = m.span()
        near = index.overlapping(s, e)
        if not near or any(c.start <= s and e <= c.end for c in near):
            continue  # nothing read here, or already read whole (or inside a longer name)
        if any(c.start < s or e < c.end or c.label is None for c in near):
            continue  # a candidate across the edge keeps its own reading (and a programme's words block)
        whole = names[m.group()]
        out = [c for c in out if c not in near] + [replace(whole, start=s, end=e, method="rule",
                                                           confidence=min(whole.confidence, 0.8))]
        index = _Starts(out)
    return sorted(out, key=lambda c: (c.start, c.end)) if out != cands else cands


class _Starts:
    """The candidates by start, to find those overlapping a span by bisection (not by a pass over all of them for
    every writing of a name: a long document has hundreds of both)."""

    def __init__(self, cands: list[Cand]) -> None:
        self.cands = sorted(cands, key=lambda c: c.start)
        self.starts = [c.start for c in self.cands]
        self.longest = max((c.end - c.start for c in cands), default=0)

    def overlapping(self, s: int, e: int) -> list[Cand]:
        """The candidates c with c.start < e and s < c.end (each starts after s - longest)."""
        lo = bisect_left(self.starts, s - self.longest + 1)
        hi = bisect_left(self.starts, e)
        return [c for c in self.cands[lo:hi] if s < c.end]
