"""Every canonical name and alias the shipped gazetteers (pipeline/data/gazetteer*.jsonl) already give,
for the build scripts that must not claim a name twice."""

from __future__ import annotations

import json
from pathlib import Path


def claimed(data: Path, skip: Path | None = None) -> set[str]:
    """Names and aliases of every gazetteer file in `data` except `skip` (the file being rebuilt)."""
    out: set[str] = set()
    for path in sorted(data.glob("gazetteer*.jsonl")):
        if path == skip:
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                out.update([row.get("canonical", ""), *row.get("aliases", [])])
    return out
