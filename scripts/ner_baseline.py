"""spaCy's statistical NER alone, scored by the same evaluator as the pipeline (the baseline of issue 3).

Every document of GOLD_DIR goes through the model's NER only: GPE/LOC/FAC spans become places, ORG spans
institutions, canonical name = the surface text. The tables are written in the contract format to OUT
(documents.csv, figures.csv (empty), places.csv, institutions.csv) and `pipeline.review.evaluation` scores them.

    .venv/bin/python scripts/ner_baseline.py ../shared/devset --out /tmp/ner-baseline
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.config import DEFAULT_MODEL
from pipeline.review.evaluation import evaluate, format_report
from pipeline.extract.extractor import load_model, split_chunks
from pipeline.ingest.formats import ingest_file
from pipeline.ids import mention_id
from pipeline.records import DOCUMENT_COLUMNS, FIGURE_COLUMNS, INSTITUTION_COLUMNS, PLACE_COLUMNS

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def baseline_tables(gold_dir: Path, model: str) -> dict[str, pd.DataFrame]:
    nlp = load_model(model)
    docs: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    institutions: list[dict[str, Any]] = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        name = path.name.replace(".gold.json", ".txt")
        doc = ingest_file(gold_dir / name, name, None)
        docs.append({"doc_id": doc.doc_id, "source": doc.source, "format": doc.format, "title": doc.title,
                     "status": doc.status})
        for offset, chunk in split_chunks(doc.text):
            for ent in nlp(chunk).ents:
                if ent.label_ not in PLACE_LABELS and ent.label_ != "ORG":
                    continue
                s, e = offset + ent.start_char, offset + ent.end_char
                label = "PLACE" if ent.label_ in PLACE_LABELS else "INSTITUTION"
                row = {"mention_id": mention_id(doc.doc_id, label, s, e, ent.text), "doc_id": doc.doc_id,
                       "source": doc.source, "start": s, "end": e, "text": ent.text, "canonical": ent.text,
                       "method": "ner", "confidence": 1.0}
                (places if label == "PLACE" else institutions).append(row)
    return {
        "documents": pd.DataFrame(docs, columns=list(DOCUMENT_COLUMNS)),
        "figures": pd.DataFrame([], columns=list(FIGURE_COLUMNS)),
        "places": pd.DataFrame(places, columns=list(PLACE_COLUMNS)),
        "institutions": pd.DataFrame(institutions, columns=list(INSTITUTION_COLUMNS)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, df in baseline_tables(args.gold_dir, args.model).items():
        df.to_csv(args.out / f"{name}.csv", index=False, lineterminator="\n")
    scores = evaluate(args.gold_dir, args.out)
    scores.pop("figures", None)
    print(format_report(scores, misses=args.misses))


if __name__ == "__main__":
    main()
