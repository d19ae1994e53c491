"""The Python API for notebooks and other programs: text or a file → figures, places, institutions.

    >>> import pipeline
    >>> r = pipeline.extract_text("The Government will spend over HK$150 billion in Hong Kong.")
    >>> r.figures[0].value, r.figures[0].unit, r.figures[0].qualifier
    (150000000000.0, 'HKD', 'over')
    >>> r.frames()["places"][["text", "canonical"]]        # pandas, the table contract's columns

The same functions the CLI's `run` uses per document (`pipeline.batch`), without an output folder:
nothing is written. The model and matchers are built once per process and reused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.batch import extract_document, ingest_document, pipeline_version
from pipeline.config import DEFAULT_MODEL, Config
from pipeline.errors import ConfigError, IngestError
from pipeline.ingest import DEFAULT_ENGINE, ingest_text
from pipeline.records import Document, DocumentResult, Figure, Institution, Place
from pipeline.write import table_frames


@dataclass(frozen=True)
class Result:
    """One document's records; `frames()` gives them as DataFrames with the table contract's columns."""

    document: Document
    figures: tuple[Figure, ...]
    places: tuple[Place, ...]
    institutions: tuple[Institution, ...]
    pipeline_version: str = ""

    def frames(self) -> dict[str, Any]:
        """{'documents', 'figures', 'places', 'institutions'} → pandas DataFrame, as the tables are written."""
        return table_frames([DocumentResult(self.document, self.figures, self.places, self.institutions,
                                            pipeline_version=self.pipeline_version)])

    @property
    def figures_df(self) -> Any:
        return self.frames()["figures"]

    @property
    def places_df(self) -> Any:
        return self.frames()["places"]

    @property
    def institutions_df(self) -> Any:
        return self.frames()["institutions"]


def _config(model: str, gazetteers: Iterable[Path | str], currency: str, **kw: Any) -> Config:
    return Config(corpus=Path("."), out=Path("."), model=model, default_currency=currency,
                  gazetteers=tuple(Path(g) for g in gazetteers), **kw)


def _result(document: Document, config: Config) -> Result:
    version = pipeline_version(config.model, config.gazetteers)
    r = extract_document(document, config, version)
    return Result(r.document, r.figures, r.places, r.institutions, version)


def extract_text(text: str, *, source: str = "<text>", model: str = DEFAULT_MODEL,
                 gazetteers: Iterable[Path | str] = (), currency: str = "HKD") -> Result:
    """Figures, places and institutions of a text (English, Chinese or mixed: detected per block).

    The text is normalized as a TXT file would be (NFC, Unix newlines), so offsets point into
    `result.document.text`, and the rows are those a `.txt` file with these bytes gives in a run.
    """
    if not isinstance(text, str):
        raise ConfigError(f"extract_text takes a str, not {type(text).__name__}")
    document = ingest_text(text, source)
    return _result(document, _config(model, gazetteers, currency))


def process(path: Path | str, *, password: str | None = None, pdf_engine: str = DEFAULT_ENGINE,
            ocr: bool = False, model: str = DEFAULT_MODEL, gazetteers: Iterable[Path | str] = (),
            currency: str = "HKD") -> Result:
    """One file (PDF, TXT, Markdown, HTML, DOCX) → its records, as `run` would give them.

    A file that cannot be read raises `pipeline.errors.IngestError` (its `status` says why:
    encrypted, no_text, empty, skipped, error) instead of becoming a failed row.
    """
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"not a file: {path}", status="error")
    config = _config(model, gazetteers, currency, password=password, pdf_engine=pdf_engine, ocr=ocr)
    return _result(ingest_document(path, path.name, config), config)


__all__ = ["Result", "extract_text", "process"]
