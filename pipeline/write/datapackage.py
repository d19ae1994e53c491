"""Tables in OUT → `OUT/datapackage.json`: a Frictionless Tabular Data Package describing them.

One resource per table (its CSV, with the Parquet twin named in `sources`), each with a Table
Schema: every column's type (from the Parquet schema the writer produced, so the package always
matches the files), a description, the primary key and the foreign key `doc_id → documents`.
Deterministic (no timestamps), so an unchanged run leaves it byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.fileio import write_text_atomic

PACKAGE = "datapackage.json"
TABLE_ORDER = ("documents", "figures", "places", "institutions", "entities")
TABLE_DESCRIPTIONS = {
    "documents": "One row per input file: provenance, size, processing status and error.",
    "figures": "One row per stated quantity (money, count, measure, percent, duration ...) in a document.",
    "places": "One row per mention of a place, with its canonical name and gazetteer id.",
    "institutions": "One row per mention of an institution, with its canonical name, acronym and id.",
    "entities": "One row per distinct canonical place or institution across the corpus.",
}
PRIMARY_KEYS = {"documents": ["doc_id"], "figures": ["mention_id"], "places": ["mention_id"],
                "institutions": ["mention_id"], "entities": ["entity_id"]}
MENTION = {
    "mention_id": "Stable id of the mention: hash of doc_id, label, offsets and text.",
    "doc_id": "The document the row comes from (documents.doc_id).",
    "source": "Path of the input file, relative to the corpus folder.",
    "page": "1-based PDF page of the mention's first character; empty for other formats.",
    "start": "Offset of the mention's first character in the document's normalized text.",
    "end": "Offset one past the mention's last character in the document's normalized text.",
    "text": "The mention exactly as written (text[start:end]).",
    "method": "How it was found: rule, ner, or rule+ner when both agree; table for a PDF table cell.",
    "confidence": "Confidence between 0 and 1 given by the recognizer.",
    "bbox": "PDF boxes of the span as JSON [[x0, top, x1, bottom], ...] in points; empty if not a PDF.",
    "x0": "Left edge of the first box, PDF points.",
    "top": "Top edge of the first box, PDF points from the top of the page.",
    "x1": "Right edge of the first box, PDF points.",
    "bottom": "Bottom edge of the first box, PDF points from the top of the page.",
    "lang": "Language of the text block the mention is in (BCP 47: en, zh-Hant, zh-Hans).",
    "canonical": "Canonical name: the gazetteer's, or the cleaned surface form when unknown.",
    "entity_id": "Stable id of the canonical entity (gazetteer id, or x- plus a hash of the name).",
}
COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "Content id: the first 16 hex digits of the file's SHA-256.",
        "source": MENTION["source"],
        "format": "Input format: txt, markdown, html, pdf, docx, doc or rtf.",
        "title": "Title: the document's own title, else its first line or file name.",
        "pages": "Number of pages (PDF only).",
        "n_chars": "Characters of normalized text.",
        "n_words": "Whitespace-separated words of normalized text.",
        "sha256": "SHA-256 of the input file's bytes.",
        "status": "ok, or why not: skipped, empty, no_text, error.",
        "error": "One-line reason when status is not ok; warnings only (warning: ...) when it is ok.",
        "pipeline_version": "Code, rule data and model version that produced the row.",
        "processed_at": "UTC time the document was processed (ISO 8601).",
        "lang": "Main language of the document (BCP 47: en, zh-Hant, zh-Hans).",
    },
    "figures": {
        **MENTION,
        "kind": "money, count, area, length, volume, mass, energy, power, speed, percent, fraction, "
                "ratio, duration or quantity.",
        "value": "The number, scale applied (HK$1.5 billion → 1500000000); the low end of a range.",
        "value_max": "The high end of a range; empty for a single value.",
        "unit": "ISO currency code for money, the unit for measures and durations, the noun for counts.",
        "qualifier": "Word that qualifies the value as written (over, about, up to ...); empty if none.",
        "subject": "What is counted or measured, when stated next to the number; in a PDF table "
                   "'row header / column header'.",
        "sentence": "The sentence the figure is in (whitespace collapsed).",
        "currency_inferred": "True when a bare '$' was resolved from the document's locale.",
        "period": "The time the figure holds for, normalized: 2023, 2020-21 (split year), FY2025, 2021-Q3, "
                  "2027-H1, 2024-05, 2023-12-31, 2024..2028, 2018.. (open start), ..2030 (open end); empty "
                  "when the text gives none (README 'Figure periods').",
    },
    "places": {**MENTION, "place_type": "Gazetteer type (district, city, country, site ...).",
               "country_code": "ISO 3166-1 alpha-2 code of the place's country."},
    "institutions": {**MENTION, "acronym": "The institution's acronym, when known or defined in the text.",
                     "institution_type": "Gazetteer type (bureau, department, university ...)."},
    "entities": {
        "entity_id": MENTION["entity_id"],
        "entity_table": "place or institution.",
        "canonical": MENTION["canonical"],
        "aliases": "Every surface form seen for the entity.",
        "entity_type": "Gazetteer type of the entity.",
        "n_mentions": "Number of mentions across the corpus.",
        "n_documents": "Number of documents that mention it.",
    },
}
ARROW_TYPES = (("bool", "boolean"), ("int", "integer"), ("uint", "integer"), ("float", "number"),
               ("double", "number"), ("decimal", "number"), ("timestamp", "datetime"), ("date32", "date"))


def field_type(arrow_type: str) -> str:
    for prefix, kind in ARROW_TYPES:
        if arrow_type.startswith(prefix):
            return kind
    return "string"


def columns_of(out: Path, name: str) -> list[tuple[str, str]]:
    """(column, Table Schema type) of a written table, in file order, from its Parquet schema."""
    parquet = out / f"{name}.parquet"
    if parquet.exists():
        import pyarrow.parquet as pq

        schema = pq.read_schema(parquet)
        return [(f.name, field_type(str(f.type))) for f in schema if not f.name.startswith("__")]
    with (out / f"{name}.csv").open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n")
    return [(c, "string") for c in header.split(",") if c]


def table_resource(out: Path, name: str) -> dict[str, Any]:
    columns = columns_of(out, name)
    names = {c for c, _ in columns}
    descriptions = COLUMN_DESCRIPTIONS.get(name, {})
    fields = []
    for column, kind in columns:
        f: dict[str, Any] = {"name": column, "type": kind,
                             "description": descriptions.get(column, MENTION.get(column, column.replace("_", " ")))}
        if column in PRIMARY_KEYS.get(name, ()):
            f["constraints"] = {"required": True, "unique": True}
        fields.append(f)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    key = [k for k in PRIMARY_KEYS.get(name, []) if k in names]
    if key:
        schema["primaryKey"] = key
    if name != "documents" and "doc_id" in names:
        schema["foreignKeys"] = [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    resource: dict[str, Any] = {
        "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "description": TABLE_DESCRIPTIONS.get(name, name),
        "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
        "schema": schema,
    }
    if (out / f"{name}.parquet").exists():
        resource["sources"] = [{"title": "The same table as Apache Parquet", "path": f"{name}.parquet"}]
    return resource


def build_datapackage(out: Path) -> dict[str, Any]:
    from pipeline.version import __version__

    names = [n for n in TABLE_ORDER if (out / f"{n}.csv").exists()]
    return {
        "profile": "tabular-data-package",
        "name": "policy-pipeline-tables",
        "title": "Figures, places and institutions extracted from policy documents",
        "description": "Tables written by policy-pipeline; mention tables link to documents by doc_id.",
        "version": __version__,
        "licenses": [{"name": "other-at", "title": "Same terms as the input documents"}],
        "resources": [table_resource(out, n) for n in names],
    }


def write_datapackage(out: Path) -> Path:
    """Write OUT/datapackage.json (atomically) for the tables present in OUT; return its path."""
    path = out / PACKAGE
    write_text_atomic(path, json.dumps(build_datapackage(out), ensure_ascii=False, indent=2) + "\n")
    return path
