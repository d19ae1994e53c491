"""Entity candidates → places whose cleaned name a gazetteer already knows, linked to that entry.

A name read around a bracketed short form ('Hung Shui Kiu/Ha Tsuen (HSK/HT) NDA' → 'Hung Shui Kiu/Ha Tsuen NDA')
gets a synthetic id, although its cleaned form is a gazetteer alias; the same place then shows up twice in a
document's table. Such a candidate takes the gazetteer entry of its cleaned name.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.spans import Cand


def known_places(cands: list[Cand], known: Container[str], whole_entry: Callable[[str], Any],
                 from_entry: Callable[..., Cand]) -> list[Cand]:
    """Each place candidate no gazetteer id names whose canonical name is exactly a gazetteer place's name."""
    out = []
    for c in cands:
        entry = whole_entry(c.canonical) if c.label == "PLACE" and c.entity_id not in known else None
        if entry is not None and entry.table == "place":
            c = replace(from_entry(c.start, c.end, entry, c.method), confidence=c.confidence)
        out.append(c)
    return out
