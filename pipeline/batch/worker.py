"""Isolation: documents → `DocumentResult`s computed in worker processes with a time and memory limit.

Each worker is a process forked from multiprocessing's fork server, which has built the extractor
(spaCy model) once for all of them (`pipeline.batch.warm`); it lowers its own address-space limit
(RLIMIT_AS) and then serves tasks: one document, or several small text documents whose model input
goes through one model call (`process.process_many`), reporting each result as it is done. A worker
always has its next task waiting in its pipe, so it never idles while the run commits results.
The parent gives every task a wall-clock deadline (`--timeout` per document); a worker that passes
it is SIGKILLed and replaced, a worker that dies (out of memory, a crash in a C extension) is
replaced. The documents of a group it had not finished are then retried one per task, so only a
document that fails alone becomes a `status=error` row, and the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import ConfigError, PipelineError
from pipeline.records import DocumentResult

STARTUP_TIMEOUT = 180.0  # seconds for a worker to import spaCy and load the model
MB = 1024 * 1024
# Small text documents share a task: one pipe message each way fewer, one model call for several
# (measured on 300-word documents: ~1 ms of the ~34 ms model time per document). PDFs, DOCX and
# big files always go alone: they are slower to read and more likely to crash a worker.
GROUP_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
GROUP_BYTES = 32 * 1024  # a file up to this size may share a task
# 32 rather than 8: the model reads a group's chunks in one call, and measured per small document that
# call costs ~2 % less CPU in groups of 32-64 than of 8 (bench/profile_stages.py, issue 15); the last
# tasks of a run still shrink to single documents so that every worker stays busy to the end.
TASK_DOCS = 32  # documents per shared task at most
TASK_BYTES = 256 * 1024


@dataclass(frozen=True)
class Job:
    path: Path
    source: str
    sha256: str
    size: int = -1  # bytes of the file; -1: unknown (never grouped)


def groupable(job: Job) -> bool:
    return 0 <= job.size <= GROUP_BYTES and job.path.suffix.lower() in GROUP_SUFFIXES


def worker_main(conn: Connection, config: Config, version: str) -> None:
    """Worker process: set the memory limit, load the model once, then serve jobs until told to stop."""
    import resource

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    os.setpgrp()  # its own process group, so a kill also reaches helpers it started (ocrmypdf)
    if config.memory_limit:
        limit = config.memory_limit * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from pipeline.batch.heap import keep_heap
    from pipeline.batch.process import failed_result, get_extractor, process_many

    keep_heap()  # the model's batch arrays reuse the heap (already so when forked from the warm fork server)

    try:
        get_extractor(config)
        import gc

        gc.freeze()  # the model's objects are permanent (see pipeline.batch.warm)
    except MemoryError:
        conn.send(("fatal", f"--memory-limit {config.memory_limit} MB is too small to load the model "
                            f"(try 2048 or more)"))
        return
    except PipelineError as exc:
        conn.send(("fatal", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            task: tuple[Job, ...] | None = conn.recv()
        except EOFError:  # the parent is gone (even kill -9): nothing left to do
            return
        if task is None:
            return
        out_of_room = False
        try:
            for result in process_many([(j.path, j.source, j.sha256) for j in task], config, version):
                conn.send(("done", result))
        except MemoryError:
            out_of_room = True
        if out_of_room:
            # After a MemoryError the interpreter's state is not to be trusted: report and leave. In a
            # group the document to blame is unknown: the parent retries the rest one by one. The report
            # is built only outside the `except` block: inside it the exception's traceback still holds
            # the frames with the document's data (a parse tree of reference cycles), so building and
            # sending the report could itself run out of memory again and again until the timeout.
            import gc

            gc.collect()
            if len(task) == 1:
                job = task[0]
                conn.send(("last", failed_result(job.path, job.source, out_of_memory(config, job.source),
                                                 "error", version, job.sha256)))
            else:
                conn.send(("retry", None))
            return


def out_of_memory(config: Config, source: str) -> str:
    return (f"out of memory: processing needed more than the {config.memory_limit} MB allowed per "
            f"document (--memory-limit): {source}")


def worker_context() -> Any:
    """Workers are forked from multiprocessing's fork server, which has loaded the model once
    (`pipeline.batch.warm`); where there is no fork server (not POSIX), they are spawned and each loads
    its own. Never a plain fork of the run's own process: it may hold threads and open tables."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.batch.warm"])
        return ctx
    return mp.get_context("spawn")


