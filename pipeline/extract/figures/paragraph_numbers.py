"""A text → the offsets of its paragraph numbers that start a sentence ('159 Carbon markets are growing.'), which
are labels, not counts.

Speeches printed in Hansard form (Singapore Budget statements, their web copies) number every paragraph, and a
conversion often leaves the number in front of the sentence, after a list marker the page added ('  4. 159 Carbon
markets are also growing.') or alone ('12 We will ...'). A numeral written in digits never opens an English
sentence by itself (style guides spell out or recast it), so a line that reads as a sentence in sentence case
after the number means the number stands outside that sentence. It is taken as a paragraph number when a list
marker stands before it, or when the paragraph numbers run on: another line opens the same way with the next or
the previous number. A title-case line ('10 Major Projects') or a short line keeps its count (see headings.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

# a line's opening: an optional list marker ('4.', '(a)', '•'), a number of up to four digits, then the next word
_OPENING = re.compile(
    r"^[ \t]*((?:\(?[0-9]{1,3}[.)]|\(?[A-Za-z][.)]|[•·*\-–])[ \t]+)?([0-9]{1,4})(?:[ \t]+|\.(?=[A-Z]))([^\n]*)$",
    re.M)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_WORDS = 4  # a sentence line has at least this many words after the number


def _reads_as_sentence(rest: str) -> bool:
    """The rest of a line opens with a capital (or a number: '2050 is still ...') and goes on in sentence case."""
    if not rest or not (rest[0].isupper() or rest[0].isdigit()):
        return False
    words = _WORD.findall(rest)
    if len(words) < _SENTENCE_WORDS:
        return False
    tail = words[1:] if rest[0].isupper() else words
    lower = sum(1 for w in tail if w[0].islower())
    return lower * 2 >= len(tail)


@lru_cache(maxsize=8)
def paragraph_number_starts(text: str) -> frozenset[int]:
    """Offsets of the numbers that label a paragraph opening a sentence."""
    cands: list[tuple[int, int, bool]] = []
    for m in _OPENING.finditer(text):
        if _reads_as_sentence(m.group(3)):
            cands.append((m.start(2), int(m.group(2)), m.group(1) is not None))
    if not cands:
        return frozenset()
    values = {n for _, n, _ in cands}
    return frozenset(start for start, n, marked in cands if marked or n - 1 in values or n + 1 in values)
