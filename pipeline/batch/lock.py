"""One run per output folder: OUT/.lock holds the owner's pid; a lock whose owner is gone is taken over.

The lock is an exclusive `flock` on the file (released by the kernel when the owner dies, even by
kill -9) plus the pid/host/start time written inside it for the message a second run prints.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from pipeline.errors import ConfigError

LOCK_NAME = ".lock"


def read_owner(path: Path) -> dict[str, object]:
    try:
        owner = json.loads(path.read_text("utf-8") or "{}")
        return owner if isinstance(owner, dict) else {}
    except (OSError, ValueError):
        return {}


class RunLock:
    """Context manager: acquire OUT/.lock or raise ConfigError naming the run that holds it."""

    def __init__(self, out: Path) -> None:
        self.path = out / LOCK_NAME
        self.fd: int | None = None
        self.recovered: dict[str, object] = {}  # the stale owner we replaced, for the log

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            owner = read_owner(self.path)
            who = f"pid {owner.get('pid', '?')} on {owner.get('host', '?')}, started {owner.get('started', '?')}"
            raise ConfigError(f"another run is already writing to {self.path.parent} ({who}); wait for it "
                              f"to finish (if that process is gone, delete {self.path})") from None
        # We hold the lock. A pid left in the file belongs to a run that died without cleaning up.
        # Nobody else holds the flock, so a pid still written in the file is a run that died
        # (kill -9, power loss) before releasing: a stale lock, taken over and reported.
        previous = read_owner(self.path)
        if isinstance(previous.get("pid"), int) and previous.get("pid") != os.getpid():
            self.recovered = previous
        owner = {"pid": os.getpid(), "host": socket.gethostname(),
                 "started": datetime.now(UTC).replace(microsecond=0).isoformat()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(owner).encode(), 0)
        os.fsync(fd)
        self.fd = fd

    def release(self) -> None:
        if self.fd is None:
            return
        # Emptied, not deleted: unlinking a locked file lets two later runs lock two different inodes.
        try:
            os.ftruncate(self.fd, 0)
        finally:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> Self:
        if self.fd is None:
            self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

