"""Alias index → every gazetteer name found in a text, as (start, end, entry), leftmost-longest.

Matching is on word tokens of the raw text, not on spaCy tokens, so it works with `--model blank`, across a
single line break (PDF line wraps), and on Chinese text (each Han character is a token). Curly and straight
apostrophes, dashes and "Co-operation"/"Cooperation" are treated as the same.
"""

from __future__ import annotations

import re
from typing import Iterator

from pipeline.gazetteer import Entry

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{HAN}]|[^\W_{HAN}]+|[^\w\s]")
FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "‑": "-"})


def clean_name(surface: str) -> str:
    """Canonical form of a name no gazetteer knows: whitespace collapsed, quotes straightened, no 'the'."""
    s = re.sub(r"\s+", " ", surface).strip()
    s = s.replace("’", "'").replace("‘", "'")
    return re.sub(r"^(?:the|The|THE)\s+", "", s)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each token; 'Co-operation' is one token 'Cooperation'."""
    out: list[tuple[int, int, str]] = []
    for m in TOKEN.finditer(text):
        key = m.group().translate(FOLD)
        if len(out) >= 2 and out[-1][2] == "-" and out[-2][2] in ("Co", "co") and key[:1].islower() \
                and out[-1][0] == out[-2][1] and m.start() == out[-1][1]:
            first = out[-2]
            out[-2:] = [(first[0], m.end(), first[2] + key)]
            continue
        out.append((m.start(), m.end(), key))
    return out


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
        i = 0
        n = len(toks)
        while i < n:
            table = self.by_first.get(toks[i][2])
            hit = None
            if table is not None:
                for k in self.lengths[toks[i][2]]:
                    if i + k > n:
                        continue
                    key = tuple(t for _, _, t in toks[i:i + k])
                    entry = table.get(key)
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
