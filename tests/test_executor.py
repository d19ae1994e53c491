"""Parallel execution and memory: --workers N gives the tables of one worker; memory does not grow with the corpus."""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.batch.runner import run

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Sha Tin", "Kai Tak", "Shenzhen", "Qianhai", "Macao", "Lantau", "Guangzhou", "Tuen Mun"]
BODIES = ["the Innovation and Technology Commission", "Cyberport", "the Hong Kong Science and Technology "
          "Parks Corporation", "the Development Bureau", "the Hospital Authority"]


def policy_text(rng: random.Random, n_words: int, title: str) -> str:
    """Generated policy prose with figures, places and institutions in every sentence."""
    out = [title, ""]
    words = 0
    while words < n_words:
        sentence = (f"In {rng.choice(PLACES)}, {rng.choice(BODIES)} will spend HK${rng.randint(2, 900)} million "
                    f"over {rng.randint(2, 9)} years on {rng.randint(3, 40)} new laboratories covering "
                    f"{rng.randint(5, 90)} hectares, about {rng.randint(1, 60)} per cent more than in "
                    f"{rng.randint(1998, 2023)}.")
        out.append(sentence)
        words += len(sentence.split())
    return "\n".join(out) + "\n"


def make_corpus(folder: Path, n_docs: int, n_words: int, seed: int) -> Path:
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    for i in range(n_docs):
        (folder / f"doc-{i:04d}.txt").write_text(policy_text(rng, n_words, f"Notice {seed}-{i}"), "utf-8")
    return folder


def rows(out: Path, name: str) -> list[dict[str, str]]:
    with (out / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    for row in table:
        row.pop("processed_at", None)
    return table


@pytest.mark.slow
def test_two_workers_give_the_tables_of_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.batch.runner.pipeline_version", lambda *a, **k: "0.0.0+test")  # source may change mid-test
    corpus = make_corpus(tmp_path / "corpus", 6, 300, seed=1)
    one = run(Config(corpus=corpus, out=tmp_path / "one", workers=1))
    two = run(Config(corpus=corpus, out=tmp_path / "two", workers=2))
    assert (one.ok, two.ok) == (6, 6)
    for name in ("documents", "figures", "places", "institutions"):
        assert rows(tmp_path / "one", name) == rows(tmp_path / "two", name), name
    assert len(rows(tmp_path / "two", "figures")) > 6 * 10


PROBE = """
import json, resource, sys
from pathlib import Path
from pipeline.config import Config
from pipeline.batch.runner import run
summary = run(Config(corpus=Path(sys.argv[1]), out=Path(sys.argv[2]), model="blank", workers=1))
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "rows": summary.rows}))
"""


def main_process_peak(corpus: Path, out: Path) -> dict[str, object]:
    """Peak RSS of the run's own process (the one that gathers results and writes the tables)."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(corpus), str(out)], capture_output=True, text=True,
                          timeout=900, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.slow
def test_memory_does_not_grow_with_the_corpus(tmp_path: Path) -> None:
    """8x the documents (and rows) must not cost the run's process more than a loose 20 MB
    (measured: +8 MB; keeping every result and writing the tables in one go cost +37 MB).

    Rules only (--model blank) to keep it quick: the model runs in the workers, and what could grow
    with the corpus (results kept for the tables, the table writer) is in the run's own process.
    """
    small = main_process_peak(make_corpus(tmp_path / "small", 16, 1200, seed=2), tmp_path / "out-small")
    big = main_process_peak(make_corpus(tmp_path / "big", 128, 1200, seed=3), tmp_path / "out-big")
    assert big["rows"]["figures"] > 7 * small["rows"]["figures"] > 0  # type: ignore[index, operator]
    growth = big["rss_mb"] - small["rss_mb"]  # type: ignore[operator]
    assert growth < 20, f"peak RSS grew by {growth:.0f} MB: small {small}, big {big}"
