"""Per-document results on disk (OUT/parts/<doc_id>.json) so runs are incremental and resumable."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pipeline.records import Document, DocumentResult, Figure, Institution, PageSpan, Place
from pipeline.write import write_text_atomic


def part_path(out: Path, doc_id: str) -> Path:
    return out / "parts" / f"{doc_id}.json"


def save_part(out: Path, result: DocumentResult) -> None:
    doc = asdict(result.document)
    doc.pop("text")
    payload = {
        "document": doc,
        "figures": [asdict(f) for f in result.figures],
        "places": [asdict(p) for p in result.places],
        "institutions": [asdict(i) for i in result.institutions],
        "processed_at": result.processed_at,
        "pipeline_version": result.pipeline_version,
    }
    write_text_atomic(part_path(out, result.document.doc_id),
                      json.dumps(payload, ensure_ascii=False, sort_keys=True))


def load_part(out: Path, doc_id: str, text: str | None = None) -> DocumentResult | None:
    path = part_path(out, doc_id)
    try:
        payload: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    doc = payload["document"]
    doc["page_spans"] = tuple(PageSpan(**p) for p in doc.get("page_spans", ()))
    if text is None:
        tp = out / "text" / f"{doc_id}.txt"
        text = tp.read_text("utf-8") if tp.exists() else ""
    document = Document(text=text, **doc)
    return DocumentResult(
        document=document,
        figures=tuple(Figure(**f) for f in payload["figures"]),
        places=tuple(Place(**p) for p in payload["places"]),
        institutions=tuple(Institution(**i) for i in payload["institutions"]),
        processed_at=payload["processed_at"], pipeline_version=payload["pipeline_version"],
    )
