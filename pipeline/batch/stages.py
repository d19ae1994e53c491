"""Stage-by-stage commands (`ingest`, `extract`, `tables`): each reads the previous stage's artefacts.

They produce the same tables as `run` (a test checks it) but keep every stage's output on disk, for
inspecting or re-running one stage: OUT/ingested.jsonl + OUT/text/, then OUT/mentions.jsonl, then
the tables.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from pipeline.config import Config
from pipeline.batch.corpus import discover
from pipeline.errors import ConfigError, IngestError
from pipeline.ingest import ingest_file
from pipeline.records import Document, DocumentResult, Mention, PageSpan, mention_from_json, mention_to_json
from pipeline.batch.process import failed_result, now, pipeline_version
from pipeline.fileio import write_text_atomic
from pipeline.write import load_layout, save_pdf_artefacts, write_datapackage, write_entities, write_tables


def run_ingest(config: Config) -> int:
    rows = []
    for item in discover(config.corpus, exclude=config.out):
        try:
            if item.refusal is not None:
                raise item.refusal
            doc = save_pdf_artefacts(config.out, ingest_file(item.path, item.source, config.password,
                                                             config.pdf_engine))
        except IngestError as exc:
            doc = failed_result(item.path, item.source, exc, exc.status, "", None).document
        except OSError as exc:
            doc = failed_result(item.path, item.source, str(exc), "error", "", None).document
        if doc.status == "ok":
            write_text_atomic(config.out / "text" / f"{doc.doc_id}.txt", doc.text)
        d = asdict(doc)
        d.pop("text")
        rows.append(d)
    write_text_atomic(config.out / "ingested.jsonl",
                      "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows))
    return len(rows)


def load_ingested(out: Path) -> list[Document]:
    path = out / "ingested.jsonl"
    if not path.exists():
        raise ConfigError(f"{path} not found: run `policy-pipeline ingest CORPUS --out {out}` first")
    docs = []
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        d["page_spans"] = tuple(PageSpan(**p) for p in d.get("page_spans", ()))
        tp = out / "text" / f"{d['doc_id']}.txt"
        d["layout"] = load_layout(out, d["doc_id"])
        docs.append(Document(text=tp.read_text("utf-8") if d["status"] == "ok" else "", **d))
    return docs


def run_extract(config: Config) -> int:
    from pipeline.extract import Extractor, load_gazetteer, load_model

    docs = [d for d in load_ingested(config.out) if d.status == "ok"]
    extractor = Extractor(load_model(config.model), load_gazetteer(config.gazetteers),
                          config.default_currency, config.batch_size)
    lines = []
    for document, mentions in extractor.extract(docs):
        for m in mentions:
            lines.append(json.dumps(mention_to_json(m), ensure_ascii=False, sort_keys=True) + "\n")
    write_text_atomic(config.out / "mentions.jsonl", "".join(lines))
    return len(lines)


def run_tables(config: Config) -> dict[str, int]:
    from pipeline.extract import load_gazetteer
    from pipeline.normalize import normalize_document

    docs = load_ingested(config.out)
    path = config.out / "mentions.jsonl"
    if not path.exists():
        raise ConfigError(f"{path} not found: run `policy-pipeline extract --out {config.out}` first")
    by_doc: dict[str, list[Mention]] = {}
    for line in path.read_text("utf-8").splitlines():
        m = mention_from_json(json.loads(line))
        by_doc.setdefault(m.doc_id, []).append(m)
    entries = load_gazetteer(config.gazetteers).by_id()
    version = pipeline_version(config.model, config.gazetteers)
    results = []
    for doc in docs:
        figures, places, institutions = normalize_document(doc, by_doc.get(doc.doc_id, []), entries)
        results.append(DocumentResult(doc, tuple(figures), tuple(places), tuple(institutions),
                                      processed_at=now(), pipeline_version=version))
    counts = write_tables(config.out, results, csv_bom=config.csv_bom)
    counts["entities"] = write_entities(config.out, results, csv_bom=config.csv_bom)
    write_datapackage(config.out)
    return counts

