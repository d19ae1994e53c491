"""A mypyc build of the rule modules (build/native) → imported in their place, only while it matches them.

The rule code (figures, entities, periods: pure Python, ~7 ms of CPU per 300-word document beside the
model's ~27 ms) runs about twice as fast compiled with mypyc (issue 15). `make native` (run by `make run`,
`make test` and `make bench`; scripts/build_native.py) compiles the modules of `MODULES` into
build/native, outside the source tree, with a manifest of the sha256 of every source it compiled.
`install` (called by `pipeline/__init__.py`) puts a finder for them first on sys.meta_path only when
every one of those sources is unchanged: an edited module, a checkout without a build, another Python
or POLICY_PIPELINE_NATIVE=0 runs the pure-Python sources, so an edit is never hidden by a stale
build (the modules are compiled as one group that calls itself directly: all of them or none).
The compiled modules give the same records byte for byte (tests/test_native.py).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent  # the checkout (pipeline/ beside build/)
BUILD = ROOT / "build" / "native"
MANIFEST = "manifest.json"
ENV = "POLICY_PIPELINE_NATIVE"  # "0": never use the build
# The hot pure-Python rule modules (English figures, periods and entities, and what they call per
# document). EntityRecognizer and its mixins are compiled as plain Python classes (`python_class`):
# mypyc compiles multiple inheritance of native classes only from traits, and the mixins reach each
# other's methods through attributes declared `Any`, which a trait cannot; their methods are still
# compiled. The Chinese modules, ingest, batch and writers stay interpreted.
MODULES = (
    "pipeline/regexgate.py",
    "pipeline/textfold.py",
    "pipeline/extract/extractor.py",
    "pipeline/extract/figures/amounts.py",
    "pipeline/extract/figures/currency.py",
    "pipeline/extract/figures/english.py",
    "pipeline/extract/figures/forms.py",
    "pipeline/extract/figures/fractions.py",
    "pipeline/extract/figures/labels.py",
    "pipeline/extract/figures/match.py",
    "pipeline/extract/figures/numbers.py",
    "pipeline/extract/figures/reader.py",
    "pipeline/extract/figures/shapes.py",
    "pipeline/extract/entities/aliases.py",
    "pipeline/extract/entities/body_cues.py",
    "pipeline/extract/entities/body_units.py",
    "pipeline/extract/entities/brackets_en.py",
    "pipeline/extract/entities/caps_runs.py",
    "pipeline/extract/entities/country_context.py",
    "pipeline/extract/entities/evidence.py",
    "pipeline/extract/entities/gazetteer.py",
    "pipeline/extract/entities/grown_names.py",
    "pipeline/extract/entities/head_runs.py",
    "pipeline/extract/entities/lists_en.py",
    "pipeline/extract/entities/name_spans.py",
    "pipeline/extract/entities/name_types.py",
    "pipeline/extract/entities/ner_merge.py",
    "pipeline/extract/entities/ner_pieces.py",
    "pipeline/extract/entities/place_forms.py",
    "pipeline/extract/entities/place_lists.py",
    "pipeline/extract/entities/place_names.py",
    "pipeline/extract/entities/recognizer.py",
    "pipeline/extract/entities/references.py",
    "pipeline/extract/entities/spans.py",
    "pipeline/extract/entities/toponyms.py",
    "pipeline/extract/periods/attach.py",
    "pipeline/extract/periods/clauses.py",
    "pipeline/extract/periods/english.py",
    "pipeline/extract/periods/grammar_en.py",
    "pipeline/extract/periods/model.py",
    "pipeline/extract/periods/patterns.py",
    "pipeline/extract/periods/resolve.py",
    "pipeline/extract/periods/scope.py",
    "pipeline/extract/periods/structure.py",
    "pipeline/normalize/mentions.py",
)
STATE: dict[str, str] = {"status": "not checked"}
CLASS = TypeVar("CLASS", bound=type)


def python_class(cls: CLASS) -> CLASS:
    """Marks a class of a compiled module that mypyc builds as a plain Python class (any decorator other
    than its own makes it so): its methods are compiled, its attributes and bases stay dynamic, so the
    mixins of EntityRecognizer, which call each other's methods through `self`, can be compiled."""
    return cls  # what `install` decided, for `status()`


def module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def source_digests(root: Path = ROOT, modules: Sequence[str] = MODULES) -> dict[str, str]:
    """sha256 of every module's source, by module name ('' where a source is missing)."""
    out = {}
    for path in modules:
        try:
            out[module_name(path)] = hashlib.sha256((root / path).read_bytes()).hexdigest()
        except OSError:
            out[module_name(path)] = ""
    return out


def python_tag() -> str:
    """The interpreter an extension module is built for (its ABI)."""
    return f"{sys.implementation.cache_tag}-{sys.platform}-{importlib.machinery.EXTENSION_SUFFIXES[0]}"


def usable_build(build: Path = BUILD, root: Path = ROOT) -> tuple[dict[str, Path], str]:
    """(module name → extension file) of a build made from exactly the current sources for this Python,
    or ({}, why not)."""
    try:
        manifest: dict[str, Any] = json.loads((build / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}, "no build (make native)"
    if manifest.get("python") != python_tag():
        return {}, "built for another Python"
    sources: dict[str, str] = manifest.get("sources", {})
    if sources != source_digests(root, [p for p in MODULES]) or not sources:
        return {}, "sources changed since the build (make native)"
    files: dict[str, Path] = {}
    for name, rel in dict(manifest.get("extensions", {})).items():
        file = build / str(rel)
        if not file.is_file():
            return {}, f"build incomplete ({rel} missing)"
        files[str(name)] = file
    if not set(sources) <= set(files):
        return {}, "build incomplete"
    return files, "compiled"


class NativeFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules (and mypyc's shared library of the group) in the build folder."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(file))


def install() -> str:
    """Use the compiled modules if a build matches the sources; return what was decided."""
    if STATE["status"] != "not checked":
        return STATE["status"]
    if os.environ.get(ENV, "").strip() == "0":
        STATE["status"] = f"pure Python ({ENV}=0)"
        return STATE["status"]
    files, why = usable_build()
    loaded = [module_name(p) for p in MODULES if module_name(p) in sys.modules]
    if files and loaded:  # imported before us (a test that reloads the package): keep them as they are
        files, why = {}, "pure Python (modules imported before the check)"
    if files:
        sys.meta_path.insert(0, NativeFinder(files))
        STATE["status"] = "compiled (mypyc)"
    else:
        STATE["status"] = f"pure Python ({why})" if not why.startswith("pure") else why
    return STATE["status"]


def status() -> str:
    """'compiled (mypyc)' or 'pure Python (why)': which rule code this process runs."""
    return STATE["status"]
