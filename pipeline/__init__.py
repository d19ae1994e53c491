"""policy-pipeline: policy documents → tables of figures, places and institutions.

The Python API (`extract_text`, `process`, `Result`) is loaded on first use, so that
`import pipeline.records` or the CLI's start-up stays light.
"""

from __future__ import annotations

from typing import Any

from pipeline.native import install as _use_native_build
from pipeline.version import __version__

_use_native_build()  # the mypyc build of the rule modules, where one matches the sources (issue 15)

__all__ = ["Result", "extract_text", "process", "__version__"]


def __getattr__(name: str) -> Any:
    if name in ("Result", "extract_text", "process"):
        from pipeline import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
