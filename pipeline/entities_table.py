"""Place and institution records of every document → one `Entity` per distinct canonical entity (entities.csv)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from pipeline.records import DocumentResult, Entity, Institution, Place


def entity_records(results: Iterable[DocumentResult]) -> list[Entity]:
    """Group mentions by (table, entity id): the most used canonical and type, every surface form seen,
    how many mentions and documents. Rows are sorted by table, canonical and id (deterministic)."""
    # Per entity only counters and sets, never the records: `results` may be a stream over a corpus
    # larger than memory (issue 7).
    groups: dict[tuple[str, str], tuple[Counter[str], Counter[str], set[str], set[str]]] = {}
    for r in results:
        if r.document.status != "ok":
            continue
        for table, records in (("place", r.places), ("institution", r.institutions)):
            for rec in records:
                key = (table, rec.entity_id or f"{table}:{rec.canonical.lower()}")
                canonicals, types, aliases, docs = groups.setdefault(key, (Counter(), Counter(), set(), set()))
                canonicals[rec.canonical] += 1
                types[rec.place_type if isinstance(rec, Place) else rec.institution_type] += 1
                aliases.add(re.sub(r"\s+", " ", rec.text).strip())
                docs.add(r.document.doc_id)
    out = []
    for (table, eid), (canonicals, types, aliases, docs) in groups.items():
        del types[""]
        out.append(Entity(eid, table, most_common(canonicals.elements()), " | ".join(sorted(aliases)),
                          most_common(types.elements()), sum(canonicals.values()), len(docs)))
    out.sort(key=lambda e: (e.entity_table, e.canonical.casefold(), e.entity_id))
    return out


def most_common(values: Iterable[str]) -> str:
    """The most frequent value; ties go to the alphabetically first, so the choice is stable."""
    counts = Counter(values)
    if not counts:
        return ""
    return min(counts, key=lambda v: (-counts[v], v))
