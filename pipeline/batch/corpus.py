"""Corpus folder → `Input`s: every file to consider, its display name, and why it is refused unread.

The checks here run in the parent before any byte is parsed: symlinks out of the corpus, FIFOs
and devices (reading one would hang), unsupported formats and files too large for bounded memory.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigError, IngestError
from pipeline.ingest import FORMATS, check_size, detect_format


@dataclass(frozen=True)
class Input:
    """One corpus entry: the path to read, the `source` shown in tables, and why it is refused (if)."""

    path: Path
    source: str
    refusal: IngestError | None = None


def display_name(rel: str) -> str:
    """A file name as text: bytes that are not UTF-8 (surrogate-escaped by os) shown as \\xNN."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(corpus: Path, exclude: Path | None = None) -> list[Input]:
    """Every file under the corpus (sorted) with its source; hidden files and folders are left out.

    Symlinks are never followed out of the corpus, folders behind symlinks are not entered, and
    anything that is not a regular file (FIFO, socket, device) is refused before anyone reads it.
    """
    if not corpus.is_dir():
        raise ConfigError(f"corpus folder not found: {corpus}")
    root = corpus.resolve()
    skip_dir = exclude.resolve() if exclude is not None else None
    found: list[Input] = []
    for dirpath, dirnames, filenames in os.walk(corpus, followlinks=False):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            if d.startswith(".") or (skip_dir is not None and (here / d).resolve() == skip_dir):
                continue
            if (here / d).is_symlink():
                source = display_name((here / d).relative_to(corpus).as_posix())
                found.append(Input(here / d, source, IngestError(
                    f"symlinked folder not followed: {source}", status="skipped")))
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            source = display_name(path.relative_to(corpus).as_posix())
            found.append(Input(path, source, refusal(path, source, root)))
    return sorted(found, key=lambda i: i.source)


def refusal(path: Path, source: str, root: Path) -> IngestError | None:
    """Why a file is not read at all (cheap checks in the parent), or None."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            return IngestError(f"symlink leads outside the corpus, not followed: {source}", status="skipped")
    try:
        st = path.stat()
    except OSError as exc:
        return IngestError(f"cannot read {source}: {exc.strerror} (broken symlink?)", status="error")
    if not stat.S_ISREG(st.st_mode):
        return IngestError(f"not a regular file (FIFO, socket or device), not read: {source}",
                           status="skipped")
    fmt = detect_format(path)
    if fmt is None:
        return IngestError(f"unsupported format '{path.suffix or '(no extension)'}', not read "
                           f"(supported: {', '.join(sorted(FORMATS))}): {source}", status="skipped")
    try:
        check_size(st.st_size, fmt, source)
    except IngestError as exc:
        return exc
    return None
