"""The batch machinery, the one package that knows the stage order: corpus discovery, the manifest
and parts store, the run lock, isolated workers forked from a warm fork server, the Dask executor,
and the stage-by-stage commands (`ingest`, `extract`, `tables`)."""

from pipeline.batch.process import extract_document, ingest_document, pipeline_version, process_one
from pipeline.batch.runner import RunSummary, run
from pipeline.batch.stages import run_extract, run_ingest, run_tables

__all__ = ["RunSummary", "extract_document", "ingest_document", "pipeline_version", "process_one", "run", "run_extract", "run_ingest", "run_tables"]
