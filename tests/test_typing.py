"""mypy over the whole package → no type error.

mypy checks the whole package (a module's errors depend on what it imports) with the settings in
pyproject.toml. Its cache lives in pytest's cache folder (.pytest_cache, git-ignored): the first run
takes ~10 s of CPU (30 s wall on a loaded 2-core machine), later ones ~1 s, as mypy re-checks only
what changed.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ERROR = re.compile(r"^(?P<path>[^:\s]+\.py):\d+: error: ", re.MULTILINE)


@pytest.mark.slow
def test_mypy_clean(pytestconfig: pytest.Config) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    store = getattr(pytestconfig, "cache", None)  # absent under `-p no:cacheprovider`
    cache = store.mkdir("mypy") if store is not None else ROOT / ".mypy_cache"
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "pipeline", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(cache), "--no-error-summary", "--no-pretty"],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr or done.stdout  # 2: mypy itself failed (bad config)
    errors = [line for line in done.stdout.splitlines() if ERROR.match(line)]
    assert not errors, "\n".join(errors)
