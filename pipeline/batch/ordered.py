"""Results → table rows in table order, written while the workers are still busy (issue 7).

Before any worker starts, a run knows every source of its tables and their order (by source), and
which content each source has. `OrderedTables` is told each result as it becomes known (a stored part
reused, a refusal, or a document just processed, in whatever order the workers finish) and hands
every document whose turn has come to the `TableWriter`, so that when the last document finishes
the tables are all but written. Identical files under two names keep the first source only.

Memory stays bounded: the full result (text and rows) of a document that finished ahead of its turn
is held only while fewer than `buffer_docs` are waiting; beyond that the light result is kept and
the rows are read back from the stored part when the document's turn comes.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.batch.store import load_part, part_path
from pipeline.records import DocumentResult
from pipeline.write import EntityCounter

BUFFER_DOCS = 32


class OrderedTables:
    """Takes results by key in any order; emits them in `order` (a list of (source, key))."""

    def __init__(self, out: Path, order: list[tuple[str, Hashable]], writer: Any = None,
                 buffer_docs: int = BUFFER_DOCS) -> None:
        self.out = out
        self.order = sorted(order, key=lambda item: item[0])
        self.writer = writer
        self.buffer_docs = buffer_docs
        self.pos = 0
        self.known: dict[Hashable, DocumentResult] = {}  # light results (no text, no rows)
        self.full: dict[Hashable, DocumentResult] = {}  # full results waiting for their turn
        self.seen: dict[str, str] = {}  # dedupe key → the source kept
        self.kept: list[DocumentResult] = []  # light results of the documents table, in order
        self.duplicates: list[tuple[str, str]] = []  # (source dropped, source kept instead)
        self.entities = EntityCounter()

    def offer(self, key: Hashable, result: DocumentResult) -> None:
        """A result for every source with this key; emits whatever has become next in order."""
        self.known[key] = light(result)
        if self.writer is not None and self.known[key] is not result and len(self.full) < self.buffer_docs:
            self.full[key] = result  # a full result (a light one is read back from its part)
        self.drain()

    def drain(self) -> None:
        while self.pos < len(self.order) and self.order[self.pos][1] in self.known:
            source, key = self.order[self.pos]
            self.emit(source, key)
            self.pos += 1

    def emit(self, source: str, key: Hashable) -> None:
        result = retarget(self.known[key], source)
        dedupe_key = result.document.doc_id if result.document.status == "ok" else source
        if dedupe_key in self.seen:
            self.duplicates.append((source, self.seen[dedupe_key]))
            return
        self.seen[dedupe_key] = source
        self.kept.append(result)
        if self.writer is not None:
            waiting = self.full.pop(key, None)
            full = retarget(waiting if waiting is not None else self.reload(result), source)
            self.writer.add(full)
            self.entities.add(full)

    def reload(self, result: DocumentResult) -> DocumentResult:
        """The full result of a light one, from its stored part (rows and text)."""
        if result.document.status != "ok" or "n_figures" not in result.extra:
            return result
        doc = result.document
        stored = load_part(self.out, doc.doc_id, doc.format)
        if stored is None:
            raise RuntimeError(f"the part of {doc.source} vanished during the run: "
                               f"{part_path(self.out, doc.doc_id, doc.format)}")
        return stored

    def complete(self) -> list[DocumentResult]:
        """The kept light results, in table order; every source must have had its result."""
        if self.pos != len(self.order):
            source, _ = self.order[self.pos]
            raise RuntimeError(f"no result for {source}: the run ended with {len(self.order) - self.pos} "
                               f"document(s) not processed")
        return self.kept


def light(result: DocumentResult) -> DocumentResult:
    """What the run keeps of a committed result: the document without text or rows (issue 7: memory
    must not grow with the corpus); the rows are read back from the parts when needed."""
    if result.document.status != "ok" or "n_figures" in result.extra:
        return result  # no text, no rows (and possibly no part: a file refused before reading)
    counts = {f"n_{name}": str(len(getattr(result, name))) for name in ("figures", "places", "institutions")}
    return replace(result, document=replace(result.document, text="", page_spans=()), figures=(), places=(),
                   institutions=(), extra={**result.extra, **counts})


def retarget(result: DocumentResult, source: str) -> DocumentResult:
    """The same content under a new path: only `source` changes (also where the error names it)."""
    old = result.document.source
    if old == source:
        return result
    error = result.document.error.replace(old, source) if old else result.document.error
    return DocumentResult(
        document=replace(result.document, source=source, error=error),
        figures=tuple(replace(f, source=source) for f in result.figures),
        places=tuple(replace(p, source=source) for p in result.places),
        institutions=tuple(replace(i, source=source) for i in result.institutions),
        processed_at=result.processed_at, pipeline_version=result.pipeline_version, extra=result.extra,
    )
