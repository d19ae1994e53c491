"""Every canonical name and alias the shipped gazetteers (pipeline/data/gazetteer*.jsonl) already give,
for the build scripts that must not claim a name twice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def rows(data: Path, pattern: str = "gazetteer*.jsonl", skip: Path | None = None) -> Iterator[dict[str, Any]]:
    """Every entry of the gazetteer files in `data` matching `pattern` (sorted by path), except `skip`'s; blank lines
    and '//' comments skipped."""
    for path in sorted(data.glob(pattern)):
        if path == skip:
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                yield json.loads(line)


def claimed(data: Path, skip: Path | None = None, pattern: str = "gazetteer*.jsonl") -> set[str]:
    """Names and aliases of every gazetteer file in `data` matching `pattern` except `skip` (the file being rebuilt).
    The English recognizer reads only 'gazetteer.*.jsonl'; the Chinese files ('gazetteer_zh_*') claim no English name."""
    out: set[str] = set()
    for row in rows(data, pattern, skip):
        out.update([row.get("canonical", ""), *row.get("aliases", [])])
    return out
