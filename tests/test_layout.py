"""The package's shape (issue 13): one subpackage per stage, dependencies one way, no import circles.

The import graph is read from the source with `ast` (function-level imports included, since a
lazy import is still a dependency). Rules:
- a module of one subpackage imports another subpackage only through its public face
  (`pipeline.<sub>`, its `__init__.py`), never `pipeline.<sub>.<internal>`;
- subpackages depend on each other only along ALLOWED (cli → batch → stages → records);
- the shared vocabulary at the top (records, errors, config, ...) imports no subpackage;
- no circle between modules;
- no module over 500 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "pipeline"

SUBPACKAGES = {"ingest", "extract", "normalize", "write", "batch", "review", "cli"}
# who may import whom (through the public face); anything not listed is a layering error
ALLOWED: dict[str, set[str]] = {
    "ingest": set(),
    "extract": set(),
    "normalize": {"ingest", "extract"},
    "write": {"ingest", "normalize"},
    "review": {"extract", "write"},
    "batch": {"ingest", "extract", "normalize", "write", "review"},
    "cli": {"batch", "review"},
    "api": {"batch", "ingest", "extract", "normalize", "write", "cli"},  # pipeline/__init__.py, api.py, __main__.py
}
API_MODULES = {"pipeline", "pipeline.api", "pipeline.__main__"}


def module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PKG.rglob("*.py")) if "__pycache__" not in p.parts}


def public_names(package: str) -> set[str]:
    """The names a package's __init__.py lists in __all__."""
    init = PKG.parent.joinpath(*package.split("."), "__init__.py")
    if not init.is_file():
        return set()
    for node in ast.walk(ast.parse(init.read_text("utf-8"))):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return {e.value for e in getattr(node.value, "elts", []) if isinstance(e, ast.Constant)}
    return set()


def imports_of(path: Path, name: str) -> set[str]:
    """Every `pipeline...` module this file imports (`from pipeline.x import y` counts y when y is a
    module that x's public face does not also export under that name)."""
    known = modules()
    tree = ast.parse(path.read_text("utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "pipeline")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] != "pipeline":
                continue
            for a in node.names:
                sub = f"{base}.{a.name}"
                out.add(sub if sub in known and a.name not in public_names(base) else base)
    return out


def group(name: str) -> str:
    """The subpackage a module belongs to; 'shared' for the top-level vocabulary; 'api' for the API."""
    parts = name.split(".")
    if name in API_MODULES:
        return "api"
    if len(parts) >= 2 and parts[1] in SUBPACKAGES:
        return parts[1]
    return "shared"


def graph() -> dict[str, set[str]]:
    return {name: imports_of(path, name) for name, path in modules().items()}


def test_every_stage_is_a_subpackage_with_a_public_face() -> None:
    for sub in SUBPACKAGES:
        init = PKG / sub / "__init__.py"
        assert init.is_file(), f"pipeline/{sub}/ has no __init__.py"
        tree = ast.parse(init.read_text("utf-8"))
        names = [n for n in ast.walk(tree) if isinstance(n, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)]
        assert names, f"pipeline/{sub}/__init__.py declares no __all__ (its public face)"


def violations(g: dict[str, set[str]]) -> list[str]:
    bad = []
    for name, deps in g.items():
        grp = group(name)
        for dep in deps:
            dg = group(dep)
            if dg in ("shared", grp) or dep == "pipeline":
                if grp == "shared" and dg not in ("shared",) and dep != "pipeline":
                    bad.append(f"{name} (shared vocabulary) imports {dep}")
                continue
            if dg == "api":
                bad.append(f"{name} imports the API module {dep}")
                continue
            if dep != f"pipeline.{dg}":
                bad.append(f"{name} imports {dep}: use the public face pipeline.{dg}")
            if dg not in ALLOWED.get(grp, set()):
                bad.append(f"{name} ({grp}) may not depend on {dg}")
    return sorted(bad)


def test_no_import_of_another_subpackages_internals() -> None:
    bad = violations(graph())
    assert not bad, "\n".join(bad)


def test_no_import_circles() -> None:
    g = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in g:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in g.get(v, ()):
                circles.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    assert not circles, f"import circles: {circles}"


@pytest.mark.parametrize("path", sorted(p for p in PKG.rglob("*.py") if "__pycache__" not in p.parts),
                         ids=lambda p: str(p.relative_to(PKG)))
def test_no_module_over_500_lines(path: Path) -> None:
    n = len(path.read_text("utf-8").splitlines())
    assert n <= 500, f"{path.relative_to(PKG)} has {n} lines: split it where a seam exists"


def test_the_checker_catches_a_violation() -> None:
    """The rules above can fail: reaching into another stage's internals, or against the layering."""
    g = graph()
    g["pipeline.write.tables"] = g["pipeline.write.tables"] | {"pipeline.extract.figures.english"}
    g["pipeline.ingest.formats"] = g["pipeline.ingest.formats"] | {"pipeline.batch"}
    bad = violations(g)
    assert any("public face" in b and "pipeline.write.tables" in b for b in bad)
    assert any("pipeline.ingest.formats (ingest) may not depend on batch" in b for b in bad)
