"""Alias index → every gazetteer name found in a text, as (start, end, entry), leftmost-longest.

Matching is on word tokens of the raw text, not on spaCy tokens, so it works with `--model blank`, across a
single line break (PDF line wraps), and on Chinese text (each Han character is a token). Curly and straight
apostrophes, dashes and "Co-operation"/"Cooperation" are treated as the same.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

from pipeline.gazetteer import Entry

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{HAN}]|[^\W_{HAN}]+|[^\w\s]")
SPACES = re.compile(r"\s+")
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
CO_HYPHEN = re.compile(r"([Cc]o)(-)")
FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "‑": "-"})


def clean_name(surface: str) -> str:
    """Canonical form of a name no gazetteer knows: whitespace collapsed, quotes straightened, no 'the'."""
    s = SPACES.sub(" ", surface).strip()
    s = s.replace("’", "'").replace("‘", "'")
    return LEADING_THE.sub("", s)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each token; 'Co-operation' is one token 'Cooperation'."""
    folded = text.translate(FOLD)  # one character for one: offsets and token bounds are unchanged
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(folded)]
    starts: list[int] = []
    out: list[tuple[int, int, str]] = []
    done = 0  # toks[:done] are in out
    for m in CO_HYPHEN.finditer(folded):  # 'Co', '-' and a lowercase word, glued: one token
        if not starts:
            starts = [t[0] for t in toks]
        i = bisect_left(starts, m.start())
        if i < done or i + 2 >= len(toks) or toks[i][:2] != m.span(1) or toks[i + 1][:2] != m.span(2) or \
                toks[i + 2][0] != m.end() or not toks[i + 2][2][:1].islower():
            continue
        out += toks[done:i]
        out.append((toks[i][0], toks[i + 2][1], toks[i][2] + toks[i + 2][2]))
        done = i + 3
    if not done:
        return toks
    return out + toks[done:]


class AliasMatcher:
    """Exact (case-sensitive) alias lookup by token sequence."""

    def __init__(self, index: dict[str, Entry]) -> None:
        self.by_first: dict[str, dict[tuple[str, ...], Entry]] = {}
        self.lengths: dict[str, list[int]] = {}  # first token → alias lengths in tokens, longest first
        for alias, entry in index.items():
            key = tuple(t for _, _, t in tokens(alias))
            if not key:
                continue
            self.by_first.setdefault(key[0], {})[key] = entry
        for first, table in self.by_first.items():
            self.lengths[first] = sorted({len(k) for k in table}, reverse=True)

    def find(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        toks = tokens(text)
        keys = [t[2] for t in toks]
        i = 0
        n = len(toks)
        while i < n:
            table = self.by_first.get(keys[i])
            hit = None
            if table is not None:
                for k in self.lengths[keys[i]]:
                    if i + k > n:
                        continue
                    entry = table.get(tuple(keys[i:i + k]))
                    if entry is not None and self.contiguous(text, toks, i, k) and \
                            not self.currency_prefix(text, toks[i + k - 1][1]):
                        hit = (k, entry)
                        break
            if hit is None:
                i += 1
                continue
            k, entry = hit
            yield toks[i][0], toks[i + k - 1][1], entry
            i += k

    @staticmethod
    def contiguous(text: str, toks: list[tuple[int, int, str]], i: int, k: int) -> bool:
        """No paragraph break inside a match."""
        for j in range(i, i + k - 1):
            if text.count("\n", toks[j][1], toks[j + 1][0]) > 1:
                return False
        return True

    @staticmethod
    def currency_prefix(text: str, end: int) -> bool:
        """'US$', 'HK$', 'S$': a country code glued to a dollar sign is part of a currency, not a place."""
        return text[end:end + 1] == "$"
