"""The entity mixins are compiled by mypyc as plain Python classes (`pipeline.native.python_class`, issue 15).

mypyc cannot compile a closure inside a method of such a class (a lambda or nested function that uses a
variable of the method, `self` included: an internal error, and then the whole group of compiled modules
falls back to pure Python, silently slower). This test finds such closures by reading the sources, so the
build never meets one: use a loop, a helper method or a module-level function instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

from pipeline import native

ROOT = Path(__file__).resolve().parent.parent


def bound_names(fn: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> set[str]:
    """Parameters and names a function assigns (its locals)."""
    args = fn.args
    names = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
    names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
    for node in ast.walk(fn):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def closures(source: str) -> list[str]:
    """'line: method' of every lambda or nested def, in a method of a `python_class` class, that uses a
    local of the method."""
    out = []
    for cls in ast.walk(ast.parse(source)):
        if not isinstance(cls, ast.ClassDef) or not any(
                isinstance(d, ast.Name) and d.id == "python_class" for d in cls.decorator_list):
            continue
        for method in cls.body:
            if not isinstance(method, ast.FunctionDef):
                continue
            local = bound_names(method)
            for node in ast.walk(method):
                if node is method or not isinstance(node, (ast.Lambda, ast.FunctionDef)):
                    continue
                own = bound_names(node)
                used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
                if (used - own) & local:
                    out.append(f"{node.lineno}: {cls.name}.{method.name} uses {sorted((used - own) & local)}")
    return out


def test_the_closure_check_finds_a_lambda_using_self_or_a_local() -> None:
    source = ("@python_class\nclass A:\n    def f(self, xs, k):\n        return max(xs, key=lambda x: self.w(x) + k)\n"
              "    def g(self, xs):\n        return sorted(xs, key=lambda x: (x[0], -x[1]))\n")
    assert closures(source) == ["4: A.f uses ['k', 'self']"]


def test_no_method_of_a_compiled_python_class_holds_a_closure() -> None:
    found = []
    for rel in native.MODULES:
        source = (ROOT / rel).read_text("utf-8")
        found += [f"{rel}:{hit}" for hit in closures(source)]
    assert not found, "mypyc cannot compile these closures (see this test's docstring):\n" + "\n".join(found)
