"""Per-document results on disk (OUT/parts/<doc_id>.json) and the run manifest (OUT/manifest.json).

A part is written atomically the moment its document finishes, so a run killed at any point keeps
everything done so far. A part is reused when the document's content hash and the cache key (the
pipeline version, plus the options that can change a failure: password, OCR, limits) match.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from pipeline.fileio import write_text_atomic
from pipeline.ingest import file_sha256
from pipeline.records import Document, DocumentResult, Figure, Institution, PageSpan, Place

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1


def part_path(out: Path, doc_id: str, fmt: str) -> Path:
    """Keyed by content and format: the same bytes named .pdf and .txt are two different documents."""
    return out / "parts" / f"{part_id(doc_id, fmt)}.json"


def part_id(doc_id: str, fmt: str) -> str:
    return f"{doc_id}-{fmt}"


def text_path(out: Path, doc_id: str) -> Path:
    return out / "text" / f"{doc_id}.txt"


def commit_file(path: Path, data: bytes) -> None:
    """Atomic write of one of the run's many small files (a temp file in the same folder, then
    os.replace) in four system calls: `write_text_atomic`'s random temp name, chmod and umask calls
    cost as much as the write itself, twice per document (issue 15). The temp name carries the pid
    (one run per folder holds the lock); `prune` deletes one left by a killed run."""
    tmp = path.parent / f".{path.name}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)  # 0o666 & ~umask, as open() does
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_part(out: Path, result: DocumentResult, key: str = "") -> None:
    """Commit one finished document: its text first, then the part that points at it."""
    if result.document.status == "ok":
        commit_file(text_path(out, result.document.doc_id), result.document.text.encode("utf-8"))
    # what asdict gives, without deep-copying a PDF's whole layout only to drop it (issue 15)
    doc = flat(result.document)
    doc.pop("text")
    doc.pop("layout", None)  # PDF layout is its own artefact (OUT/layout), not part of the part
    doc["page_spans"] = [flat(span) for span in result.document.page_spans]
    payload = {
        "document": doc,
        "figures": [flat(f) for f in result.figures],
        "places": [flat(p) for p in result.places],
        "institutions": [flat(i) for i in result.institutions],
        "processed_at": result.processed_at,
        "pipeline_version": result.pipeline_version,
        "key": key or result.pipeline_version,
        # checked on load: after a power cut the text file may be cut short while the part survived
        "text_chars": len(result.document.text),
    }
    commit_file(part_path(out, result.document.doc_id, result.document.format),
                json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def flat(record: Any) -> dict[str, Any]:
    """A flat record (only str/number/bool fields) as a dict: what asdict gives, without its deep copies,
    which cost the run's process more CPU than everything else it does per document (issue 7)."""
    known = _FIELD_GETTERS.get(type(record))
    if known is None:
        names = tuple(f.name for f in fields(record))
        known = _FIELD_GETTERS[type(record)] = (names, attrgetter(*names))
    names, getter = known
    values = getter(record)
    return dict(zip(names, values)) if len(names) > 1 else {names[0]: values}


# dataclasses.fields() is slow for every record; one attrgetter call reads all fields (issue 15)
_FIELD_GETTERS: dict[type, tuple[tuple[str, ...], Any]] = {}


def load_part(out: Path, doc_id: str, fmt: str, keys: Iterable[str] = ()) -> DocumentResult | None:
    """The stored result of a document, or None when absent, unreadable or made under another key.

    `keys` are the acceptable cache keys (any when empty); an ok document was stored under the bare
    pipeline version, a failed one under the version plus the options that could change it.
    """
    path = part_path(out, doc_id, fmt)
    text: str | None = None
    try:
        payload: dict[str, Any] = json.loads(path.read_text("utf-8"))
        wanted = set(keys)
        if wanted and payload.get("key") not in wanted:
            return None
        doc = payload["document"]
        doc["page_spans"] = tuple(PageSpan(**p) for p in doc.get("page_spans", ()))
        if text is None:
            tp = text_path(out, doc_id)
            if doc.get("status") == "ok" and not tp.exists():
                return None  # text lost: the part alone cannot give n_chars/n_words
            text = tp.read_text("utf-8") if tp.exists() else ""
            if doc.get("status") == "ok" and len(text) != payload.get("text_chars", len(text)):
                return None  # text damaged: redo the document
        document = Document(text=text, **doc)
        return DocumentResult(
            document=document,
            figures=tuple(Figure(**f) for f in payload["figures"]),
            places=tuple(Place(**p) for p in payload["places"]),
            institutions=tuple(Institution(**i) for i in payload["institutions"]),
            processed_at=payload["processed_at"], pipeline_version=payload["pipeline_version"],
            extra={"key": str(payload.get("key", ""))},
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged part is simply redone


def prune(out: Path, results: Iterable[DocumentResult]) -> int:
    """Delete parts and texts of documents no longer in the corpus; return how many parts went."""
    keep = list(results)
    keep_parts = {part_id(r.document.doc_id, r.document.format) for r in keep}
    keep_texts = {r.document.doc_id for r in keep}
    removed = 0
    for folder, suffix, keep_ids in (("parts", ".json", keep_parts), ("text", ".txt", keep_texts)):
        base = out / folder
        if not base.is_dir():
            continue
        for path in base.iterdir():
            if path.suffix == suffix and path.stem not in keep_ids:
                path.unlink(missing_ok=True)
                removed += folder == "parts"
            elif path.name.startswith(".") and path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)  # a temp file left by a killed run
    for path in out.glob(".*.tmp"):  # a table being written when the run was killed
        path.unlink(missing_ok=True)
    return removed


@dataclass
class Manifest:
    """What the tables in OUT were built from: source → content hash, doc_id, status, version."""

    pipeline_version: str = ""
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # + "stat": [size, mtime_ns]
    tables: dict[str, str] = field(default_factory=dict)  # file name → sha256 of its bytes
    rows: dict[str, int] = field(default_factory=dict)  # table → row count

    def to_json(self) -> str:
        return json.dumps({"format": MANIFEST_FORMAT, "pipeline_version": self.pipeline_version,
                           "documents": self.documents, "tables": self.tables,
                           "rows": [[name, n] for name, n in self.rows.items()]},  # keeps table order
                          ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def load_manifest(out: Path) -> Manifest:
    try:
        raw = json.loads((out / MANIFEST).read_text("utf-8"))
        if raw.get("format") != MANIFEST_FORMAT:
            return Manifest()
        return Manifest(raw["pipeline_version"], dict(raw["documents"]), dict(raw.get("tables", {})),
                        {str(name): int(n) for name, n in raw.get("rows", [])})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Manifest()


def save_manifest(out: Path, manifest: Manifest) -> None:
    write_text_atomic(out / MANIFEST, manifest.to_json())


def tables_intact(out: Path, manifest: Manifest) -> bool:
    """True when every table file the manifest recorded is present with the recorded content."""
    if not manifest.tables or not manifest.rows:
        return False
    for name, digest in manifest.tables.items():
        path = out / name
        if not path.is_file() or file_sha256(path) != digest:
            return False
    return True
