"""Alias index → every gazetteer name found in a text, as (start, end, entry), leftmost-longest.

Matching is on word tokens of the raw text, not on spaCy tokens, so it works with `--model blank`, across a
single line break (PDF line wraps), and on Chinese text (each Han character is a token). Curly and straight
apostrophes, dashes and "Co-operation"/"Cooperation" are treated as the same.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import itemgetter
from typing import Iterator

from pipeline.gazetteer import Entry

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{HAN}]|[^\W_{HAN}]+|[^\w\s]")
SPACES = re.compile(r"\s+")
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_KEY = itemgetter(2)
CO_HYPHEN = re.compile(r"([Cc]o)(-)")
FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("–", "-"), ("—", "-"), ("‑", "-"))


def clean_name(surface: str) -> str:
    """Canonical form of a name no gazetteer knows: whitespace collapsed, quotes straightened, no 'the'."""
    s = SPACES.sub(" ", surface).strip()
    s = s.replace("’", "'").replace("‘", "'")
    return LEADING_THE.sub("", s)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each token; 'Co-operation' is one token 'Cooperation'."""
    folded = fold(text)  # one character for one: offsets and token bounds are unchanged
    matches = list(TOKEN.finditer(folded))  # the columns built with map: no Python code per token
    toks = list(zip(map(re.Match.start, matches), map(re.Match.end, matches), map(re.Match.group, matches)))
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


def fold(text: str) -> str:
    """Curly quotes and dashes straightened (str.replace per character: faster than str.translate)."""
    for ch, to in FOLD_PAIRS:
        if ch in text:
            text = text.replace(ch, to)
    return text


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
        keys = list(map(_KEY, toks))
        n = len(toks)
        i = 0  # tokens before i are inside a match already
        # only a token that starts some alias can start a match: picked with map, no Python code per token
        for c in compress(range(n), map(self.by_first.__contains__, keys)):
            if c < i:
                continue
            table = self.by_first[keys[c]]
            for k in self.lengths[keys[c]]:
                if c + k > n:
                    continue
                entry = table.get(tuple(keys[c:c + k]))
                if entry is not None and self.contiguous(text, toks, c, k) and \
                        not self.currency_prefix(text, toks[c + k - 1][1]):
                    yield toks[c][0], toks[c + k - 1][1], entry
                    i = c + k
                    break

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
