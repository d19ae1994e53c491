"""Place and institution records of every document → one `Entity` per distinct canonical entity (entities.csv)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pipeline.records import DocumentResult, Entity, Place

_SPACES = re.compile(r"\s+")


def entity_records(results: Iterable[DocumentResult]) -> list[Entity]:
    """Group mentions by (table, entity id): the most used canonical and type, every surface form seen,
    how many mentions and documents. Rows are sorted by table, canonical and id (deterministic)."""
    counter = EntityCounter()
    for r in results:
        counter.add(r)
    return counter.records()


class EntityCounter:
    """`entity_records`, fed one document at a time (a run adds each document as its rows are written).

    Per entity only counters and sets, never the records: a run's corpus may be larger than memory
    (issue 7)."""

    def __init__(self) -> None:
        self.groups: dict[tuple[str, str], tuple[Counter[str], Counter[str], set[str], set[str]]] = {}

    def add(self, r: DocumentResult) -> None:
        if r.document.status != "ok":
            return
        for table, records in (("place", r.places), ("institution", r.institutions)):
            for rec in records:
                key = (table, rec.entity_id or f"{table}:{rec.canonical.lower()}")
                canonicals, types, aliases, docs = self.groups.setdefault(key, (Counter(), Counter(), set(), set()))
                canonicals[rec.canonical] += 1
                types[rec.place_type if isinstance(rec, Place) else rec.institution_type] += 1
                aliases.add(_SPACES.sub(" ", rec.text).strip())
                docs.add(r.document.doc_id)

    def records(self) -> list[Entity]:
        out = []
        for (table, eid), (canonicals, types, aliases, docs) in self.groups.items():
            types = Counter(types)
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
