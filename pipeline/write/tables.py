"""Records → tables: CSV (UTF-8, header) and Parquet beside it, written atomically, deterministic."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import asdict
from operator import attrgetter
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from pipeline.fileio import atomic_path, write_text_atomic
from pipeline.lang import document_lang
from pipeline.records import DOCUMENT_COLUMNS, TABLES, DocumentResult

INT_COLUMNS = {"page", "start", "end", "pages", "n_chars", "n_words"}
FLOAT_COLUMNS = {"value", "value_max", "confidence", "x0", "top", "x1", "bottom"}
BOOL_COLUMNS = {"currency_inferred"}


def document_row(result: DocumentResult) -> dict[str, Any]:
    d = result.document
    return {
        "doc_id": d.doc_id, "source": d.source, "format": d.format, "title": d.title,
        "pages": d.pages, "n_chars": len(d.text), "n_words": len(d.text.split()),
        "sha256": d.sha256, "status": d.status, "error": d.error,
        "pipeline_version": result.pipeline_version, "processed_at": result.processed_at,
        "encoding": d.encoding, "lang": document_lang(d.text) if d.text else "en",
    }


def table_columns(results: Iterable[DocumentResult]) -> dict[str, dict[str, list[Any]]]:
    """The rows of every table for `results` in table order (by source; mentions by offset), as columns
    of typed Python values (int, float, bool, str or None per column kind),
    the form both writers take without a DataFrame in between."""
    ordered = sorted(results, key=lambda r: (r.document.source, r.document.doc_id))
    columns: dict[str, dict[str, list[Any]]] = {}
    rows = [document_row(r) for r in ordered]
    columns["documents"] = {c: typed_column(c, [row[c] for row in rows]) for c in TABLES["documents"]}
    for name in ("figures", "places", "institutions"):
        cols = TABLES[name]
        getter = _row_getter(cols)
        rows = [getter(rec) for r in ordered for rec in sorted(getattr(r, name), key=_MENTION_ORDER)]
        values = list(zip(*rows)) if rows else [() for _ in cols]
        columns[name] = {c: typed_column(c, list(v)) for c, v in zip(cols, values)}
    return columns


_MENTION_ORDER = attrgetter("start", "end", "mention_id")


def _row_getter(columns: tuple[str, ...] | list[str]) -> Any:
    """One call reads a record's row (issue 15: a getattr per cell was the run's biggest cost); every
    column of the mention tables is a field of its record (tests/test_ordered.py checks)."""
    getter = attrgetter(*columns)
    return getter if len(columns) > 1 else (lambda rec: (getter(rec),))


def typed_column(name: str, values: list[Any]) -> list[Any]:
    """A column's values as its type (what `frame` casts to): Int64, float64, boolean or string."""
    if name in INT_COLUMNS:
        return [None if v is None else int(v) for v in values]
    if name in FLOAT_COLUMNS:
        return [None if v is None else float(v) for v in values]
    if name in BOOL_COLUMNS:
        return [None if v is None else bool(v) for v in values]
    return [v if v is None or isinstance(v, str) else str(v) for v in values]


def csv_column(name: str, values: list[Any]) -> list[Any]:
    """A column of `typed` values as pandas writes them to CSV (NA empty, floats in shortest repr),
    text cells that a spreadsheet would run as a formula escaped (`escape_csv_cell`)."""
    if name in FLOAT_COLUMNS:
        return ["" if v is None else repr(v) for v in values]
    if name in INT_COLUMNS or name in BOOL_COLUMNS:
        return ["" if v is None else v for v in values]
    return ["" if v is None else (escape_csv_cell(v) if v[:1] in FORMULA_CHARS else v) for v in values]


