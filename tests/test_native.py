"""The mypyc build of the rule modules (pipeline/native.py, issue 15): used only while it matches every
source it was built from, and then it gives the same tables byte for byte as the pure-Python modules."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import native

ROOT = Path(__file__).resolve().parent.parent


def fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the compiled modules' sources and a build folder whose manifest matches them."""
    root, build = tmp_path / "src", tmp_path / "build"
    for rel in native.MODULES:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / rel, root / rel)
    build.mkdir()
    extensions = {}
    for name in native.source_digests(root):
        extensions[name] = f"{name.replace('.', '/')}.so"
        (build / extensions[name]).parent.mkdir(parents=True, exist_ok=True)
        (build / extensions[name]).write_bytes(b"")
    manifest = {"python": native.python_tag(), "sources": native.source_digests(root), "extensions": extensions}
    (build / native.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    return root, build


def test_a_build_is_used_only_while_every_source_is_the_one_it_was_built_from(tmp_path: Path) -> None:
    root, build = fake_build(tmp_path)
    files, why = native.usable_build(build, root)
    assert why == "compiled" and set(files) == {native.module_name(p) for p in native.MODULES}
    source = root / "pipeline/extract/figures/reader.py"
    source.write_text(source.read_text("utf-8") + "\n# an edit\n", "utf-8")
    files, why = native.usable_build(build, root)
    assert files == {} and "sources changed" in why  # the edit runs, not the stale build


def test_a_build_for_another_python_or_an_incomplete_one_is_not_used(tmp_path: Path) -> None:
    root, build = fake_build(tmp_path)
    (build / "pipeline/regexgate.so").unlink()
    assert native.usable_build(build, root) == ({}, "build incomplete (pipeline/regexgate.so missing)")
    manifest = json.loads((build / native.MANIFEST).read_text("utf-8"))
    manifest["python"] = "cpython-27"
    (build / native.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    assert native.usable_build(build, root)[1] == "built for another Python"
    assert native.usable_build(tmp_path / "none", root) == ({}, "no build (make native)")


def status_of(env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-c", "import pipeline, pipeline.native as n; print(n.status())"],
                          env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_policy_pipeline_native_0_runs_the_sources() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), POLICY_PIPELINE_NATIVE="0")
    assert status_of(env) == "pure Python (POLICY_PIPELINE_NATIVE=0)"


@pytest.mark.slow
def test_the_compiled_modules_give_the_same_tables_byte_for_byte(shared_dir: Path, tmp_path: Path) -> None:
    """Where `make native` has built them: the dev set and the real-world texts through both."""
    if not native.usable_build()[0]:
        pytest.skip(f"no current mypyc build ({native.usable_build()[1]})")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for folder in ("devset", "realworld/texts"):
        for path in sorted((shared_dir / folder).glob("*.txt")):
            shutil.copyfile(path, corpus / f"{folder.replace('/', '-')}-{path.name}")
    tables = {}
    for mode in ("1", "0"):
        env = dict(os.environ, PYTHONPATH=str(ROOT), POLICY_PIPELINE_NATIVE=mode, SOURCE_DATE_EPOCH="1767225600")
        assert status_of(env) == ("compiled (mypyc)" if mode == "1" else "pure Python (POLICY_PIPELINE_NATIVE=0)")
        out = tmp_path / f"out-{mode}"
        subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--workers", "1"],
                       env=env, capture_output=True, text=True, check=True)
        tables[mode] = {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}
    assert tables["1"].keys() == tables["0"].keys() and len(tables["1"]) >= 4
    for name in tables["1"]:
        assert tables["1"][name] == tables["0"][name], name
