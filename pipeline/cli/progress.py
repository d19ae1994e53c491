"""Run progress for the operator: a one-line bar on a terminal, plain log lines otherwise (stderr)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from pipeline.records import DocumentResult


def fmt_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Called by `run`: `begin(total, reused)`, `start(source)`, `done(result)`, `end()`.

    On a TTY the bar shows documents done/total, the current file, rate and ETA and is redrawn in
    place; elsewhere (cron, CI, a pipe) every finished document is one log line, so logs stay greppable.
    """

    def __init__(self, stream: TextIO | None = None, tty: bool | None = None, width: int = 24) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.width = width
        self.total = 0
        self.count = 0
        self.current = ""
        self.t0 = time.monotonic()
        self.started: dict[str, float] = {}  # source → start time (several workers run at once)

    def begin(self, total: int, reused: int) -> None:
        self.total, self.count, self.t0 = total, 0, time.monotonic()
        self.log(f"{total} document(s) to process, {reused} unchanged since the last run")

    def start(self, source: str) -> None:
        self.current = source
        self.started[source] = time.monotonic()
        if self.count == 0 and len(self.started) == 1:
            self.t0 = self.started[source]  # the rate leaves out the model load before the first document
        if self.tty:
            self.draw()

    def done(self, result: DocumentResult) -> None:
        self.count += 1
        doc = result.document
        if self.tty:
            if doc.status not in ("ok", "skipped") or doc.error:  # failures, and warnings of ok documents
                self.clear()
                self.stream.write(f"{doc.status}: {doc.source}: {doc.error}\n")
            self.draw()
        else:
            took = time.monotonic() - self.started.pop(doc.source, time.monotonic())
            detail = f": {doc.error}" if doc.error else ""
            self.log(f"[{self.count}/{self.total}] {doc.status} {doc.source} ({took:.1f} s){detail}")

    def end(self) -> None:
        if self.tty and self.total:
            self.clear()
        self.stream.flush()

    def line(self) -> str:
        elapsed = time.monotonic() - self.t0
        rate = self.count / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.count) / rate if rate > 0 else None
        filled = int(self.width * self.count / self.total) if self.total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        eta = fmt_duration(left) if left is not None else "?"
        current = self.current if len(self.current) <= 40 else "…" + self.current[-39:]
        return f"[{bar}] {self.count}/{self.total} {rate:.1f} doc/s ETA {eta} {current}"

    def draw(self) -> None:
        self.stream.write("\r\x1b[2K" + self.line())
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\x1b[2K")

    def log(self, message: str) -> None:
        if self.tty:
            self.clear()
        self.stream.write(message + "\n")
        self.stream.flush()
