"""English text + entity candidates → what a bracket after a name says about it: a stock listing ('Wipro (NYSE:
WIT)') makes the name a listed company; 'formerly (known as) (the) Y' ('Bursa Malaysia (formerly the Kuala Lumpur
Stock Exchange)') makes Y an earlier name of the same body, not a second one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import CONNECTORS, Cand, synthetic_id

FORMERLY = re.compile(r"[ \t]*\((?:formerly|previously|then)(?:[ \t]+(?:known[ \t]+as|called|named))?[ \t\n]+"
                      r"(?:the[ \t\n]+)?")
# a capitalised word of a company name: 'Wipro', 'R3', 'AT&T', 'Co.,', 'Ltd.'
NAME_WORD = re.compile(r"[A-Z0-9][\w&.'’-]*,?$")


def listing_pattern(markers: Iterable[str]) -> re.Pattern[str]:
    """' (NYSE: WIT)', ' (HKEX: 0700)', ' (stock code: 5)' right after a name."""
    alts = "|".join(sorted(map(re.escape, markers), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[ \t]*\((?:{alts})[ \t]*:[ \t]*[A-Z0-9][A-Z0-9.-]{{0,9}}\)")


def listed_companies(text: str, pattern: re.Pattern[str], cands: list[Cand]) -> list[Cand]:
    """The capitalised run before each listing bracket, as a company (method `rule`), unless an institution
    candidate already covers it; connectors end the run ('R3 and Wipro (NYSE: WIT)' gives Wipro)."""
    out = []
    for m in pattern.finditer(text):
        words = re.findall(r"\S+", text[max(0, m.start() - 120):m.start()])
        taken: list[str] = []
        for w in reversed(words):
            if w in CONNECTORS or not NAME_WORD.match(w) or len(taken) == 6:
                break
            taken.append(w)
        if not taken or not any(ch.isalpha() for ch in "".join(taken)):
            continue
        start = text.rfind(taken[-1], 0, m.start())
        end = m.start()
        if any(c.label == "INSTITUTION" and c.start < end and start < c.end for c in cands):
            continue
        canonical = clean_name(text[start:end])
        out.append(Cand(start, end, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "company",
                        "", "", "rule", 0.85))
    return out


def former_names(text: str, cands: list[Cand]) -> list[Cand]:
    """Candidates with each 'X (formerly the Y)' Y relinked to X's entity (same id and canonical name)."""
    named = sorted((c for c in cands if c.label is not None and c.end > c.start), key=lambda c: (c.start, c.end))
    relinked: dict[tuple[int, int], Cand] = {}
    for i, c in enumerate(named):
        m = FORMERLY.match(text, c.end)
        if not m:
            continue
        for d in named[i + 1:i + 4]:
            if d.start == m.end() and d.label == c.label and text[d.end:d.end + 1] == ")":
                relinked[(d.start, d.end)] = replace(c, start=d.start, end=d.end, confidence=min(c.confidence, 0.85))
                break
    return [relinked.get((c.start, c.end), c) for c in cands]
