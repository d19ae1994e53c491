"""Stage 3, normalize: mentions → `Figure`, `Place`, `Institution` records (values, canonical names,
ids, boxes), plus the figures of PDF table cells (`tables`)."""

from pipeline.normalize.mentions import normalize_document
from pipeline.normalize.tables import header_rows, table_figures

__all__ = ["header_rows", "normalize_document", "table_figures"]
