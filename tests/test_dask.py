"""--executor dask: the per-document job on a Dask cluster gives the same tables as a local run."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.batch.runner import run

distributed = pytest.importorskip("distributed")
ROOT = Path(__file__).resolve().parent.parent

EXTRA = ("The Tin Shui Wai Data Yard will receive HK$2.5 billion over five years, and 16 research "
         "institutes in Shenzhen and Macao will join the Innovation and Technology Commission in 2026.\n")


def make_corpus(base: Path) -> tuple[Path, Path]:
    corpus = base / "corpus"
    corpus.mkdir()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        (corpus / path.name).write_text(path.read_text("utf-8"), "utf-8")
    (corpus / "extra.txt").write_text("Data yard notice\n\n" + EXTRA, "utf-8")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "second.md").write_text("# Second\n\n" + EXTRA.replace("2.5", "3.75"), "utf-8")
    (corpus / "empty.txt").write_text("", "utf-8")  # a failure row must travel the same way
    gazetteer = base / "gazetteer.places.test.jsonl"
    gazetteer.write_text(json.dumps({"id": "test-tsw-yard", "canonical": "Tin Shui Wai Data Yard",
                                     "type": "site", "aliases": ["Tin Shui Wai Data Yard"],
                                     "country_code": "HK"}) + "\n", "utf-8")
    return corpus, gazetteer


def table(out: Path, name: str) -> list[dict[str, str]]:
    with (out / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row.pop("processed_at", None)  # the only column that depends on when it ran
    return rows


def assert_same_tables(a: Path, b: Path) -> None:
    for name in ("documents", "figures", "places", "institutions"):
        assert table(a, name) == table(b, name), name
    assert (a / "datapackage.json").read_text("utf-8") == (b / "datapackage.json").read_text("utf-8")


@pytest.fixture(autouse=True)
def fixed_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the pipeline version: it hashes the package's source, which may change between two runs."""
    monkeypatch.setattr("pipeline.batch.runner.pipeline_version", lambda *args, **kwargs: "0.0.0+test")


@pytest.fixture(scope="module")
def cluster() -> object:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


@pytest.mark.slow
def test_dask_cluster_tables_equal_local_tables(tmp_path: Path, cluster: object) -> None:
    corpus, gazetteer = make_corpus(tmp_path)
    local = run(Config(corpus=corpus, out=tmp_path / "local", gazetteers=(gazetteer,), workers=1))
    dask = run(Config(corpus=corpus, out=tmp_path / "dask", gazetteers=(gazetteer,), workers=2,
                      executor="dask", scheduler=cluster.scheduler_address))  # type: ignore[attr-defined]
    assert (dask.processed, dask.ok, dask.failed) == (local.processed, local.ok, local.failed) == (4, 3, 1)
    assert_same_tables(tmp_path / "local", tmp_path / "dask")
    places = table(tmp_path / "dask", "places")
    # the user gazetteer travelled to the workers with the tasks (not read from this path there)
    assert {"Tin Shui Wai Data Yard"} <= {p["canonical"] for p in places if p["source"] == "extra.txt"}
    figures = {(f["source"], f["value"], f["unit"]) for f in table(tmp_path / "dask", "figures")}
    assert ("sub/second.md", "3750000000.0", "HKD") in figures
    # each worker process builds the extractor (model + matchers) once and keeps it: a second run on
    # the same cluster finds the very same objects in the workers' cache
    before = extractor_ids(cluster)
    assert before, "no worker built an extractor"
    run(Config(corpus=corpus, out=tmp_path / "again", gazetteers=(gazetteer,), workers=2, force=True,
               executor="dask", scheduler=cluster.scheduler_address))  # type: ignore[attr-defined]
    after = extractor_ids(cluster)
    assert {w: i for w, i in after.items() if w in before} == before


def extractor_ids(cluster: object) -> dict[str, int]:
    """Worker address → id() of the extractor cached in that worker process (workers without one left out)."""
    def cached() -> int | None:
        from pipeline.batch.process import _EXTRACTORS as cache  # process.get_extractor's per-process cache

        return id(next(iter(cache.values()))[0]) if cache else None

    with distributed.Client(cluster) as client:
        return {w: i for w, i in client.run(cached).items() if i is not None}


@pytest.mark.slow
def test_cli_dask_without_scheduler_starts_a_local_cluster(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli.commands import main

    corpus, _ = make_corpus(tmp_path)
    (corpus / "empty.txt").unlink()
    local = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "local"), "--workers", "1"])
    assert local.exit_code == 0, local.output
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "dask"),
                                       "--executor", "dask", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "3 ok" in result.output
    assert_same_tables(tmp_path / "local", tmp_path / "dask")
