"""PDF → text in reading order, page spans, character boxes and tables (`document.pdf_to_text`)."""

from pipeline.ingest.pdf.document import (
    DEFAULT_ENGINE,
    ENGINES,
    box_fields,
    layout_from_json,
    layout_json,
    pdf_to_text,
    with_boxes,
)

__all__ = ["DEFAULT_ENGINE", "ENGINES", "box_fields", "layout_from_json", "layout_json", "pdf_to_text", "with_boxes"]
