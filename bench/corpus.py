"""Benchmark corpus: policy prose from the repository's corpus and the shared texts, shuffled into documents."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "corpus", ROOT.parent / "shared" / "devset", ROOT.parent / "shared" / "realworld" / "texts")
ZH_SOURCES = (ROOT.parent / "shared" / "devset-zh", ROOT.parent / "shared" / "devset-real-zh")


def paragraphs(max_words: int = 0) -> list[str]:
    """Every paragraph (blank-line separated, at least 8 words) of the source texts, in a stable order;
    with `max_words`, a longer one (a PDF page's text without blank lines) is cut at line breaks."""
    out: list[str] = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            for para in path.read_text("utf-8").split("\n\n"):
                para = para.strip()
                pieces = cut(para, max_words) if max_words and len(para.split()) > max_words else [para]
                out += [p for p in pieces if len(p.split()) >= 8]
    if not out:
        raise SystemExit("no source texts found for the benchmark corpus")
    return out


def cut(para: str, max_words: int) -> list[str]:
    """A long paragraph as pieces of at most ~`max_words` words, at line breaks."""
    out: list[str] = []
    lines: list[str] = []
    for line in para.splitlines():
        lines.append(line)
        if len(" ".join(lines).split()) >= max_words // 2:
            out.append("\n".join(lines))
            lines = []
    if lines:
        out.append("\n".join(lines))
    return out


def build_corpus(folder: Path, words: int, seed: int = 7, size: tuple[int, int] = (600, 2500),
                 documents: int = 0) -> tuple[int, int]:
    """Write .txt documents of `size` words (600-2,500: long documents; 250-350: press releases) into
    `folder` until `words` words, or `documents` documents; return (documents, words)."""
    folder.mkdir(parents=True, exist_ok=True)
    paras = paragraphs(max_words=size[1] // 2 if size[1] < 1000 else 0)
    rng = random.Random(seed)
    total = n_docs = 0
    while (n_docs < documents) if documents else (total < words):
        target = rng.randint(*size)
        body: list[str] = []
        have = 0
        while have < target:
            para = rng.choice(paras)
            body.append(para)
            have += len(para.split())
        title = f"Policy digest {n_docs + 1}"
        text = title + "\n\n" + "\n\n".join(body) + "\n"
        (folder / f"doc-{n_docs:05d}.txt").write_text(text, "utf-8")
        total += len(text.split())
        n_docs += 1
    return n_docs, total



def zh_lines() -> list[list[str]]:
    """The lines of each Chinese dev text, in a stable order (LegCo Hansard passages keep the PDF's line wraps)."""
    out = [path.read_text("utf-8").splitlines() for folder in ZH_SOURCES if folder.is_dir()
           for path in sorted(folder.glob("*.txt"))]
    if not out:
        raise SystemExit("no Chinese source texts found for the benchmark corpus")
    return out


def build_zh_corpus(folder: Path, documents: int, size: tuple[int, int] = (400, 800), seed: int = 7) -> int:
    """Write `documents` Chinese .txt documents of `size` characters (a report's section, a Budget passage) into
    `folder`: each a contiguous run of lines from a random line of a Chinese dev text on (into the next text at
    its end), as written; return the characters written."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = zh_lines()
    rng = random.Random(seed)
    total = 0
    for n in range(documents):
        target = rng.randint(*size)
        k = rng.randrange(len(texts))
        i = rng.randrange(len(texts[k]))
        body: list[str] = []
        while sum(map(len, body)) < target:
            if i >= len(texts[k]):
                k, i = (k + 1) % len(texts), 0
                continue
            body.append(texts[k][i])
            i += 1
        text = "\n".join(body).strip() + "\n"
        (folder / f"doc-{n:05d}.txt").write_text(text, "utf-8")
        total += len(text)
    return total
