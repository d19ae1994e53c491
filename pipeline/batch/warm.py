"""Loaded once, shared by every worker: the fork server imports this module before forking workers.

`pipeline.batch.worker` starts its worker processes from multiprocessing's fork server (Linux). The fork
server imports this module first, and this module builds the extractor (spaCy + the model + the
gazetteer matchers: ~2 s of CPU) for the run's settings, passed in POLICY_PIPELINE_WARM. Every worker
forked afterwards starts with it already in memory (copy-on-write) instead of loading its own copy,
so N workers cost one model load instead of N (issue 7); it then reads a short made-up text, so that the
tables the rules build at first use are built once here too (issue 15). spaCy's own `n_process` also forks a
process with the model loaded; the fork server itself never starts threads or opens tables.

Importing this module never fails: if anything goes wrong here the workers simply load the model
themselves and report the error the usual way.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.config import Config

ENV = "POLICY_PIPELINE_WARM"
# A made-up English text read once here, after the model: the rule modules compile their patterns and
# index their data at first use (~0.2 s of CPU and ~11 MB per process, issue 15), and done in the fork
# server that happens once for all the workers instead of once in each. Chinese tables (~0.2 s more) stay
# lazy: an English-only corpus never needs them.
WARM_TEXT = ("The Hong Kong Monetary Authority (HKMA) said on 3 March 2024 that the Government of Singapore "
             "will spend HK$150.5 million on 12 new laboratories in Sha Tin over the next three years, "
             "up 5% from 2023-24. The Northern Widget Development Council met the Greater bay Area Office and "
             "the Smith Foundation in May.\n\nTable 1: Revenue in 2023 (US$ billion)\n")


def warm_settings(config: Config) -> str:
    """The settings `get_extractor` keys its cache on, as the value of POLICY_PIPELINE_WARM."""
    return json.dumps({"model": config.model, "gazetteers": [str(g) for g in config.gazetteers],
                       "default_currency": config.default_currency, "batch_size": config.batch_size})


def warm() -> bool:
    """Build the extractor named by POLICY_PIPELINE_WARM into `run.get_extractor`'s cache."""
    raw = os.environ.get(ENV)
    if not raw:
        return False
    try:
        from pathlib import Path

        from pipeline.batch.heap import keep_heap
        from pipeline.batch.process import get_extractor
        from pipeline.config import Config

        keep_heap()  # inherited by every forked worker

        settings = json.loads(raw)
        config = Config(corpus=Path("."), out=Path("."), model=settings["model"],
                        gazetteers=tuple(Path(g) for g in settings["gazetteers"]),
                        default_currency=settings["default_currency"], batch_size=settings["batch_size"])
        get_extractor(config)
        try:
            warm_rules(config)
        except Exception:  # noqa: BLE001 - then the workers build those tables themselves (and meet the bug)
            pass
        # The model and matchers live as long as the process: keep the garbage collector from walking
        # their ~100,000 objects again and again in every worker (measured: ~11 % of the rule time),
        # and from touching (so copying) the pages the forked workers share.
        import gc

        gc.freeze()
        return True
    except BaseException:  # noqa: BLE001 - the workers will load (and report) it themselves
        return False


def warm_rules(config: Config) -> None:
    """Read WARM_TEXT with the rules (its rows are dropped): what they build at first use is then built."""
    from pipeline.batch.process import extract_document
    from pipeline.records import Document

    extract_document(Document(doc_id="0" * 16, source="warm.txt", format="txt", title="", text=WARM_TEXT,
                              sha256="0" * 64), config)


WARMED = warm()
