"""datapackage.json: written with every run, valid per the `frictionless` library, keys that bite."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from pipeline.write.datapackage import PACKAGE, build_datapackage

frictionless = pytest.importorskip("frictionless")


def report_errors(path: Path) -> list[tuple[str, str]]:
    report = frictionless.validate(str(path))
    return [(task.name, error.type) for task in report.tasks for error in task.errors]


@pytest.mark.slow
def test_run_writes_a_valid_package(seed_run: Path) -> None:
    path = seed_run / PACKAGE
    assert path.is_file()
    assert report_errors(path) == []
    package = json.loads(path.read_text("utf-8"))
    names = [r["name"] for r in package["resources"]]
    assert names[:4] == ["documents", "figures", "places", "institutions"]
    by_name = {r["name"]: r for r in package["resources"]}
    assert by_name["documents"]["schema"]["primaryKey"] == ["doc_id"]
    for name in ("figures", "places", "institutions"):
        schema = by_name[name]["schema"]
        assert schema["primaryKey"] == ["mention_id"]
        assert schema["foreignKeys"] == [{"fields": ["doc_id"],
                                          "reference": {"resource": "documents", "fields": ["doc_id"]}}]
        with (seed_run / f"{name}.csv").open(encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert [f["name"] for f in schema["fields"]] == header  # the package describes the files as written
        assert all(f["description"] for f in schema["fields"])
    types = {f["name"]: f["type"] for f in by_name["figures"]["schema"]["fields"]}
    assert (types["value"], types["start"], types["kind"]) == ("number", "integer", "string")


@pytest.mark.slow
def test_package_is_deterministic(seed_run: Path) -> None:
    assert json.loads((seed_run / PACKAGE).read_text("utf-8")) == build_datapackage(seed_run)


@pytest.mark.slow
@pytest.mark.parametrize("column, value, error", [
    ("doc_id", "ffffffffffffffff", "foreign-key"),  # a row pointing at no document
    ("start", "twelve", "type-error"),
])
def test_validation_catches_broken_tables(seed_run: Path, tmp_path: Path, column: str, value: str,
                                          error: str) -> None:
    out = tmp_path / "out"
    shutil.copytree(seed_run, out)
    path = out / "figures.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) > 1, "the seed corpus must yield figures"
    rows[1][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    assert ("figures", error) in report_errors(out / PACKAGE)


@pytest.mark.slow
def test_duplicate_mention_id_breaks_the_primary_key(seed_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seed_run, out)
    path = out / "places.csv"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    assert len(lines) > 1
    path.write_text("".join(lines + [lines[1]]), "utf-8")
    assert ("places", "primary-key") in report_errors(out / PACKAGE)
