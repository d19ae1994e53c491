"""Benchmark corpus: policy prose from the repository's corpus and the shared texts, shuffled into documents."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "corpus", ROOT.parent / "shared" / "devset", ROOT.parent / "shared" / "realworld" / "texts")


def paragraphs() -> list[str]:
    """Every paragraph (blank-line separated, at least 8 words) of the source texts, in a stable order."""
    out: list[str] = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            for para in path.read_text("utf-8").split("\n\n"):
                para = para.strip()
                if len(para.split()) >= 8:
                    out.append(para)
    if not out:
        raise SystemExit("no source texts found for the benchmark corpus")
    return out


def build_corpus(folder: Path, words: int, seed: int = 7) -> tuple[int, int]:
    """Write .txt documents of 600-2,500 words into `folder` until `words` words; return (documents, words)."""
    folder.mkdir(parents=True, exist_ok=True)
    paras = paragraphs()
    rng = random.Random(seed)
    total = n_docs = 0
    while total < words:
        target = rng.randint(600, 2500)
        body: list[str] = []
        size = 0
        while size < target:
            para = rng.choice(paras)
            body.append(para)
            size += len(para.split())
        title = f"Policy digest {n_docs + 1}"
        text = title + "\n\n" + "\n\n".join(body) + "\n"
        (folder / f"doc-{n_docs:05d}.txt").write_text(text, "utf-8")
        total += len(text.split())
        n_docs += 1
    return n_docs, total
