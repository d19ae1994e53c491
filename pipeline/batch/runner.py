"""The only module that knows the order: ingest → extract → normalize → write, per document, incrementally.

`run` walks the corpus, reuses the stored part of every document whose content hash and cache key
are unchanged, sends the rest to isolated worker processes (`pipeline.batch.worker`) that call
`process_one`, commits each result as it finishes (`pipeline.batch.store`), and rewrites the tables only
when something changed. One run per output folder (`pipeline.batch.lock`).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.batch.corpus import Input, discover
from pipeline.batch.ordered import OrderedTables, light
from pipeline.batch.process import failed_result, failure_key, pipeline_version
from pipeline.batch.store import Manifest, load_manifest, load_part, prune, save_manifest, save_part, tables_intact
from pipeline.config import Config
from pipeline.errors import ConfigError
from pipeline.ingest import detect_format, file_sha256
from pipeline.records import DocumentResult
from pipeline.write import TableWriter, has_bom, write_datapackage, write_entity_records, write_pdf_table_index


@dataclass
class RunSummary:
    processed: int = 0
    reused: int = 0
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    seconds: float = 0.0
    tables_written: bool = False
    recovered_lock: str = ""
    rows: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, source kept instead)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (source, warning) of ok documents


def check_config(config: Config) -> None:
    if config.timeout < 0:
        raise ConfigError(f"--timeout must be 0 (no limit) or a number of seconds, not {config.timeout:g}")
    if config.memory_limit and config.memory_limit < 256:
        raise ConfigError(f"--memory-limit {config.memory_limit} MB is too small to load the model "
                          f"(use 1024 or more, or 0 for no limit)")
    if config.ocr and not (shutil.which("ocrmypdf") and shutil.which("tesseract")):
        raise ConfigError("--ocr needs ocrmypdf and tesseract on PATH "
                          "(Debian: apt install ocrmypdf tesseract-ocr)")
    if config.workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {config.workers}")


def run(config: Config, progress: Any = None) -> RunSummary:
    """Process the corpus into config.out; reuse per-document parts whose content and key match."""
    from pipeline.batch.lock import RunLock

    check_config(config)
    out = config.out
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = RunLock(out)
        lock.acquire()
    except (PermissionError, FileExistsError, NotADirectoryError) as exc:
        raise ConfigError(f"cannot write to the output folder {out}: {exc.strerror}") from exc
    with lock:
        summary = RunSummary()
        if lock.recovered:
            summary.recovered_lock = (f"recovered a stale lock left by pid {lock.recovered.get('pid')} "
                                      f"(started {lock.recovered.get('started', '?')}), which is no longer running")
            if progress is not None:
                progress.log(summary.recovered_lock)
        run_locked(config, summary, progress)
    return summary


def run_locked(config: Config, summary: RunSummary, progress: Any) -> None:
    t0 = time.monotonic()
    out = config.out
    inputs = discover(config.corpus, exclude=out)
    version = pipeline_version(config.model, config.gazetteers)
    fail_key = failure_key(version, config)
    manifest = load_manifest(out)
    order: list[tuple[str, Hashable]] = []  # every source of the tables → the key of its result
    known: list[tuple[Hashable, DocumentResult]] = []  # results known without processing
    todo: dict[tuple[str, str], list[Input]] = {}  # (doc_id, format) → every source with that content
    digests: dict[str, str] = {}
    stamps: dict[str, list[int]] = {}  # source → [size, mtime_ns]: unchanged files are not re-hashed
    reused: set[tuple[str, str]] = set()
    executor = None
    for item in inputs:
        if item.refusal is not None:
            order.append((item.source, (item.source,)))
            known.append(((item.source,), failed_result(item.path, item.source, item.refusal,
                                                        item.refusal.status, version, None)))
            continue
        try:
            st = item.path.stat()
            stamps[item.source] = [st.st_size, st.st_mtime_ns]
            seen = manifest.documents.get(item.source, {})
            same_file = not config.force and seen.get("stat") == stamps[item.source] and "sha256" in seen
            sha = str(seen["sha256"]) if same_file else file_sha256(item.path)
        except OSError as exc:
            order.append((item.source, (item.source,)))
            known.append(((item.source,), failed_result(item.path, item.source, f"cannot read {item.source}: "
                                                        f"{exc.strerror}", "error", version, None)))
            continue
        ident = (sha[:16], detect_format(item.path) or "")
        digests[item.source] = sha
        order.append((item.source, ident))
        if ident in todo:
            todo[ident].append(item)
            continue
        if ident in reused:
            continue
        cached = None if config.force else load_part(out, *ident, keys=(version, fail_key))
        if cached is not None and cache_valid(cached, version, fail_key):
            known.append((ident, light(cached)))
            summary.reused += 1  # counted once per document, like `processed`
            reused.add(ident)
            continue
        todo[ident] = [item]
        if executor is None:  # the model loads (in the fork server) while the scan goes on
            executor = make_executor(config, version)
            getattr(executor, "prepare", lambda: None)()
    if executor is not None:
        import_table_writers()  # beside the model load, before the workers start (issue 15)
        executor.start(len(todo))
    tables = OrderedTables(out, order)  # the documents table's order, and identical files dropped
    current = False
    if not todo:
        for key, result in known:
            tables.offer(key, result)
        current = tables_current(config, manifest, version, tables.complete())
    if current:
        summary.rows = dict(manifest.rows)
    else:
        try:
            tables = write_run_tables(config, summary, order, known, todo, digests, executor, progress,
                                      (version, fail_key))
        finally:
            if executor is not None:
                executor.close()
    finish(config, summary, manifest, tables, stamps, version, t0)
    from pipeline.review import apply_stored_decisions  # review decisions survive re-runs (issue 5)
    apply_stored_decisions(out)


def write_run_tables(config: Config, summary: RunSummary, order: list[tuple[str, Hashable]],
                     known: list[tuple[Hashable, DocumentResult]], todo: dict[tuple[str, str], list[Input]],
                     digests: dict[str, str], executor: Any, progress: Any, keys: tuple[str, str]
                     ) -> OrderedTables:
    """Process `todo` and write every table; a document's rows are written as soon as its turn in the
    table order has come, so the tables are nearly done when the last document finishes (issue 7)."""
    out = config.out
    version, fail_key = keys
    if progress is not None:
        progress.begin(len(todo), summary.reused)
    with TableWriter(out, csv_bom=config.csv_bom) as writer:
        tables = OrderedTables(out, order, writer)
        for key, result in known:
            tables.offer(key, result)
        for result in execute(executor, todo, digests, progress):
            save_part(out, result, key=version if result.document.status == "ok" else fail_key)
            summary.processed += 1
            tables.offer((result.document.doc_id, result.document.format), result)
        if progress is not None:
            progress.end()
        tables.complete()
    summary.rows = dict(writer.counts)
    summary.rows["entities"] = write_entity_records(out, tables.entities.records(), csv_bom=config.csv_bom)
    write_datapackage(out)  # Frictionless description of the tables (issue 7)
    summary.tables_written = True
    write_pdf_table_index(out, tables.kept)
    return tables


def import_table_writers() -> None:
    """pandas and pyarrow (~1 s of CPU), imported while the fork server loads the model on the other
    core rather than after, when both cores already run workers."""
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401


def cache_valid(cached: DocumentResult, version: str, fail_key: str) -> bool:
    """An ok part is valid for this pipeline version; a failure only under the same options too."""
    if cached.pipeline_version != version:
        return False
    return cached.document.status == "ok" or cached.extra.get("key") == fail_key


def make_executor(config: Config, version: str) -> Any:
    """The isolated local worker processes, or a Dask cluster with `--executor dask` (issue 7)."""
    if config.executor == "dask":
        from pipeline.batch.executor import DaskExecutor

        return DaskExecutor(config, version, config.workers)
    from pipeline.batch.worker import IsolatedExecutor

    return IsolatedExecutor(config, version, config.workers)


def execute(executor: Any, todo: dict[tuple[str, str], list[Input]], digests: dict[str, str],
            progress: Any) -> Iterator[DocumentResult]:
    """Results of the documents to (re)process, in the order they finish."""
    if not todo:
        return
    from pipeline.batch.worker import Job

    jobs = [Job(items[0].path, items[0].source, digests[items[0].source], file_size(items[0].path))
            for items in todo.values()]
    start = (lambda job: progress.start(job.source)) if progress is not None else None
    for _job, result in executor.map(jobs, on_start=start):
        if progress is not None:
            progress.done(result)
        yield result


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1  # the worker reports it


def documents_of(results: Iterable[DocumentResult]) -> dict[str, dict[str, Any]]:
    """What the manifest records of each source (besides its file stamp)."""
    return {r.document.source: {"sha256": r.document.sha256, "format": r.document.format,
                                "status": r.document.status} for r in results}


def tables_current(config: Config, manifest: Manifest, version: str, results: list[DocumentResult]) -> bool:
    """True when the tables in OUT were written by this version from exactly these documents."""
    before = {s: {k: v for k, v in d.items() if k != "stat"} for s, d in manifest.documents.items()}
    return (manifest.pipeline_version == version and before == documents_of(results)
            and tables_intact(config.out, manifest) and has_bom(config.out / "documents.csv") == config.csv_bom)


def finish(config: Config, summary: RunSummary, manifest: Manifest, tables: OrderedTables,
           stamps: dict[str, list[int]], version: str, t0: float) -> None:
    """Manifest, pruning of removed documents, summary counts (the tables are written by now)."""
    out = config.out
    results = tables.complete()
    summary.duplicates += tables.duplicates
    documents = documents_of(results)
    before = {s: {k: v for k, v in d.items() if k != "stat"} for s, d in manifest.documents.items()}
    summary.new = sum(1 for s in documents if s not in before)
    summary.changed = sum(1 for s, d in documents.items() if s in before and before[s]["sha256"] != d["sha256"])
    summary.removed = sum(1 for s in before if s not in documents)
    for source, stamp in stamps.items():
        if source in documents:
            documents[source]["stat"] = stamp
    if summary.tables_written:
        hashes = {f"{name}.{ext}": file_sha256(out / f"{name}.{ext}")
                  for name in summary.rows for ext in ("csv", "parquet")}
        save_manifest(out, Manifest(version, documents, hashes, dict(summary.rows)))
    elif documents != manifest.documents:  # e.g. a file only touched
        save_manifest(out, Manifest(version, documents, manifest.tables, dict(summary.rows)))
    prune(out, results)
    for r in results:
        status = r.document.status
        if status == "ok":
            summary.ok += 1
        elif status == "skipped":
            summary.skipped += 1
        else:
            summary.failed += 1
        if status != "ok":
            summary.failures.append((r.document.source, status, r.document.error))
        elif r.document.error:
            summary.warnings.append((r.document.source, r.document.error))
    summary.seconds = time.monotonic() - t0


__all__ = ["RunSummary", "run"]
