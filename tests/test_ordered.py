"""Tables written while the workers run (pipeline.batch.ordered + write.TableWriter) and the warm fork server
(pipeline.batch.warm): results arriving in any order give the same bytes, an interrupted run leaves the old
tables, and workers start from a model loaded once."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.ingest.formats import detect_format, file_sha256
from pipeline.batch.ordered import OrderedTables
from pipeline.records import DocumentResult
from pipeline.batch.process import failed_result, process_one
from pipeline.batch.runner import run
from pipeline.batch.store import save_part
from pipeline.write.tables import TableWriter, write_entities, write_tables

ROOT = Path(__file__).resolve().parent.parent
TABLES = [f"{t}.{ext}" for t in ("documents", "figures", "places", "institutions") for ext in ("csv", "parquet")]


def table_bytes(out: Path, names: list[str] = TABLES) -> dict[str, str]:
    return {name: hashlib.sha256((out / name).read_bytes()).hexdigest() for name in names}


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, object]], dict]:
    """The sample corpus plus a duplicate and a refused file, processed in-process (rules only)."""
    base = tmp_path_factory.mktemp("ordered")
    corpus, parts = base / "corpus", base / "parts"
    corpus.mkdir()
    for path in sorted((ROOT / "corpus").iterdir()):
        shutil.copy(path, corpus / path.name)
    shutil.copy(corpus / "smart-city-gba.txt", corpus / "zz-copy-of-smart-city.txt")
    config = Config(corpus=corpus, out=parts, model="blank")
    order: list[tuple[str, object]] = []
    results: dict[object, DocumentResult] = {}
    for path in sorted(corpus.iterdir()):
        sha = file_sha256(path)
        key = (sha[:16], detect_format(path))
        order.append((path.name, key))
        if key not in results:
            results[key] = process_one(path, path.name, config, "v-test", sha)
            save_part(parts, results[key])
    order.append(("broken.xyz", ("broken.xyz",)))
    results[("broken.xyz",)] = failed_result(Path("broken.xyz"), "broken.xyz", "unsupported format", "skipped",
                                             "v-test", None)
    return parts, order, results


def write_in(order_of_offers: list[object], processed: tuple, out: Path, buffer_docs: int) -> OrderedTables:
    parts, order, results = processed
    shutil.copytree(parts, out, dirs_exist_ok=True)  # the stored parts a light result is read back from
    with TableWriter(out) as writer:
        tables = OrderedTables(out, order, writer, buffer_docs=buffer_docs)
        for key in order_of_offers:
            tables.offer(key, results[key])
        tables.complete()
    return tables


def test_results_in_any_order_give_the_same_tables(processed: tuple, tmp_path: Path) -> None:
    _, order, results = processed
    keys = list(results)
    in_order = write_in(keys, processed, tmp_path / "a", buffer_docs=32)
    write_in(keys[::-1], processed, tmp_path / "b", buffer_docs=32)  # the last to finish is first in order
    write_in(keys[::-1], processed, tmp_path / "c", buffer_docs=0)  # every row read back from its part
    expected = table_bytes(tmp_path / "a")
    assert table_bytes(tmp_path / "b") == expected
    assert table_bytes(tmp_path / "c") == expected
    # the same files as writing every result at once, after dropping the duplicate
    kept = [results[key] for source, key in sorted(order) if source != "zz-copy-of-smart-city.txt"]
    write_tables(tmp_path / "d", kept)
    assert table_bytes(tmp_path / "d") == expected
    assert in_order.duplicates == [("zz-copy-of-smart-city.txt", "smart-city-gba.txt")]
    assert [r.document.source for r in in_order.kept] == sorted(s for s, _ in order if not s.startswith("zz-"))
    # entities counted on the fly == counted from all results at the end
    write_entities(tmp_path / "d", kept)
    assert in_order.entities.records()
    assert table_bytes(tmp_path / "d", ["entities.csv"])["entities.csv"] == hashlib.sha256(
        entities_csv(tmp_path / "e", in_order)).hexdigest()


def entities_csv(out: Path, tables: OrderedTables) -> bytes:
    from pipeline.write.tables import write_entity_records

    write_entity_records(out, tables.entities.records())
    return (out / "entities.csv").read_bytes()


def test_a_source_without_a_result_is_an_error(processed: tuple, tmp_path: Path) -> None:
    _, order, results = processed
    tables = OrderedTables(tmp_path, order)
    first = sorted(order)[0][1]
    for key in results:
        if key != first:
            tables.offer(key, results[key])
    assert tables.kept == []  # nothing can be emitted before the first document's result
    with pytest.raises(RuntimeError, match="no result for"):
        tables.complete()


class Interrupt:
    """A progress display whose user presses Ctrl-C after the first document."""

    def begin(self, todo: int, reused: int) -> None: ...
    def start(self, source: str) -> None: ...
    def log(self, message: str) -> None: ...
    def end(self) -> None: ...

    def done(self, result: DocumentResult) -> None:
        raise KeyboardInterrupt


@pytest.mark.slow
def test_an_interrupted_run_leaves_the_old_tables(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(ROOT / "corpus", corpus)
    run(Config(corpus=corpus, out=out, model="blank"))
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    with pytest.raises(KeyboardInterrupt):
        run(Config(corpus=corpus, out=out, model="blank", force=True), progress=Interrupt())
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    assert after == before  # no table half-written, no temp file left beside them
    assert not list(out.glob(".*.tmp"))


def test_warm_module_loads_the_extractor_once_for_every_forked_worker(tmp_path: Path) -> None:
    """The fork server imports pipeline.batch.warm with the run's settings: the extractor is then in the
    per-process cache that every forked worker inherits; bad settings never break the import."""
    from pipeline.batch.warm import ENV, warm_settings

    probe = ("import pipeline.batch.warm as w, pipeline.batch.process as r; "
             "print(w.WARMED, [k[0] for k in r._EXTRACTORS])")
    env = dict(os.environ, **{ENV: warm_settings(Config(corpus=tmp_path, out=tmp_path, model="blank"))})
    good = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert good.stdout.split() == ["True", "['blank']"]
    env[ENV] = json.dumps({"model": "no-such-model", "gazetteers": [], "default_currency": "HKD", "batch_size": 64})
    bad = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert bad.stdout.split() == ["False", "[]"]


EDITED_GAZETTEER_RUNS = """
import csv, json, sys
from pathlib import Path
from pipeline.config import Config
from pipeline.batch.runner import run


