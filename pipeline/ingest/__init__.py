"""Stage 1, ingest: files (TXT, Markdown, HTML, DOCX, DOC, RTF, PDF) → `Document` with text, pages and layout.

`formats` reads each file type (text decoding, NUL bytes, gzip behind text names), `html_text` web
pages (table layouts, any nesting depth), `docx_text` WordprocessingML with revisions accepted,
`legacy` Word 97-2003 and RTF, and `pdf/` the PDF text layer (engines, layout, reading order,
ruled tables). The rest of the package imports only what is listed here.
"""

from pipeline.ingest.formats import FORMATS, check_size, content_id, detect_format, file_sha256, ingest_file, ingest_text, ocr_pdf
from pipeline.ingest.pdf import DEFAULT_ENGINE, box_fields, layout_from_json, layout_json, with_boxes

__all__ = ["FORMATS", "DEFAULT_ENGINE", "box_fields", "check_size", "content_id", "detect_format", "file_sha256",
           "ingest_file", "ingest_text", "layout_from_json", "layout_json", "ocr_pdf", "with_boxes"]
