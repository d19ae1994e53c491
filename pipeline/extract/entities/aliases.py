"""Alias index → every gazetteer name found in a text, as (start, end, entry), leftmost-longest.

Matching is on word tokens of the raw text, not on spaCy tokens, so it works with `--model blank`, across a
single line break (PDF line wraps), and on Chinese text (each Han character is a token). Curly and straight
apostrophes, dashes and "Co-operation"/"Cooperation" are treated as the same.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress
from typing import Iterator

from pipeline.extract.entities.gazetteer import Entry

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{HAN}]|[^\W_{HAN}]+|[^\w\s]")
SPLIT = re.compile(f"({TOKEN.pattern})")  # the tokens and the gaps between them
SPACES = re.compile(r"\s+")
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
CO_HYPHEN = re.compile(r"([Cc]o)(-)")
# a footnote marker glued to the end of a name ('Hong Kong3', 'ITE4was': DECISIONS 15): a capitalised word of three
# letters or more, one or two digits and perhaps the next word's lowercase letters; the name's letters are a token of
# their own (not 'SG60', 'G20', 'CO2', nor a number that goes on: 'Kong123', 'Industry4.0')
NOTE_DIGIT = re.compile(r"\d(?<=[A-Za-z]\d)")  # a digit glued to a letter (a cheap scan: few texts have one)
GLUED_NOTE = re.compile(r"([A-Z][A-Za-z]{2,})(\d{1,2})([a-z]*)")  # a whole token
NUMBER_GOES_ON = re.compile(r"[.,]\d")
CURRENCY_NAME = re.compile(r"[ \t-]+[Dd]ollars?\b")  # 'US dollar', 'a 5-billion-US-dollar loan'
CURRENCY_TAIL = re.compile(r"[ \t]+(?:[Dd]ollars?|DOLLARS?)$")  # 'Hong Kong Dollar (HKD)' read as one name: a currency
MEMO_CHARS = 200  # texts up to this long have their matches remembered by AliasMatcher.find
MEMO_SIZE = 20_000
FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("–", "-"), ("—", "-"), ("‑", "-"))


# British and American spellings of the same word in a name ('International Organisation of Securities
# Commissions' = '... Organization ...'; 'Centre' = 'Center'): an alias matches in either spelling
SPELLING = re.compile(r"^([A-Z]?[a-z]+i)([sz])(ation|ations)$")
SPELLING_PAIRS = {"Centre": "Center", "Center": "Centre", "Centres": "Centers", "Centers": "Centres",
                  "Labour": "Labor", "Labor": "Labour", "Defence": "Defense", "Defense": "Defence"}


# the small words a name keeps in lower case, as title case writes them
TITLE_CASE = {"of": "Of", "and": "And", "for": "For", "the": "The", "on": "On", "in": "In", "to": "To", "at": "At"}


def spelling_variant(token: str) -> str:
    """The other spelling of a token ('Organisation' ↔ 'Organization', 'Centre' ↔ 'Center'), else the token."""
    if token in SPELLING_PAIRS:
        return SPELLING_PAIRS[token]
    m = SPELLING.match(token)
    if m is None:
        return token
    return m.group(1) + ("z" if m.group(2) == "s" else "s") + m.group(3)


@lru_cache(maxsize=8192)  # (the rules clean the same few names ~50 times per 300-word document)
def clean_name(surface: str) -> str:
    """Canonical form of a name no gazetteer knows: whitespace collapsed, quotes straightened, no 'the'."""
    s = SPACES.sub(" ", surface).strip()
    s = s.replace("’", "'").replace("‘", "'")
    return LEADING_THE.sub("", s)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each token; 'Co-operation' is one token 'Cooperation'."""
    return list(zip(*columns(text)))


def columns(text: str) -> tuple[list[int], list[int], list[str]]:
    """The tokens of `tokens()` as three lists: starts, ends and keys.

    One re.split gives gap, token, gap, token, ..., gap as plain strings (no match objects), and the
    running sum of their lengths gives every bound: no Python code runs per token."""
    folded = fold(text)  # one character for one: offsets and token bounds are unchanged
    parts = SPLIT.split(folded)
    bounds = list(accumulate(map(len, parts)))
    starts, ends = bounds[0:-1:2], bounds[1::2]
    keys: list[str] = parts[1::2]
    out: tuple[list[int], list[int], list[str]] = ([], [], [])
    done = 0  # tokens before done are in out
    for m in CO_HYPHEN.finditer(folded):  # 'Co', '-' and a lowercase word, glued: one token
        i = bisect_left(starts, m.start())
        if i < done or i + 2 >= len(keys) or (starts[i], ends[i]) != m.span(1) or \
                (starts[i + 1], ends[i + 1]) != m.span(2) or starts[i + 2] != m.end() or not keys[i + 2][:1].islower():
            continue
        out[0].extend(starts[done:i])
        out[1].extend(ends[done:i])
        out[2].extend(keys[done:i])
        out[0].append(starts[i])
        out[1].append(ends[i + 2])
        out[2].append(keys[i] + keys[i + 2])
        done = i + 3
    if done:
        starts, ends, keys = out[0] + starts[done:], out[1] + ends[done:], out[2] + keys[done:]
    return split_notes(folded, starts, ends, keys)