def frame(name: str, rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    cols = list(TABLES[name])
    df = pd.DataFrame(rows, columns=cols)
    for c in cols:
        if c in INT_COLUMNS:
            df[c] = df[c].astype("Int64")
        elif c in FLOAT_COLUMNS:
            df[c] = df[c].astype("float64")
        elif c in BOOL_COLUMNS:
            df[c] = df[c].astype("boolean")
        else:
            df[c] = df[c].astype("string")
    return df


def table_frames(results: Iterable[DocumentResult]) -> dict[str, Any]:
    """The four tables of `results` as pandas DataFrames with the table contract's columns and types."""
    columns = table_columns(results)
    return {name: frame(name, [dict(zip(cols, row)) for row in zip(*cols.values())] if cols else [])
            for name, cols in columns.items()}


# OWASP CSV injection: a cell starting with one of these is a formula to Excel/LibreOffice.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_CHARS = frozenset(FORMULA_START)
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?")


def escape_csv_cell(value: Any) -> Any:
    """Neutralise a text cell a spreadsheet would run as a formula: prefix it with an apostrophe.

    Only strings change, and a string that is just a number ("-5", "+1.5") stays as it is, since a
    spreadsheet reads it as that number, not as a formula. Parquet keeps the raw value.
    """
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_safe(df: Any) -> Any:
    """A copy of `df` with every text column passed through `escape_csv_cell`."""
    safe = df.copy()
    for c in safe.columns:
        if str(safe[c].dtype) in ("string", "object"):
            safe[c] = safe[c].map(escape_csv_cell, na_action="ignore")
    return safe


def write_tables(out: Path, results: Iterable[DocumentResult], csv_bom: bool = False) -> dict[str, int]:
    """Write every table as CSV + Parquet; return row counts. `csv_bom`: UTF-8 with a BOM, so that
    Excel opens CJK text correctly (it reads a BOM-less CSV in the system code page)."""
    ordered = sorted(results, key=lambda r: (r.document.source, r.document.doc_id))
    return write_tables_stream(out, ordered, csv_bom)


# Rows are flushed in chunks: each flush costs a Parquet row group per table (~3 ms), so a chunk is
# as big as memory allows: up to 256 documents, 5,000 rows or 2 million characters of text
# (issue 15: 16 documents per chunk made the Parquet writes the run's largest cost on small documents).
STREAM_CHUNK_DOCS = 256
STREAM_CHUNK_ROWS = 5_000
STREAM_CHUNK_CHARS = 2_000_000


class TableWriter:
    """The four tables (CSV + Parquet) written incrementally: `add` results in table order (source,
    doc_id), `close` commits every file at once; leaving the `with` block on an error (or a Ctrl-C)
    discards the half-written files and leaves the old tables as they were.

    Rows are flushed `chunk_docs` documents at a time, so memory does not grow with the corpus
    (issue 7), and a run can write the tables while its workers are still busy instead of after the
    last document. The files are the same as one big write (Parquet in several row groups)."""

    def __init__(self, out: Path, csv_bom: bool = False, chunk_docs: int = STREAM_CHUNK_DOCS) -> None:
        self.out, self.csv_bom, self.chunk_docs = out, csv_bom, chunk_docs
        self.counts = {name: 0 for name in TABLES}
        self.chunk: list[DocumentResult] = []
        self.rows = self.chars = 0  # in the chunk
        self.stack = ExitStack()
        self.csv_files: dict[str, Any] = {}
        self.csv_writers: dict[str, Any] = {}
        self.parquet: dict[str, Any] = {}

    def __enter__(self) -> Self:
        import pyarrow as pa
        import pyarrow.parquet as pq

        with ExitStack() as stack:  # a failure while opening closes (and deletes) what was opened
            for name in TABLES:
                tmp_csv = stack.enter_context(atomic_path(self.out / f"{name}.csv"))
                tmp_parquet = stack.enter_context(atomic_path(self.out / f"{name}.parquet"))
                fh = stack.enter_context(tmp_csv.open("w", encoding="utf-8-sig" if self.csv_bom else "utf-8",
                                                      newline=""))
                # the Parquet schema (with pandas' metadata, so pandas reads Int64/string/boolean back)
                schema = pa.Schema.from_pandas(frame(name, []), preserve_index=False)
                self.csv_files[name] = fh
                self.csv_writers[name] = csv.writer(fh, lineterminator="\n")  # pandas' dialect too
                self.csv_writers[name].writerow(TABLES[name])
                self.parquet[name] = (stack.enter_context(pq.ParquetWriter(tmp_parquet, schema)), schema)
            self.stack = stack.pop_all()
        return self

    def add(self, result: DocumentResult) -> None:
        self.chunk.append(result)
        self.rows += len(result.figures) + len(result.places) + len(result.institutions) + 1
        self.chars += len(result.document.text)
        if len(self.chunk) >= self.chunk_docs or self.rows >= STREAM_CHUNK_ROWS or self.chars >= STREAM_CHUNK_CHARS:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        chunk, self.chunk = self.chunk, []
        self.rows = self.chars = 0
        for name, columns in table_columns(chunk).items():
            n = len(columns[TABLES[name][0]])
            if not n:
                continue
            # the same bytes as a DataFrame's to_csv / Table.from_pandas, without building one
            cells = [csv_column(c, columns[c]) for c in TABLES[name]]
            self.csv_writers[name].writerows(zip(*cells))
            writer, schema = self.parquet[name]
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            self.counts[name] += n

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if kind is None:
            self.flush()
            for name in TABLES:  # close before the atomic renames
                self.csv_files[name].close()
                self.parquet[name][0].close()
        self.stack.__exit__(kind, exc, tb)


def write_tables_stream(out: Path, results: Iterable[DocumentResult], csv_bom: bool = False,
                        chunk_docs: int = STREAM_CHUNK_DOCS) -> dict[str, int]:
    """`write_tables` for results already in table order (source, doc_id), consumed lazily."""
    with TableWriter(out, csv_bom, chunk_docs) as writer:
        for result in results:
            writer.add(result)
    return writer.counts


def write_entities(out: Path, results: Iterable[DocumentResult], csv_bom: bool = False) -> int:
    """entities.csv + entities.parquet: one row per distinct place or institution (issue 3); row count."""
    from pipeline.write.entities_table import entity_records

    return write_entity_records(out, entity_records(results), csv_bom)


def write_entity_records(out: Path, entities: Iterable[Any], csv_bom: bool = False) -> int:
    """entities.csv + entities.parquet from `Entity` records already counted and sorted; row count."""
    import pandas as pd

    from pipeline.records import ENTITY_COLUMNS

    df = pd.DataFrame([asdict(e) for e in entities], columns=list(ENTITY_COLUMNS))
    for c in ENTITY_COLUMNS:
        df[c] = df[c].astype("Int64") if c.startswith("n_") else df[c].astype("string")
    with atomic_path(out / "entities.csv") as tmp:
        csv_safe(df).to_csv(tmp, index=False, encoding="utf-8-sig" if csv_bom else "utf-8", lineterminator="\n")
    with atomic_path(out / "entities.parquet") as tmp:
        df.to_parquet(tmp, index=False, engine="pyarrow")
    return len(df)


def has_bom(path: Path) -> bool:
    """True when a written CSV starts with the UTF-8 BOM (`--csv-bom`)."""
    try:
        with path.open("rb") as fh:
            return fh.read(3) == b"\xef\xbb\xbf"
    except OSError:
        return False


__all__ = ["DOCUMENT_COLUMNS", "atomic_path", "write_entities", "write_tables", "write_text_atomic"]
