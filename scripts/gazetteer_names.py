"""Every canonical name and alias the shipped gazetteers (pipeline/data/gazetteer*.jsonl) already give,
for the build scripts that must not claim a name twice."""

from __future__ import annotations

import json
from pathlib import Path


def claimed(data: Path, skip: Path | None = None, pattern: str = "gazetteer*.jsonl") -> set[str]:
    """Names and aliases of every gazetteer file in `data` matching `pattern` except `skip` (the file being rebuilt).
    The English recognizer reads only 'gazetteer.*.jsonl'; the Chinese files ('gazetteer_zh_*') claim no English name."""
    out: set[str] = set()
    for path in sorted(data.glob(pattern)):
        if path == skip:
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                out.update([row.get("canonical", ""), *row.get("aliases", [])])
    return out
