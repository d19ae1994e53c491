"""Place and institution records of every document → one `Entity` per distinct canonical entity (entities.csv)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from pipeline.records import DocumentResult, Entity, Institution, Place


def entity_records(results: Iterable[DocumentResult]) -> list[Entity]:
    """Group mentions by (table, entity id): the most used canonical and type, every surface form seen,
    how many mentions and documents. Rows are sorted by table, canonical and id (deterministic)."""
    groups: dict[tuple[str, str], list[tuple[str, Place | Institution]]] = {}
    for r in results:
        if r.document.status != "ok":
            continue
        for table, records in (("place", r.places), ("institution", r.institutions)):
            for rec in records:
                key = (table, rec.entity_id or f"{table}:{rec.canonical.lower()}")
                groups.setdefault(key, []).append((r.document.doc_id, rec))
    out = []
    for (table, eid), members in groups.items():
        canonical = most_common(rec.canonical for _, rec in members)
        types = [rec.place_type if isinstance(rec, Place) else rec.institution_type for _, rec in members]
        aliases = sorted({re.sub(r"\s+", " ", rec.text).strip() for _, rec in members})
        out.append(Entity(eid, table, canonical, " | ".join(aliases), most_common(t for t in types if t),
                          len(members), len({doc_id for doc_id, _ in members})))
    out.sort(key=lambda e: (e.entity_table, e.canonical.casefold(), e.entity_id))
    return out


def most_common(values: Iterable[str]) -> str:
    """The most frequent value; ties go to the alphabetically first, so the choice is stable."""
    counts = Counter(values)
    if not counts:
        return ""
    return min(counts, key=lambda v: (-counts[v], v))
