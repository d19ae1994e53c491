"""Compile the rule modules of `pipeline.native.MODULES` with mypyc into build/native (issue 15).

    .venv/bin/python scripts/build_native.py          # or: make native (make run/test/bench do it)

Nothing is written into the source tree: the C sources and objects go to build/native-tmp, the
extension modules to build/native with a manifest of the sha256 of every source compiled. A build
that already matches the sources is kept. Without a C compiler or mypyc the script says so and exits
0: the pipeline then runs the pure-Python modules, as it does whenever the build does not match.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["POLICY_PIPELINE_NATIVE"] = "0"  # this process must read the sources, not an older build

from pipeline import native  # noqa: E402


def compiler_missing() -> str:
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install mypy)"
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc}) on PATH"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    return ""


def main() -> int:
    digests = native.source_digests()  # read before compiling: a source edited meanwhile never matches
    if native.usable_build()[0]:
        print(f"build/native is current ({len(digests)} compiled modules)")
        return 0
    missing = compiler_missing()
    if missing:
        print(f"build_native: {missing}; the pipeline runs its pure-Python modules (slower, same output)")
        return 0
    from mypyc.build import mypycify
    from setuptools import setup

    tmp = ROOT / "build" / "native-tmp"
    staged = ROOT / "build" / f"native-new-{os.getpid()}"
    shutil.rmtree(staged, ignore_errors=True)
    os.chdir(ROOT)  # mypy names the modules by their paths from here
    # one C file per module (smaller files for the compiler; the group still links as one library)
    try:
        extensions = mypycify(list(native.MODULES), opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
                              target_dir=str(tmp / "c"), multi_file=True)
        setup(name="policy-pipeline-native", ext_modules=extensions, packages=[], py_modules=[],
              script_args=["--quiet", "build_ext", "--build-lib", str(staged), "--build-temp", str(tmp / "obj")])
    except (Exception, SystemExit) as exc:  # mypyc refused a construct, or the C compiler failed
        # not fatal for `make run/test`: the pure-Python modules give the same tables, only slower
        print(f"build_native: FAILED ({type(exc).__name__}: {exc}; mypyc's or the compiler's message is above): "
              f"the pipeline runs its pure-Python modules (same output, slower)", file=sys.stderr)
        shutil.rmtree(staged, ignore_errors=True)
        return 0
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    built = {}
    for file in sorted(staged.rglob(f"*{suffix}")):
        rel = file.relative_to(staged).as_posix()
        built[rel.removesuffix(suffix).replace("/", ".")] = rel
    absent = [name for name in digests if name not in built]
    if absent:
        print(f"build_native: mypyc built no module for {', '.join(absent)}", file=sys.stderr)
        return 1
    manifest = {"python": native.python_tag(), "sources": digests, "extensions": built}
    (staged / native.MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", "utf-8")
    old = ROOT / "build" / f"native-old-{os.getpid()}"
    if native.BUILD.exists():
        native.BUILD.rename(old)
    staged.rename(native.BUILD)
    shutil.rmtree(old, ignore_errors=True)
    print(f"build/native: {len(digests)} modules compiled with mypyc")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
