"""pipeline.review.diff: rows added, removed and changed per table between two output folders."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.review.diff import diff_outputs, format_diff
from pipeline.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def ids(out: Path, table: str) -> set[str]:
    return {r["mention_id"] for r in read_csv(out / f"{table}.csv")}


@pytest.fixture(scope="module")
def changed_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus with one text document edited and one removed, run with the real model."""
    from pipeline.config import Config
    from pipeline.batch.runner import run

    base = tmp_path_factory.mktemp("diff")
    corpus = base / "corpus"
    corpus.mkdir()
    for p in sorted((ROOT / "corpus").iterdir()):
        if p.name != "press-release-data-centres.html":
            shutil.copyfile(p, corpus / p.name)
    text = (corpus / "smart-city-gba.txt").read_text("utf-8")
    (corpus / "smart-city-gba.txt").write_text(text + "\nA further HK$7 billion will go to Qianhai.\n",
                                               encoding="utf-8")
    run(Config(corpus=corpus, out=base / "out"))
    return base / "out"


def test_same_output_has_no_differences(seed_run: Path) -> None:
    result = diff_outputs(seed_run, seed_run)
    assert result.identical
    assert format_diff(result).endswith("no differences")


def test_added_and_removed_rows_are_the_mention_id_differences(seed_run: Path, changed_run: Path) -> None:
    result = diff_outputs(seed_run, changed_run)
    for t in result.tables[1:]:
        assert {r["mention_id"] for r in t.added} == ids(changed_run, t.table) - ids(seed_run, t.table)
        assert {r["mention_id"] for r in t.removed} == ids(seed_run, t.table) - ids(changed_run, t.table)
    figures = next(t for t in result.tables if t.table == "figures")
    assert any(r["text"] == "HK$7 billion" for r in figures.added)
    assert {r["source"] for r in figures.removed} == {"press-release-data-centres.html", "smart-city-gba.txt"}
    docs = result.tables[0]
    assert [r["source"] for r in docs.removed] == ["press-release-data-centres.html"]
    # Unchanged documents differ only in volatile columns (processed_at), which are not changes.
    assert [r["source"] for _, r, _ in docs.changed] == ["smart-city-gba.txt"]
    assert {"doc_id", "sha256", "n_chars"} <= set(docs.changed[0][2])
    assert docs.unchanged == 3
    text = format_diff(result, limit=2)
    assert "figures: " in text and "+ " in text and "… " in text


def test_a_model_change_shows_as_changed_rows_with_their_columns(seed_run: Path, tmp_path: Path) -> None:
    from pipeline.config import Config
    from pipeline.batch.runner import run

    run(Config(corpus=ROOT / "corpus", out=tmp_path / "blank", model="blank"))
    result = diff_outputs(seed_run, tmp_path / "blank")
    figures = next(t for t in result.tables if t.table == "figures")
    assert figures.changed, "rules-only figures keep their ids but lose the NER agreement"
    for old, new, cols in figures.changed:
        assert old["mention_id"] == new["mention_id"] and cols
        assert all(old[c] != new[c] for c in cols)
    assert any("method" in cols for _, _, cols in figures.changed)
    assert "      method: 'rule+ner' → 'rule'" in format_diff(result, limit=0)


def test_cli_diff_prints_and_writes_html(seed_run: Path, changed_run: Path, tmp_path: Path) -> None:
    from pipeline.cli.commands import main

    page = tmp_path / "diff.html"
    result = CliRunner().invoke(main, ["diff", str(seed_run), str(changed_run), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "figures: " in result.output and "HK$7 billion" in result.output
    html = page.read_text("utf-8")
    assert 'id="diff-figures"' in html and "HK$7 billion" in html and "Content-Security-Policy" in html
    result = CliRunner().invoke(main, ["diff", str(seed_run), str(tmp_path)])
    assert result.exit_code == 2 and "not an output folder" in result.output


def test_not_an_output_folder_is_a_config_error(tmp_path: Path, seed_run: Path) -> None:
    with pytest.raises(ConfigError):
        diff_outputs(tmp_path, seed_run)
