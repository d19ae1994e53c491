"""Isolation: documents → `DocumentResult`s computed in worker processes with a time and memory limit.

Each worker is a process forked from multiprocessing's fork server, which has built the extractor
(spaCy model) once for all of them (`pipeline.batch.warm`); it lowers its own address-space limit
(RLIMIT_AS) and then processes one document at a time with `run.process_one`.
The parent gives every document a wall-clock deadline; a worker that passes it is SIGKILLed and
replaced, a worker that dies (out of memory, a crash in a C extension) is replaced, and in both
cases the document becomes one `status=error` row while the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from pipeline.config import Config
from pipeline.errors import ConfigError, PipelineError
from pipeline.records import DocumentResult

STARTUP_TIMEOUT = 180.0  # seconds for a worker to import spaCy and load the model
MB = 1024 * 1024


@dataclass(frozen=True)
class Job:
    path: Path
    source: str
    sha256: str


def worker_main(conn: Connection, config: Config, version: str) -> None:
    """Worker process: set the memory limit, load the model once, then serve jobs until told to stop."""
    import resource

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    os.setpgrp()  # its own process group, so a kill also reaches helpers it started (ocrmypdf)
    if config.memory_limit:
        limit = config.memory_limit * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from pipeline.batch.process import failed_result, get_extractor, process_one

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
            job: Job | None = conn.recv()
        except EOFError:  # the parent is gone (even kill -9): nothing left to do
            return
        if job is None:
            return
        try:
            result = process_one(job.path, job.source, config, version, job.sha256)
        except MemoryError:
            result = failed_result(job.path, job.source, out_of_memory(config, job.source), "error",
                                   version, job.sha256)
            # After a MemoryError the interpreter's state is not to be trusted: report and leave.
            conn.send(("last", result))
            return
        conn.send(("done", result))


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
class Slot:
    """One worker process and the job it is working on."""

    process: Any
    conn: Connection
    ready: bool = False
    job: Job | None = None
    deadline: float = 0.0


class IsolatedExecutor:
    """Runs `process_one` for each job in `workers` worker processes; yields results as they finish."""

    def __init__(self, config: Config, version: str, workers: int = 1) -> None:
        self.config = config
        self.version = version
        self.workers = max(1, workers)
        self.ctx = worker_context()
        self.slots: list[Slot] = []

    def spawn(self) -> Slot:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=worker_main, args=(child, self.config, self.version),
                                   name="policy-pipeline-worker", daemon=True)
        from pipeline.batch.warm import ENV, warm_settings

        before = os.environ.get(ENV)
        os.environ[ENV] = warm_settings(self.config)  # read by the fork server if this starts it
        try:
            process.start()
        finally:
            if before is None:
                os.environ.pop(ENV, None)
            else:
                os.environ[ENV] = before
        child.close()
        return Slot(process, parent, deadline=time.monotonic() + STARTUP_TIMEOUT)

    def start(self, documents: int) -> None:
        """Start the workers for `documents` documents now (they load the model while the caller goes
        on scanning the corpus); `map` starts any still missing."""
        while len(self.slots) < min(self.workers, documents):
            self.slots.append(self.spawn())

    def map(self, jobs: Iterable[Job], on_start: Callable[[Job], None] | None = None
            ) -> Iterator[tuple[Job, DocumentResult]]:
        pending = deque(jobs)
        try:
            while pending or any(s.job is not None for s in self.slots):
                while pending and len(self.slots) < min(self.workers, len(pending) + self.busy()):
                    self.slots.append(self.spawn())
                for slot in list(self.slots):
                    if slot.ready and slot.job is None and pending:
                        job = pending.popleft()
                        try:
                            slot.conn.send(job)
                        except OSError:  # the worker is gone; the job never started
                            pending.appendleft(job)
                            list(self.retire(slot, ""))
                            continue
                        slot.job = job
                        slot.deadline = time.monotonic() + (self.config.timeout or 1e9)
                        if on_start is not None:
                            on_start(job)
                yield from self.collect()
        finally:
            self.close()

    def busy(self) -> int:
        return sum(1 for s in self.slots if s.job is not None)

    def collect(self) -> Iterator[tuple[Job, DocumentResult]]:
        """Wait for the next message or deadline; yield finished jobs; replace dead workers."""
        now = time.monotonic()
        # only deadlines that matter: a job running or a worker starting (an idle worker's is stale)
        deadlines = [s.deadline for s in self.slots if s.job is not None or not s.ready]
        wait_for = max(0.0, min(deadlines) - now) if deadlines else 1.0
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
            elif kind in ("done", "last") and slot.job is not None:
                job, slot.job = slot.job, None
                if kind == "last":
                    list(self.retire(slot, ""))
                yield job, payload
        now = time.monotonic()
        for slot in list(self.slots):
            if slot in self.slots and now >= slot.deadline and (slot.job is not None or not slot.ready):
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
        """Kill and forget a worker; its current job (if any) becomes an error row."""
        from pipeline.batch.process import failed_result

        self.stop(slot)
        self.slots.remove(slot)
        if slot.job is not None:
            job = slot.job
            yield job, failed_result(job.path, job.source, message, "error", self.version, job.sha256)

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
                if slot.process.is_alive() and slot.job is None and slot.ready:
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
