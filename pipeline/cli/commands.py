"""Thin command-line interface: builds a Config, calls `run`/`evaluate`, maps PipelineError to exit 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pipeline.cli.errors import user_errors
from pipeline.config import DEFAULT_MODEL, Config


@click.group()
@click.version_option(package_name="policy-pipeline")
def main() -> None:
    """Batch-process policy documents into tables of figures, places and institutions."""


def common_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--model", default=DEFAULT_MODEL, show_default=True,
                      help="spaCy model package to load, or 'blank' for rules only.")(fn)
    fn = click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, path_type=Path),
                      help="Extra gazetteer JSONL file (repeatable); takes precedence over shipped data.")(fn)
    fn = click.option("--currency", "default_currency", default="HKD", show_default=True,
                      help="Currency of a bare '$' when the document does not say.")(fn)
    return fn


@main.command()
@click.argument("corpus", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--force", is_flag=True, help="Re-process every document, even unchanged ones.")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--ocr", is_flag=True, help="OCR PDFs without a text layer (needs ocrmypdf and tesseract).")
@click.option("--pdf-engine", type=click.Choice(["pdfium", "pdfplumber"]), default="pdfium", show_default=True,
              help="PDF text layer reader (tables are found with pdfplumber either way).")
@click.option("--timeout", type=float, default=300.0, show_default=True,
              help="Seconds one document may take before its worker is killed (0: no limit).")
@click.option("--memory-limit", type=int, default=4096, show_default=True,
              help="MB of memory per worker process (0: no limit).")
@click.option("--workers", type=int, default=None,
              help="Worker processes, each loading the model once (also the LocalCluster size for --executor dask) [default: number of cores].")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where documents are processed: local worker processes, or a Dask cluster.")
@click.option("--scheduler", default=None,
              help="Dask scheduler address (tcp://HOST:8786) for --executor dask; none: a LocalCluster.")
@click.option("--csv-bom", is_flag=True, help="Write CSV as UTF-8 with a BOM, so Excel shows Chinese text correctly.")
@common_options
@user_errors
def run(corpus: Path, out: Path, force: bool, password: str | None, ocr: bool, pdf_engine: str, timeout: float,
        memory_limit: int, workers: int | None, executor: str, scheduler: str | None, model: str,
        gazetteers: tuple[Path, ...], default_currency: str, csv_bom: bool = False) -> None:
    """Process every document in CORPUS into tables in OUT.

    Exit code 0: every document ok (or skipped); 1: some documents failed, the rest were written;
    2: usage or configuration error.
    """
    from pipeline.batch import run as run_pipeline
    from pipeline.cli.progress import Progress

    config = Config(corpus=corpus, out=out, model=model, gazetteers=gazetteers, password=password,
                    force=force, default_currency=default_currency, ocr=ocr, timeout=timeout,
                    memory_limit=memory_limit, workers=workers or default_workers(),
                    executor=executor, scheduler=scheduler, pdf_engine=pdf_engine, csv_bom=csv_bom)
    try:
        summary = run_pipeline(config, progress=Progress())
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: finished documents are kept in {out / 'parts'}; run again to do the rest",
                   err=True)
        sys.exit(130)
    click.echo(format_summary(summary))
    if summary.failed:
        sys.exit(1)


def default_workers() -> int:
    """One worker per core this process may use."""
    import os

    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def format_summary(summary: Any) -> str:
    """The end-of-run report: counts, rows per table, time, then one line per document not ok."""
    rows = ", ".join(f"{k} {v}" for k, v in summary.rows.items())
    changes = (f"{summary.new} new, {summary.changed} changed, {summary.removed} removed since the last run"
               if summary.new or summary.changed or summary.removed else "no changes since the last run")
    lines = [
        f"documents: {summary.ok} ok, {summary.skipped} skipped, {summary.failed} failed "
        f"({summary.processed} processed, {summary.reused} unchanged; {changes})",
        f"rows: {rows}" + ("" if summary.tables_written else " (tables unchanged, not rewritten)"),
        f"time: {summary.seconds:.1f} s",
    ]
    lines += [f"  {status}: {source}: {error}" for source, status, error in summary.failures]
    lines += [f"  ok with {warning}" for _, warning in summary.warnings]
    lines += [f"  duplicate: {source}: same content as {kept}, which has the rows"
              for source, kept in summary.duplicates]
    return "\n".join(lines)


@main.command()
@click.argument("corpus", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--password", default=None)
@click.option("--pdf-engine", type=click.Choice(["pdfium", "pdfplumber"]), default="pdfium", show_default=True)
@user_errors
def ingest(corpus: Path, out: Path, password: str | None, pdf_engine: str) -> None:
    """Stage 1: read CORPUS into OUT/ingested.jsonl and OUT/text/."""
    from pipeline.batch import run_ingest

    n = run_ingest(Config(corpus=corpus, out=out, password=password, pdf_engine=pdf_engine))
    click.echo(f"ingested {n} files into {out}")


@main.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@common_options
@user_errors
def extract(out: Path, model: str, gazetteers: tuple[Path, ...], default_currency: str) -> None:
    """Stage 2: OUT/ingested.jsonl → OUT/mentions.jsonl."""
    from pipeline.batch import run_extract

    n = run_extract(Config(corpus=out, out=out, model=model, gazetteers=gazetteers,
                           default_currency=default_currency))
    click.echo(f"extracted {n} mentions into {out / 'mentions.jsonl'}")


@main.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--csv-bom", is_flag=True, help="Write CSV as UTF-8 with a BOM, so Excel shows Chinese text correctly.")
@common_options
@user_errors
def tables(out: Path, model: str, gazetteers: tuple[Path, ...], default_currency: str, csv_bom: bool = False) -> None:
    """Stage 3: OUT/mentions.jsonl → normalized tables (CSV + Parquet)."""
    from pipeline.batch import run_tables

    counts = run_tables(Config(corpus=out, out=out, model=model, gazetteers=gazetteers,
                               default_currency=default_currency, csv_bom=csv_bom))
    click.echo("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@main.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Output folder of a run over GOLD_DIR.")
@click.option("--misses", is_flag=True, help="List false positives and false negatives.")
@user_errors
def eval_(gold_dir: Path, out: Path, misses: bool) -> None:
    """Score OUT's tables against GOLD_DIR/*.gold.json (P/R/F1 per table), and the period column
    against GOLD_DIR/*.period.json where those exist."""
    from pipeline.review import evaluate, evaluate_periods, format_period_report, format_report

    report = evaluate(gold_dir, out)
    click.echo(format_report(report, misses=misses))
    periods = evaluate_periods(gold_dir, out)
    if periods is not None:
        click.echo(format_period_report(periods, misses=misses))


from pipeline.cli.review import diff, review  # noqa: E402  (group commands registered after main's own)

main.add_command(review)
main.add_command(diff)
