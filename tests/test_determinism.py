"""Same bytes, same rows (issue 15): a document's rows depend only on its bytes, the pipeline version and
the options, never on the documents processed before it, the worker count or the arrival order."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline.extract import load_gazetteer
from pipeline.extract.entities import recognizer as entities
from pipeline.extract.entities.recognizer import EntityRecognizer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(load_gazetteer())


def rows(recognizer: EntityRecognizer, doc_id: str, text: str, ents: list[tuple[int, int, str]]) -> list[Any]:
    return [(m.text, m.label, m.method, m.confidence) for m in recognizer.mentions(doc_id, text, ents)]


def test_a_document_is_typed_with_its_own_words_not_its_neighbours(recognizer: EntityRecognizer,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The recognizer once cached a document's '(ACR)' words and lower-case words under id(text). Two
    objects whose lifetimes do not overlap may have the same id (CPython hands a new string the address
    of one just freed), so in a worker the next document was now and then typed with its predecessor's
    words: 'AWB', spelled out only in the first text, became a `ner` institution of the second. Here
    every object gets the same id, which is what the allocator does at random in a long run."""
    monkeypatch.setattr(entities, "id", lambda obj: 1, raising=False)  # the module's builtin id, if it used one
    first = "The Acme Widget Board (AWB) met XYZ on Monday; XYZ said trade grows."
    second = "The firm told reporters that AWB will hold its next meeting in June."
    pos = second.index("AWB")
    second_ents = [(pos, pos + 3, "ORG")]
    alone = rows(EntityRecognizer(load_gazetteer()), "b", second, second_ents)
    assert alone == []  # never spelled out in its own text, unknown to the gazetteer: no entity
    pos = first.index("XYZ")
    assert rows(recognizer, "a", first, [(pos, pos + 3, "ORG")])  # typing 'XYZ' reads the first text's words
    assert rows(recognizer, "b", second, second_ents) == alone


# -- the whole run: worker count, arrival order and corpus composition change nothing -----------------

TABLES = ("documents", "figures", "places", "institutions", "entities")


def small_documents(shared: Path, folder: Path, words: int = 120, every: int = 2) -> list[Path]:
    """Press-release-sized documents: runs of consecutive paragraphs (so an acronym is defined and used in
    one document) of the dev-set texts, every `every`-th one, in a stable order."""
    folder.mkdir(parents=True)
    pieces: list[str] = []
    for path in sorted((shared / "devset").glob("*.txt")) + sorted((shared / "devset-real").glob("*.txt")):
        body: list[str] = []
        size = 0
        for para in path.read_text("utf-8").split("\n\n"):
            if para.strip():
                body.append(para.strip())
                size += len(para.split())
            if size >= words:
                pieces.append("\n\n".join(body) + "\n")
                body, size = [], 0
    out = []
    for n, text in enumerate(pieces[::every]):
        out.append(folder / f"doc-{n:03d}.txt")
        out[-1].write_text(text, "utf-8")
    return out


def run_cli(corpus: Path, out: Path, workers: int) -> dict[str, bytes]:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out),
                           "--workers", str(workers)], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return {name: (out / f"{name}.csv").read_bytes() for name in TABLES}


def rows_of(table: bytes, source: str) -> list[list[str]]:
    """The rows of a CSV table that belong to one source, or all with source '' (the header included)."""
    header, *rows = csv.reader(io.StringIO(table.decode("utf-8-sig"), newline=""))
    column = header.index("source")
    return [header] + [row for row in rows if row[column] == source or not source]


@pytest.mark.slow
def test_tables_identical_across_runs_worker_counts_and_corpus_composition(shared_dir: Path,
                                                                          tmp_path: Path) -> None:
    """One corpus 5 times with 2 workers and once with 1: every table byte for byte the same; then some of
    its documents each alone: their rows are the rows they had among the others."""
    docs = small_documents(shared_dir, tmp_path / "corpus")
    assert len(docs) >= 30
    reference = run_cli(tmp_path / "corpus", tmp_path / "out-1w", workers=1)
    assert reference["institutions"].count(b"\n") > len(docs)  # rows to compare, not empty tables
    for i in range(5):
        tables = run_cli(tmp_path / "corpus", tmp_path / f"out-2w-{i}", workers=2)
        for name in TABLES:
            assert tables[name] == reference[name], f"{name}.csv differs in 2-worker run {i}"
    for doc in docs[1::len(docs) // 3][:3]:
        alone = tmp_path / f"alone-{doc.stem}"
        alone.mkdir()
        (alone / doc.name).write_bytes(doc.read_bytes())
        tables = run_cli(alone, tmp_path / f"out-{doc.stem}", workers=1)
        for name in ("documents", "figures", "places", "institutions"):
            assert rows_of(tables[name], doc.name) == rows_of(reference[name], doc.name), \
                f"{name}.csv rows of {doc.name} alone"
            assert len(rows_of(tables[name], doc.name)) == len(rows_of(tables[name], ""))  # nothing else


def test_mentions_do_not_depend_on_the_model_batch_size(shared_dir: Path, extractor: Any) -> None:
    """The model reads chunks in batches of `BATCH_SIZE`, a size chosen for speed (issue 15). A chunk's
    entities must not depend on which other chunks share its batch: every mention of some dev-set texts
    (about 20 chunks, read as one group) is the same with batches of 1, 16 and 64 chunks."""
    from pipeline.extract.extractor import BATCH_SIZE
    from pipeline.records import Document

    texts = [p.read_text("utf-8")[:6000] for p in sorted((shared_dir / "devset-real").glob("*.txt"))[:7]]
    docs = [Document(doc_id=f"d{n}", source=f"d{n}.txt", format="txt", title="", text=t, sha256="0" * 64)
            for n, t in enumerate(texts)]
    found = {}
    try:
        for size in (1, 16, 64):
            extractor.batch_size = size
            found[size] = [mentions for _, mentions in extractor.extract_group(docs)]
    finally:
        extractor.batch_size = BATCH_SIZE
    assert sum(map(len, found[1])) > 100  # mentions to compare
    assert found[16] == found[1]
    assert found[64] == found[1]


def test_the_model_reads_pieces_shortest_first_and_each_piece_as_alone(shared_dir: Path, extractor: Any) -> None:
    """A group's pieces go to the model in order of length (pieces of like length share a batch: cheaper,
    issue 15); each piece still gets its own sentences and entities, the same as read alone, in its place."""
    from pipeline.extract.extractor import split_chunks

    text = "\n\n".join(p.read_text("utf-8")[:5000] for p in sorted((shared_dir / "devset-real").glob("*.txt"))[:3])
    pieces = [c for _, c in split_chunks(text)] + ["The Hong Kong Monetary Authority met in Sha Tin."]
    seen: list[str] = []
    real = extractor.nlp

    class Recording:
        def pipe(self, texts: Any, batch_size: int = 64) -> Any:
            texts = list(texts)
            seen.extend(texts)
            return real.pipe(texts, batch_size=batch_size)

    extractor.nlp = Recording()
    try:
        together = extractor.read_chunks(pieces)
    finally:
        extractor.nlp = real
    assert sorted(seen) == sorted(pieces) and [len(t) for t in seen] == sorted(len(t) for t in pieces)
    assert seen != pieces  # the order did change
    alone = [extractor.read_chunks([p])[0] for p in pieces]
    assert together == alone
    assert sum(len(ents) for _, ents in together) > 20 and all(sents for sents, _ in together)