def split_notes(folded: str, starts: list[int], ends: list[int], keys: list[str]
                ) -> tuple[list[int], list[int], list[str]]:
    """The tokens with each glued footnote marker (GLUED_NOTE) split off the name before it: 'Kong3' → 'Kong', '3'."""
    out: tuple[list[int], list[int], list[str]] = ([], [], [])
    done = 0
    for d in NOTE_DIGIT.finditer(folded):
        i = bisect_right(starts, d.start()) - 1
        m = GLUED_NOTE.fullmatch(keys[i]) if i >= done else None
        if m is None or NUMBER_GOES_ON.match(folded, ends[i]):
            continue
        out[0].extend(starts[done:i])
        out[1].extend(ends[done:i])
        out[2].extend(keys[done:i])
        for g in (1, 2, 3):
            if m.start(g) < m.end(g):
                out[0].append(starts[i] + m.start(g))
                out[1].append(starts[i] + m.end(g))
                out[2].append(m.group(g))
        done = i + 1
    if not done:
        return starts, ends, keys
    return out[0] + starts[done:], out[1] + ends[done:], out[2] + keys[done:]


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
        for key, entry in [(k, e) for table in list(self.by_first.values()) for k, e in table.items()]:
            variant = tuple(spelling_variant(t) for t in key)
            if variant != key:  # 'Organisation' / 'Organization': one name in either spelling
                self.by_first.setdefault(variant[0], {}).setdefault(variant, entry)
        for key, entry in [(k, e) for table in list(self.by_first.values()) for k, e in table.items()]:
            titled = tuple(TITLE_CASE.get(t, t) for t in key) if key[0][:1].isupper() else key
            if titled != key:  # a menu or heading in title case: 'Ministry Of Finance', 'Bank For X And Y'
                self.by_first.setdefault(titled[0], {}).setdefault(titled, entry)
        self.seconds: dict[str, frozenset[str]] = {}  # first token → the second tokens of its longer aliases
        for first, table in self.by_first.items():
            self.lengths[first] = sorted({len(k) for k in table}, reverse=True)
            self.seconds[first] = frozenset(k[1] for k in table if len(k) > 1)
        self.memo: dict[str, tuple[tuple[int, int, Entry], ...]] = {}  # short texts' matches (see `find`)

    def forget(self) -> None:
        """Drops the remembered matches of short texts (EntityRecognizer: at each document's start)."""
        self.memo.clear()

    def find(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        """The aliases in `text`, leftmost-longest. A short text's matches are remembered until `forget` (the
        rules look the same names up ~20 times per 300-word document)."""
        if len(text) > MEMO_CHARS:
            return self.scan(text)
        found = self.memo.get(text)
        if found is None:
            if len(self.memo) > MEMO_SIZE:
                self.memo.clear()
            found = self.memo[text] = tuple(self.scan(text))
        return iter(found)

    def scan(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        starts, ends, keys = columns(text)
        n = len(keys)
        i = 0  # tokens before i are inside a match already
        # only a token that starts some alias can start a match: picked with map, no Python code per token
        for c in compress(range(n), map(self.by_first.__contains__, keys)):
            if c < i:
                continue
            table = self.by_first[keys[c]]
            second = keys[c + 1] in self.seconds[keys[c]] if c + 1 < n else False  # (else only one-token aliases)
            for k in self.lengths[keys[c]]:
                if c + k > n or k > 1 and not second:
                    continue
                entry = table.get(tuple(keys[c:c + k]))
                if entry is not None and self.contiguous(text, starts, ends, c, k) and \
                        not self.currency_prefix(text, ends[c + k - 1]):
                    yield starts[c], ends[c + k - 1], entry
                    i = c + k
                    break

    @staticmethod
    def contiguous(text: str, starts: list[int], ends: list[int], i: int, k: int) -> bool:
        """No paragraph break inside a match."""
        for j in range(i, i + k - 1):
            if text.count("\n", ends[j], starts[j + 1]) > 1:
                return False
        return True

    @staticmethod
    def currency_prefix(text: str, end: int) -> bool:
        """'US$', 'HK$', 'S$': a country code glued to a dollar sign is part of a currency, not a place; so is
        a place before 'dollar' ('US dollar', 'Singapore dollars')."""
        return text[end:end + 1] == "$" or CURRENCY_NAME.match(text, end) is not None

    @staticmethod
    def currency_name(surface: str) -> bool:
        """A name that ends in 'Dollar(s)' ('Hong Kong Dollar', 'Singapore Dollars') is a currency, not a place."""
        return CURRENCY_TAIL.search(surface) is not None