def main(tmp: Path) -> None:
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text("The Quarry Bay Lab will open in Ngau Tau Kok Village next year.\\n")
    gazetteer = tmp / "gazetteer.places.mine.jsonl"
    for n, canonical in enumerate(["Ngau Tau Kok Village (first)", "Ngau Tau Kok Village (edited)"]):
        gazetteer.write_text(json.dumps({"id": "place:user-ntkv", "table": "place", "canonical": canonical,
                                         "type": "village", "aliases": ["Ngau Tau Kok Village"]}) + "\\n")
        run(Config(corpus=corpus, out=tmp / f"out{n}", model="blank", gazetteers=(gazetteer,), workers=1))
        with (tmp / f"out{n}" / "places.csv").open(encoding="utf-8", newline="") as fh:
            print([row["canonical"] for row in csv.DictReader(fh)])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
"""


@pytest.mark.slow
def test_an_edited_user_gazetteer_is_used_by_the_next_run_in_the_same_process(tmp_path: Path) -> None:
    """Workers fork from a fork server that outlives a run: its extractor must not be reused for a
    user gazetteer file whose content changed since (the cache is keyed on the content). Two runs in
    one fresh interpreter, so that the fork server is warmed with the first version of the file."""
    script = tmp_path / "two_runs.py"
    script.write_text(EDITED_GAZETTEER_RUNS)
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.splitlines() == ["['Ngau Tau Kok Village (first)']", "['Ngau Tau Kok Village (edited)']"]


def test_every_mention_table_column_is_a_field_of_its_record() -> None:
    """The table writer reads a row with one attrgetter over the table's columns (issue 15): a column
    that is not a record field would raise instead of giving an empty cell."""
    from dataclasses import fields

    from pipeline.records import TABLES, Figure, Institution, Place

    for name, record in (("figures", Figure), ("places", Place), ("institutions", Institution)):
        assert set(TABLES[name]) <= {f.name for f in fields(record)}, name
