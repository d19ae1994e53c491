"""Unruled PDF tables (issue 16): cell precision and recall, generated and real.

(a) Generated PDFs whose cells are known (tests/pdfgen.make_unruled_pdf: tables with stacked
    period/status/unit headers, a phrase over two columns, wrapped and indented labels, dashes,
    blanks, totals; every fourth page only look-alikes: numbered lists, two columns, footnotes).
(b) Hand-checked real tables (bench/pdf_tables_gold.json): the unruled tables of
    ../shared/realworld/pdfs/hk-budget-2020-21-media-sheets.pdf (pages 1, 2, 11, 14, 20, 21) and the
    framed statement of senate-expenditures.pdf.
(c) The other real PDFs: how many unruled tables each gives (none of them draws one).

A cell is (page, row label, column header, text); with both engines. The last line is `RESULT {json}`.

Usage: python bench/bench_pdf_tables.py [--seeds 20]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "realworld" / "pdfs"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
import pdfgen  # noqa: E402  (the generated layouts the tests use)

from pipeline.ingest.pdf.document import pdf_to_text  # noqa: E402

ENGINES = ("pdfium", "pdfplumber")
OTHERS = ("federal-register-2020-17221.pdf", "chelsea_pdta.pdf", "scotus-transcript-p1.pdf", "2023-06-20-PV.pdf",
          "cupertino_usd_4-6-16.pdf", "issue-848.pdf", "WARN-Report-for-7-1-2015-to-03-25-2016.pdf")


def generated(seeds: int, engine: str) -> dict[str, float]:
    expected: set[tuple[object, ...]] = set()
    found: set[tuple[object, ...]] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(seeds):
            path = Path(tmp) / f"g{seed}.pdf"
            expected |= {(seed, *c) for c in pdfgen.make_unruled_pdf(path, seed)}
            found |= {(seed, *c) for c in pdfgen.found_cells(pdf_to_text(path, path.name, None, engine)[3].tables)}
    precision, recall = pdfgen.cell_scores(expected, found)  # type: ignore[arg-type]
    return {"cells": len(expected), "found": len(found), "precision": round(precision, 4), "recall": round(recall, 4)}


def real(engine: str) -> list[dict[str, object]]:
    gold = json.loads((HERE / "pdf_tables_gold.json").read_text("utf-8"))
    out = []
    for doc in gold["documents"]:
        path = SHARED / doc["document"]
        tables = [t for t in pdf_to_text(path, path.name, None, engine)[3].tables if t.page in set(doc["pages"])]
        expected = {tuple(c) for c in doc["cells"]}
        found = pdfgen.found_cells(tables)
        precision, recall = pdfgen.cell_scores(expected, found)  # type: ignore[arg-type]
        out.append({"document": doc["document"], "pages": doc["pages"], "cells": len(expected), "found": len(found),
                    "precision": round(precision, 4), "recall": round(recall, 4),
                    "wrong": sorted(found - expected), "missed": sorted(expected - found)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20, help="generated documents of 10 pages each")
    args = parser.parse_args()
    result: dict[str, object] = {}
    for engine in ENGINES:
        gen = generated(args.seeds, engine)
        print(f"generated, {engine}: {gen}")
        if not SHARED.is_dir():
            result[engine] = {"generated": gen}
            continue
        checked = real(engine)
        for doc in checked:
            print(f"{doc['document']} pages {doc['pages']}, {engine}: precision {doc['precision']} recall "
                  f"{doc['recall']} ({doc['found']} found, {doc['cells']} checked); wrong {doc['wrong']}; "
                  f"missed {doc['missed']}")
        others = {name: sum(1 for t in pdf_to_text(SHARED / name, name, None, engine)[3].tables if not t.ruled)
                  for name in OTHERS}
        print(f"unruled tables in the other real PDFs, {engine}: {others}")
        result[engine] = {"generated": gen, "others": others,
                          "checked": [{k: v for k, v in d.items() if k not in ("wrong", "missed")} for d in checked]}
    print("RESULT " + json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
