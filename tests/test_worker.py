"""The isolated workers' task protocol (issue 15): small text documents share a task, every task has the
next one waiting in the worker's pipe, and when a worker dies or times out in a group its unfinished
documents are retried one per task, so only the document that fails alone gets an error row.

The worker processes here run `stand_in` (the real protocol, no model), so the test is fast and
decides which document crashes or hangs; `test_run.py` covers the real worker's limits."""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest

from pipeline.batch.process import failed_result
from pipeline.batch.worker import TASK_DOCS, IsolatedExecutor, Job
from pipeline.config import Config
from pipeline.records import DocumentResult

pytestmark = pytest.mark.slow  # worker processes (a stand-in for the model, so seconds, not minutes)


def stand_in(conn: Connection, config: Config, version: str) -> None:
    """A worker: reports each task's documents in order; 'crash' in a name kills it, 'hang' never ends,
    'slow' takes 0.3 s. Every task it gets is logged (one line: the sources) beside the corpus."""
    os.setpgrp()
    conn.send(("ready", None))
    while True:
        task = conn.recv()
        if task is None:
            return
        with (config.corpus / "tasks.log").open("a") as log:
            log.write(" ".join(job.source for job in task) + "\n")
        for job in task:
            if "crash" in job.source:
                os._exit(3)
            if "hang" in job.source:
                time.sleep(600)
            if "slow" in job.source:
                time.sleep(0.3)
            ok = failed_result(job.path, job.source, "", "ok", version, job.sha256)
            conn.send(("done", ok))


class StandIn(IsolatedExecutor):
    target = staticmethod(stand_in)

    def next_task(self) -> Any:
        """The planner's task, also recorded in the order the parent sends them (the workers' log
        interleaves two workers by timing; the send order is the plan)."""
        task = super().next_task()
        self.sent.append([job.source for job in task.jobs])
        return task


def jobs(folder: Path, names: list[str], size: int = 300) -> list[Job]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        (folder / name).write_text("x" * size)
        out.append(Job(folder / name, name, f"{len(out):064x}", size))
    return out


def run_jobs(tmp_path: Path, names: list[str], workers: int = 2, timeout: float = 0, **kw: Any
             ) -> tuple[dict[str, DocumentResult], list[list[str]]]:
    config = Config(corpus=tmp_path / "c", out=tmp_path / "out", workers=workers, timeout=timeout)
    todo = jobs(tmp_path / "c", names, **kw)
    executor = StandIn(config, "v", workers)
    executor.sent = []
    results = {job.source: result for job, result in executor.map(todo)}
    run_jobs.sent = executor.sent  # type: ignore[attr-defined]
    assert sorted(results) == sorted(names)  # every job once, none lost
    tasks = [line.split() for line in (tmp_path / "c" / "tasks.log").read_text().splitlines()]
    return results, tasks


def test_small_text_documents_share_tasks_big_ones_go_alone(tmp_path: Path) -> None:
    # enough documents that a task may be full: a task takes at most 1/(4 x workers) of what is left
    names = [f"doc-{i:03d}.txt" for i in range(8 * TASK_DOCS + 40)] + ["report.pdf"]
    results, tasks = run_jobs(tmp_path, names)
    assert all(r.document.status == "ok" for r in results.values())
    assert max(len(t) for t in tasks) == TASK_DOCS  # grouped...
    assert ["report.pdf"] in tasks  # ...but never a PDF
    assert len(run_jobs.sent[-1]) == 1  # type: ignore[attr-defined]  # the last tasks sent are single documents, so both workers finish together
    _, big_tasks = run_jobs(tmp_path / "big", [f"doc-{i:03d}.txt" for i in range(40)], size=40_000)
    assert all(len(t) == 1 for t in big_tasks)  # a file over GROUP_BYTES goes alone


def test_a_crash_in_a_group_is_an_error_row_for_that_document_only(tmp_path: Path) -> None:
    names = [f"doc-{i:03d}.txt" for i in range(60)]
    names[20] = "doc-020-crash.txt"
    results, tasks = run_jobs(tmp_path, names)
    failed = {s: r.document.error for s, r in results.items() if r.document.status != "ok"}
    assert list(failed) == ["doc-020-crash.txt"]
    assert "worker process died (exit code 3)" in failed["doc-020-crash.txt"]
    group = next(t for t in tasks if "doc-020-crash.txt" in t)
    assert len(group) > 1  # it crashed in a group first, then alone
    assert ["doc-020-crash.txt"] in tasks


def test_a_group_past_its_deadline_is_retried_alone_and_only_the_hung_document_times_out(tmp_path: Path) -> None:
    names = [f"doc-{i:03d}.txt" for i in range(60)]
    names[30] = "doc-030-hang.txt"
    names[31] = "doc-031-slow.txt"  # slower than --timeout per document only in its group's total
    started = time.monotonic()
    results, tasks = run_jobs(tmp_path, names, timeout=0.5)
    failed = {s: r.document.error for s, r in results.items() if r.document.status != "ok"}
    assert list(failed) == ["doc-030-hang.txt"]
    assert failed["doc-030-hang.txt"].startswith("timed out: still running after 0.5 s (--timeout)")
    assert ["doc-030-hang.txt"] in tasks
    assert time.monotonic() - started < 60


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_for_every_job_with_one_or_two_workers(tmp_path: Path, workers: int) -> None:
    results, tasks = run_jobs(tmp_path, [f"d{i}.txt" for i in range(17)], workers=workers)
    assert sorted(s for task in tasks for s in task) == sorted(results)  # each document sent exactly once
