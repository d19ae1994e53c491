"""Text + candidates → the units named by a coordination under one plural head: 'the Banking Supervision and
Banking Policy Departments' names the Banking Supervision Department and the Banking Policy Department; 'the
Markets & Investment, FinTech & Innovation, as well as Sustainability Groups' three groups; 'the Legislative and
Executive Councils' two councils.

English shares a head noun between coordinated modifiers and puts it in the plural: each conjunct with the head in
the singular is one body's name. The conjuncts are split at commas, 'as well as' and the last 'and'; an 'and' is
read as a split only where the list has commas or a single 'and' ('Monetary and Financial Systems and Asia and
Pacific Departments' may be split three ways: left alone), and '&' never splits ('Markets & Investment')."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.references import LEFT_WORDS
from pipeline.extract.entities.spans import Cand, singular, synthetic_id
from pipeline.regexgate import LineGated

WORD = r"[A-Z][\w'’-]*(?:[ ]&[ ][A-Z][\w'’-]*)*"
CONJUNCT = rf"{WORD}(?:[ ]{WORD}){{0,4}}"
# two or more conjuncts (commas, 'as well as', 'and') and a capitalised plural head word
SHARED = re.compile(rf"(?=[A-Z])(?<![\w&'’-])((?:{CONJUNCT}(?:,[ ]+(?:and[ ]+|as[ ]well[ ]as[ ]+)?|[ ]+and[ ]+|[ ]+as[ ]well[ ]as[ ]+))+"
                    rf"{CONJUNCT})[ ]+([A-Z][a-z]+s)\b")
SPLIT = re.compile(r",[ ]+(?:and[ ]+|as[ ]well[ ]as[ ]+)?|[ ]+as[ ]well[ ]as[ ]+")
# its scan: a match lies on one line, which holds a separator before a capital and a capitalised plural after a space
# (LineGated twice: the same matches, ~0.87 -> 0.31 ms per 2,000-word document)
SHARED_LINES = LineGated(LineGated(SHARED, re.compile(r"(?:,|[ ]and|[ ]as[ ]well[ ]as)[ ]+(?:and[ ]+|as[ ]well[ ]as[ ]+)?[A-Z]")),
                         re.compile(r"[ ][A-Z][a-z]+s\b"))


def conjuncts(run: str) -> list[tuple[int, int]] | None:
    """The conjuncts' (start, end) offsets in `run`, or None when an 'and' leaves the split open."""
    parts: list[tuple[int, int]] = []
    at = 0
    for m in SPLIT.finditer(run):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, len(run)))
    ands = [(k, m) for k, (s, e) in enumerate(parts) for m in re.finditer(r"[ ]+and[ ]+", run[s:e])]
    if len(parts) == 1:
        if len(ands) != 1:
            return None  # one 'and' or a run with several: 'Monetary and Financial Systems and Asia and Pacific'
        s, e = parts[0]
        m = ands[0][1]
        return [(s, s + m.start()), (s + m.end(), e)]
    if any(k != len(parts) - 1 for k, _ in ands) or len(ands) > 1:
        return None  # an 'and' inside a comma list's earlier conjunct: a name's own 'and' or a nested list
    if ands:  # 'the A, B and C Departments': the last 'and' splits too
        s, e = parts[-1]
        m = ands[0][1]
        parts[-1:] = [(s, s + m.start()), (s + m.end(), e)]
    return parts


def shared_head_units(text: str, cands: list[Cand], head_kind: Callable[[str], Any],
                      known: Callable[[str], Any], from_entry: Callable[..., Cand],
                      unit_heads: Container[str], body_nouns: Container[str] = frozenset()) -> list[Cand]:
    """The bodies of each coordination under a plural head of `unit_heads` (see the module doc); they replace the
    candidates read inside it. `known(name)` is the gazetteer entry named exactly so, or None. Two conjuncts
    joined by one 'and' are split only when both names are known or each conjunct has two words or more ('the
    Banking Supervision and Banking Policy Departments'): one word on each side is as often one name's own 'and'
    ('Economic and Trade Offices', 'Trade and Industry Department'). A conjunct that ends in a body's head is a
    name of its own ('VTC Training Boards and General Committees'): left alone."""
    if " and " not in text and ", " not in text:
        return cands
    out = cands
    for found_m in SHARED_LINES.finditer(text):
        m: re.Match[str] | None = found_m
        while m is not None and m.group(1).split(" ", 1)[0] in LEFT_WORDS:  # 'The A and B Departments': from 'A'
            m = SHARED.match(text, m.start(1) + len(m.group(1).split(" ", 1)[0]) + 1)
        if m is None:
            continue
        head = singular(m.group(2))
        if head == m.group(2) or head not in unit_heads or \
                head_kind(f"{m.group(1).split()[-1]} {m.group(2)}") == "PLACE":
            continue  # ('Main Wing, Central Government Offices': a building's name ends the run)
        start = m.start(1)
        before = re.search(r"([A-Z][\w'’-]*)[ ]$", text[max(0, start - 30):start])
        if before is not None and before.group(1) not in LEFT_WORDS:
            continue  # the run is the end of a longer name
        parts = conjuncts(m.group(1))
        if parts is None or len(parts) < 2:
            continue
        texts = [m.group(1)[a:b] for a, b in parts]
        if any(head_kind(singular(t.split()[-1])) in ("INSTITUTION", "PLACE") and known(t) is None or
               singular(t.split()[-1]) != t.split()[-1] and singular(t.split()[-1]).lower() in body_nouns
               for t in texts):
            continue  # 'VTC Training Boards and General Committees', 'Public Bodies, Advisory Boards and
            # Committees': a conjunct with a head (or a word for bodies) of its own is a kind or a name itself
        # 'the Shenzhen and Hong Kong Stock Exchanges': the last conjunct's last words may be part of the shared head
        last = texts[-1].split()
        shared = next((" ".join(last[-k:]) + " " for k in range(1, len(last))
                       if known(f"{texts[0]} {' '.join(last[-k:])} {head}") is not None), "")
        if len(parts) == 2 and "," not in m.group(1) and " as well as " not in m.group(1) and \
                not all(known(f"{t} {shared if k < len(texts) - 1 else ''}{head}") is not None
                        for k, t in enumerate(texts)) and \
                not all(len(t.split()) >= 2 for t in texts):
            continue  # 'Economic and Trade Offices': one name's own 'and'
        end = m.end()
        if any(c.start < end and start < c.end and not (start <= c.start and c.end <= end) for c in out):
            continue  # a name runs across the list's edge
        found = []
        for k, (s, e) in enumerate(parts):
            a, b = start + s, (end if k == len(parts) - 1 else start + e)
            name = f"{text[start + s:start + e]} {'' if k == len(parts) - 1 else shared}{head}"
            entry = known(name)
            if entry is not None:
                found.append(from_entry(a, b, entry, "rule", 0.8))
            else:
                canonical = clean_name(name)
                found.append(Cand(a, b, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "",
                                  "", "rule", 0.7))
        out = [c for c in out if not (start <= c.start and c.end <= end)] + found
    return out if out is cands else sorted(out, key=lambda c: (c.start, c.end))


__all__ = ["shared_head_units"]
