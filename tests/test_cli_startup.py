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
