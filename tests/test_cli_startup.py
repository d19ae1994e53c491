"""Start-up: the CLI module and `--help` must not import spaCy, pandas or pdfplumber (they cost ~1 s)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("spacy", "pandas", "pdfplumber", "pyarrow", "distributed")


def imported_after(code: str) -> dict[str, bool]:
    probe = f"{code}\nimport sys\nprint(','.join(str(m in sys.modules) for m in {HEAVY!r}))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return dict(zip(HEAVY, (v == "True" for v in done.stdout.strip().splitlines()[-1].split(","))))


@pytest.mark.slow
def test_importing_the_cli_imports_nothing_heavy() -> None:
    assert imported_after("import pipeline.cli.commands") == {m: False for m in HEAVY}


@pytest.mark.slow
@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["--version"]])
def test_help_imports_nothing_heavy(args: list[str]) -> None:
    code = ("import sys\nfrom pipeline.cli.commands import main\n"
            f"try:\n    main({args!r}, standalone_mode=False)\nexcept SystemExit:\n    pass")
    assert imported_after(code) == {m: False for m in HEAVY}


@pytest.mark.slow
def test_the_probe_sees_an_import() -> None:
    """The check above can fail: importing the extractor does load spaCy."""
    assert imported_after("import pipeline.extract.extractor\nimport spacy")["spacy"] is True


@pytest.mark.slow
def test_importing_the_rules_imports_no_spacy() -> None:
    """spaCy is imported only when a model is loaded (a rule module's stop-word list is read at first use)."""
    assert imported_after("import pipeline.extract, pipeline.normalize")["spacy"] is False


@pytest.mark.slow
def test_the_run_process_loads_no_model_and_no_rules(tmp_path) -> None:
    """`run`'s own process scans, commits and writes tables: the model and the rule modules (and their
    data) load in the fork server and its workers only (issue 15: they once cost the run process 0.5 s of
    CPU and ~55 MB at start-up, through pipeline.write importing normalize)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text("The Hong Kong Monetary Authority lent HK$5 million in 2024.\n", "utf-8")
    code = ("from pipeline.cli.commands import main\n"
            f"try:\n    main(['run', {str(corpus)!r}, '--out', {str(tmp_path / 'out')!r}, '--workers', '1'], "
            "standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "import sys\nrules = sorted(m for m in sys.modules if m.startswith(('pipeline.extract', 'pipeline.normalize')))\n"
            "print('rules:', rules)")
    probe = f"{code}\nprint(','.join(str(m in sys.modules) for m in ('spacy', 'thinc')))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert (tmp_path / "out" / "figures.csv").read_text("utf-8").count("\n") >= 2  # the run did run
    assert lines[-2] == "rules: []" and lines[-1] == "False,False", done.stdout