@dataclass
class Task:
    """Jobs sent to a worker together; `jobs` are those whose result has not come back yet."""

    jobs: deque[Job]
    alone: bool  # sent as the only document of its task


@dataclass
class Slot:
    """One worker process and the tasks sent to it: the first is running, the next waits in the pipe."""

    process: Any
    conn: Connection
    ready: bool = False
    tasks: deque[Task] = field(default_factory=deque)
    deadline: float = 0.0

    @property
    def job(self) -> Job | None:
        """The job running now (None when idle)."""
        return self.tasks[0].jobs[0] if self.tasks else None


class IsolatedExecutor:
    """Runs each job in one of `workers` worker processes; yields (job, result) as they finish."""

    target = staticmethod(worker_main)  # what a worker process runs (tests give a stand-in)

    def __init__(self, config: Config, version: str, workers: int = 1) -> None:
        self.config = config
        self.version = version
        self.workers = max(1, workers)
        self.ctx = worker_context()
        self.slots: list[Slot] = []
        self.pending: deque[Job] = deque()
        self.alone: deque[Job] = deque()
        self.alone_retried: set[Job] = set()  # jobs of a failed group: from now on always alone

    def spawn(self) -> Slot:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=self.target, args=(child, self.config, self.version),
                                   name="policy-pipeline-worker", daemon=True)
        with self.warm_environment():  # read by the fork server if this starts it
            process.start()
        child.close()
        return Slot(process, parent, deadline=time.monotonic() + STARTUP_TIMEOUT)

    @contextmanager
    def warm_environment(self) -> Iterator[None]:
        from pipeline.batch.warm import ENV, warm_settings

        before = os.environ.get(ENV)
        os.environ[ENV] = warm_settings(self.config)
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(ENV, None)
            else:
                os.environ[ENV] = before

    def prepare(self) -> None:
        """Start the fork server, which loads the model, without waiting for it: starting a worker
        blocks until the model is loaded, so the run's own start-up (scanning the corpus, importing
        the table writers) goes on beside the load on another core first (issue 15)."""
        if self.ctx.get_start_method() != "forkserver":
            return
        from multiprocessing import forkserver

        with self.warm_environment():
            forkserver.ensure_running()

    def start(self, documents: int) -> None:
        """Start the workers for `documents` documents now (they load the model while the caller goes
        on scanning the corpus); `map` starts any still missing."""
        while len(self.slots) < min(self.workers, documents):
            self.slots.append(self.spawn())

    def map(self, jobs: Iterable[Job], on_start: Callable[[Job], None] | None = None
            ) -> Iterator[tuple[Job, DocumentResult]]:
        self.pending = deque(jobs)  # in corpus order; small text documents are grouped when sent
        try:
            while self.pending or self.alone or any(s.tasks for s in self.slots):
                waiting = len(self.pending) + len(self.alone)
                while waiting and len(self.slots) < min(self.workers, waiting + self.busy()):
                    self.slots.append(self.spawn())
                for slot in list(self.slots):
                    # the running task and one more in the pipe: the worker goes on while we commit
                    while slot.ready and len(slot.tasks) < 2 and (self.pending or self.alone):
                        if not self.send(slot, on_start):
                            break
                yield from self.collect()
        finally:
            self.close()

    def next_task(self) -> Task:
        """The next task: a job to retry alone first, else the next job with the small text documents
        after it, as many as keep every worker busy to the end (the last tasks are single documents)."""
        if self.alone:
            return Task(deque([self.alone.popleft()]), True)
        jobs = [self.pending.popleft()]
        share = max(1, len(self.pending) // (4 * self.workers))
        size = jobs[0].size
        if groupable(jobs[0]):
            while self.pending and len(jobs) < min(TASK_DOCS, share) and groupable(self.pending[0]) \
                    and size + self.pending[0].size <= TASK_BYTES:
                size += self.pending[0].size
                jobs.append(self.pending.popleft())
        return Task(deque(jobs), len(jobs) == 1)

    def send(self, slot: Slot, on_start: Callable[[Job], None] | None) -> bool:
        task = self.next_task()
        try:
            slot.conn.send(tuple(task.jobs))
        except OSError:  # the worker is gone; the task never started
            self.requeue(task)
            list(self.retire(slot, ""))
            return False
        slot.tasks.append(task)
        if len(slot.tasks) == 1:
            slot.deadline = self.task_deadline(task)
        if on_start is not None:
            for job in task.jobs:
                on_start(job)
        return True

    def task_deadline(self, task: Task) -> float:
        return time.monotonic() + (self.config.timeout * len(task.jobs) if self.config.timeout else 1e9)

    def requeue(self, task: Task) -> None:
        """A task that never started goes back to the front, as it was."""
        if task.alone and len(task.jobs) == 1 and task.jobs[0] in self.alone_retried:
            self.alone.appendleft(task.jobs[0])
        else:
            self.pending.extendleft(reversed(task.jobs))

    def busy(self) -> int:
        return sum(1 for s in self.slots if s.tasks)

    def collect(self) -> Iterator[tuple[Job, DocumentResult]]:
        """Wait for the next message or deadline; yield finished jobs; replace dead workers."""
        now = time.monotonic()
        # only deadlines that matter: a task running or a worker starting (an idle worker's is stale)
        deadlines = [s.deadline for s in self.slots if s.tasks or not s.ready]
        wait_for = min(60.0, max(0.0, min(deadlines) - now)) if deadlines else 1.0  # --timeout 0: none
        for ready in wait([s.conn for s in self.slots], timeout=wait_for):
            slot = next(s for s in self.slots if s.conn is ready)
            try:
                kind, payload = slot.conn.recv()
            except (EOFError, OSError):
                yield from self.retire(slot, self.died_message(slot))
                continue
            if kind == "ready":
                slot.ready = True
            elif kind == "fatal":
                raise ConfigError(payload)
            elif kind == "retry":
                yield from self.retire(slot, "")
            elif kind in ("done", "last") and slot.tasks:
                head = slot.tasks[0]
                job = head.jobs.popleft()
                if not head.jobs:
                    slot.tasks.popleft()
                    if slot.tasks:
                        slot.deadline = self.task_deadline(slot.tasks[0])
                if kind == "last":  # the worker left: a task waiting in its pipe never started
                    for task in reversed(slot.tasks):
                        self.requeue(task)
                    slot.tasks.clear()
                    list(self.retire(slot, ""))
                yield job, payload
        now = time.monotonic()
        for slot in list(self.slots):
            if slot in self.slots and now >= slot.deadline and (slot.tasks or not slot.ready):
                if not slot.ready:
                    raise ConfigError(f"a worker process did not start within {STARTUP_TIMEOUT:.0f} s")
                yield from self.retire(slot, f"timed out: still running after {self.config.timeout:g} s "
                                             f"(--timeout), worker killed: {slot.job.source}")  # type: ignore[union-attr]

    def died_message(self, slot: Slot) -> str:
        slot.process.join(5)
        code = slot.process.exitcode
        if not slot.ready:
            raise ConfigError(f"a worker process exited while starting (exit code {code}; its error is "
                              f"above): is --memory-limit {self.config.memory_limit} MB too small, or does "
                              f"a script calling run() lack `if __name__ == '__main__':`?")
        if slot.job is None:
            return ""  # exited on purpose after reporting a MemoryError
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return (f"worker process died ({how}) while processing; out of memory (--memory-limit "
                f"{self.config.memory_limit} MB) or a crash in a parser: {slot.job.source}")

    def retire(self, slot: Slot, message: str) -> Iterator[tuple[Job, DocumentResult]]:
        """Kill and forget a worker. Its running task's unfinished job becomes an error row when it ran
        alone; the unfinished jobs of a group are retried one per task (the one to blame is unknown);
        tasks still waiting in its pipe go back to the queue."""
        from pipeline.batch.process import failed_result

        self.stop(slot)
        self.slots.remove(slot)
        if not slot.tasks:
            return
        head, *waiting = slot.tasks
        slot.tasks.clear()
        for task in reversed(waiting):
            self.requeue(task)
        if head.alone and message:
            job = head.jobs[0]
            yield job, failed_result(job.path, job.source, message, "error", self.version, job.sha256)
        else:
            self.alone_retried.update(head.jobs)
            self.alone.extendleft(reversed(head.jobs))

    @staticmethod
    def stop(slot: Slot) -> None:
        if slot.process.is_alive():
            try:
                os.killpg(slot.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def close(self) -> None:
        idle = []
        for slot in self.slots:  # tell every idle worker to stop first, so they exit in parallel
            try:
                if slot.process.is_alive() and not slot.tasks and slot.ready:
                    slot.conn.send(None)
                    idle.append(slot)
            except OSError:
                pass
        deadline = time.monotonic() + 2
        for slot in idle:
            slot.process.join(max(0.0, deadline - time.monotonic()))
        for slot in self.slots:
            self.stop(slot)
        self.slots = []
