"""Stage 4, write: records → tables (CSV + Parquet, atomic, stable order), the entities table,
datapackage.json and the PDF layout/table artefacts."""

from pipeline.write.datapackage import write_datapackage
from pipeline.write.entities_table import EntityCounter
from pipeline.write.pdf_artefacts import load_layout, save_pdf_artefacts, write_pdf_table_index
from pipeline.write.tables import (
    FORMULA_START,
    TableWriter,
    escape_csv_cell,
    has_bom,
    table_frames,
    write_entities,
    write_entity_records,
    write_tables,
)

__all__ = ["EntityCounter", "FORMULA_START", "TableWriter", "escape_csv_cell", "has_bom", "load_layout",
           "save_pdf_artefacts", "table_frames", "write_datapackage", "write_entities", "write_entity_records",
           "write_pdf_table_index", "write_tables"]
