"""The per-document CPU check by stage of `make bench` (bench/profile_stages.py --check, issue 15): a stage that
doubles fails it, the recorded shares pass, and every budgeted stage is one the profile times. (No timing here:
the check's inputs are made up.)"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"
STAGES = ("read", "fold+chunks", "extract other", "figures", "entities", "chinese", "normalize", "periods",
          "artefacts", "worker other", "RULES TOTAL")


def profile_stages() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("profile_stages", BENCH / "profile_stages.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def budget() -> dict:
    return json.loads((BENCH / "stage_budget.json").read_text("utf-8"))


def test_the_recorded_shares_pass_and_a_doubled_stage_fails() -> None:
    check = profile_stages().check_stages
    for shape in ("small", "long", "zh"):
        shares = budget()[shape]["shares"]
        raw_ms = 30.0
        medians = {stage: share * raw_ms for stage, share in shares.items()}
        assert check(medians, raw_ms, budget()[shape]) == []
        doubled = dict(medians, figures=2 * medians["figures"])
        over = check(doubled, raw_ms, budget()[shape])
        assert len(over) == 1 and over[0].startswith("figures ")
        # the machine's speed cancels out: everything twice as slow, raw NER too, passes
        assert check({k: 2 * v for k, v in medians.items()}, 2 * raw_ms, budget()[shape]) == []


def test_every_budgeted_stage_is_timed_by_the_profile() -> None:
    for shape in ("small", "long", "zh"):
        assert set(budget()[shape]["shares"]) <= set(STAGES)
        assert budget()[shape]["limit"] < 2  # a doubling must fail
    source = (BENCH / "profile_stages.py").read_text("utf-8")
    assert all(f'"{stage}"' in source for stage in STAGES)
