"""`policy-pipeline run`: summary, progress lines, exit codes 0/1/2 and one-line usage errors."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli.commands import main
from pipeline.batch.lock import RunLock
from pipeline.cli.progress import Progress
from pipeline.records import Document, DocumentResult

ROOT = Path(__file__).resolve().parent.parent


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Result]:
    """A batch with one empty file (exit 1), then the same batch with it deleted (exit 0)."""
    base = tmp_path_factory.mktemp("cli")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    shutil.copy(corpus / "smart-city-gba.txt", corpus / "zz-copy.txt")  # same bytes, second name
    first = invoke("run", str(corpus), "--out", str(base / "out"), "--workers", "1")
    (corpus / "empty.txt").unlink()
    second = invoke("run", str(corpus), "--out", str(base / "out"), "--workers", "1")
    return first, second


@pytest.mark.slow
def test_failed_document_gives_exit_1_and_a_summary_line(two_runs: tuple[Result, Result]) -> None:
    first, _ = two_runs
    assert first.exit_code == 1, first.output
    lines = first.stdout.splitlines()
    assert lines[0] == ("documents: 5 ok, 0 skipped, 1 failed (6 processed, 0 unchanged; "
                        "6 new, 0 changed, 0 removed since the last run)")
    assert lines[1].startswith("rows: documents 6, figures ")
    assert lines[2].startswith("time: ") and lines[2].endswith(" s")
    assert "  empty: empty.txt: empty file (0 bytes): empty.txt" in lines
    assert lines[-1] == "  duplicate: zz-copy.txt: same content as smart-city-gba.txt, which has the rows"


@pytest.mark.slow
def test_progress_is_plain_log_lines_when_not_a_terminal(two_runs: tuple[Result, Result]) -> None:
    first, _ = two_runs
    log = first.stderr.splitlines()
    assert log[0] == "6 document(s) to process, 0 unchanged since the last run"
    assert any(line.startswith("[1/6] ") for line in log)
    assert any(line.startswith("[6/6] ") for line in log)
    assert any(line.startswith("[") and " empty empty.txt (" in line and line.endswith("empty.txt") for line in log)
    assert "\r" not in first.stderr and "\x1b" not in first.stderr


@pytest.mark.slow
def test_rerun_after_removing_the_bad_file_exits_0(two_runs: tuple[Result, Result]) -> None:
    _, second = two_runs
    assert second.exit_code == 0, second.output
    assert second.stdout.splitlines()[0] == ("documents: 5 ok, 0 skipped, 0 failed (0 processed, 5 unchanged; "
                                             "0 new, 0 changed, 1 removed since the last run)")


@pytest.mark.parametrize("args, message", [
    (["--memory-limit", "100"], "--memory-limit 100 MB is too small to load the model"),
    (["--timeout", "-1"], "--timeout must be 0 (no limit) or a number of seconds, not -1"),
])
def test_bad_limits_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "corpus").mkdir()
    r = invoke("run", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), *args)
    assert r.exit_code == 2
    assert r.stderr.startswith("Error: " + message) and r.stderr.count("\n") == 1


def test_missing_corpus_exits_2(tmp_path: Path) -> None:
    r = invoke("run", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2 and r.stderr == f"Error: corpus folder not found: {tmp_path / 'nope'}\n"


def test_unknown_option_exits_2(tmp_path: Path) -> None:
    assert invoke("run", str(tmp_path), "--out", str(tmp_path / "o"), "--no-such-flag").exit_code == 2


@pytest.mark.skipif(shutil.which("ocrmypdf") is not None, reason="ocrmypdf is installed here")
def test_ocr_without_ocrmypdf_exits_2(tmp_path: Path) -> None:
    r = invoke("run", str(tmp_path), "--out", str(tmp_path / "o"), "--ocr")
    assert r.exit_code == 2 and "--ocr needs ocrmypdf and tesseract on PATH" in r.stderr


def test_concurrent_run_exits_2_naming_the_holder(tmp_path: Path) -> None:
    import os

    (tmp_path / "corpus").mkdir()
    with RunLock(tmp_path / "out"):
        r = invoke("run", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2
    assert r.stderr.startswith(f"Error: another run is already writing to {tmp_path / 'out'} (pid {os.getpid()} on ")
    assert "delete" in r.stderr and r.stderr.count("\n") == 1


def test_run_help_lists_the_batch_flags() -> None:
    text = invoke("run", "--help").output
    for flag in ("--force", "--password", "--ocr", "--timeout", "--memory-limit", "Exit code 0"):
        assert flag in text


def result(source: str, status: str = "ok", error: str = "") -> DocumentResult:
    return DocumentResult(Document(doc_id="x", source=source, format="txt", title="", text="t",
                                   sha256="x", status=status, error=error))


def test_progress_bar_on_a_terminal() -> None:
    stream: Any = io.StringIO()
    p = Progress(stream=stream, tty=True)
    p.begin(4, 1)
    p.start("a.txt")
    p.done(result("a.txt"))
    p.start("b.pdf")
    p.done(result("b.pdf", "encrypted", "password-protected PDF"))
    text = stream.getvalue()
    assert "4 document(s) to process, 1 unchanged since the last run\n" in text
    assert "\r\x1b[2K[######------------------] 1/4 " in text and " ETA " in text and "a.txt" in text
    assert "encrypted: b.pdf: password-protected PDF\n" in text  # problems stay on screen
    assert "[############------------] 2/4 " in text


def test_unwritable_output_folder_exits_2(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "a-file").write_text("x")
    r = invoke("run", str(tmp_path / "corpus"), "--out", str(tmp_path / "a-file" / "out"))
    assert r.exit_code == 2
    assert r.stderr == f"Error: cannot write to the output folder {tmp_path / 'a-file' / 'out'}: Not a directory\n"
