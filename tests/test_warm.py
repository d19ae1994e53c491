"""The fork server reads a made-up text once after loading the model (pipeline.batch.warm, issue 15), so the
tables the rules build at first use are built once for every worker: a document read after it gives the same
rows as read first, and the lazily built tables exist before any worker starts."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
from pathlib import Path
from pipeline.batch import warm
from pipeline.batch.process import extract_document, get_extractor
from pipeline.config import Config
from pipeline.records import Document

config = Config(corpus=Path("."), out=Path("."))
extractor = get_extractor(config)[0]
built = extractor.entities._folded_names is not None
if sys.argv[1] == "warm":
    warm.warm_rules(config)
ready = extractor.entities._folded_names is not None
text = ("The Northern Widget Development Council met the Greater bay Area Office on 3 May 2024 and agreed to "
        "spend HK$12.5 million, 4% more than in 2023, on 6 new centres in Sha Tin.\\n")
result = extract_document(Document("1" * 16, "a.txt", "txt", "", text, "1" * 64), config)
print(built, ready)
print(sorted(repr(r) for r in (*result.figures, *result.places, *result.institutions)))
"""


def probe(mode: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


@pytest.mark.slow
def test_the_warm_up_builds_the_lazy_tables_and_changes_no_row() -> None:
    cold, warmed = probe("cold"), probe("warm")
    assert cold[0] == "False False"  # built by the first document that needs it
    assert warmed[0] == "False True"  # built by the warm-up, before any document
    assert cold[1] == warmed[1] and "Sha Tin" in cold[1] and "12500000" in cold[1]

