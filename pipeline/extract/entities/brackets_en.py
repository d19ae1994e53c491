"""English text + entity candidates → what a bracket after a name says about it: a stock listing ('Wipro (NYSE:
WIT)') makes the name a listed company; 'formerly (known as) (the) Y' ('Bursa Malaysia (formerly the Kuala Lumpur
Stock Exchange)') and 'X, also known as Y' make Y another name of the same body or place, not a second one; an
acronym bracketed inside a name ('New Territories North (NTN) New Town', 'Bus-Bus Interchange (BBI) Scheme')
abbreviates the words before it, and the name goes on after the bracket: one name, typed by its last head.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.references import spell_out
from pipeline.extract.entities.spans import CONNECTORS, Cand, synthetic_id
from pipeline.regexgate import LineGated

FORMERLY = re.compile(r"[ \t]*\((?:formerly|previously|then)(?:[ \t]+(?:known[ \t]+as|called|named))?[ \t\n]+"
                      r"(?:the[ \t\n]+)?")
# the whole bracket after 'formerly (the)': capitalised words and connectors
FORMER_NAME = re.compile(r"([A-Z][\w&'’-]*(?:[ ]+(?:of|for|and|the|on|[A-Z][\w&'’-]*))*)\)")
# 'the Beibu Gulf Rim, also known as (the) Gulf of Tonkin Economic Belt': a second name of the same thing
ALSO_KNOWN = re.compile(r"(?:,[ \t]+|[ \t]+\()(?:also|formerly|previously)[ \t]+(?:known[ \t]+as|called)[ \t\n]+(?:the[ \t\n]+)?")
# a capitalised word of a company name: 'Wipro', 'R3', 'AT&T', 'Co.,', 'Ltd.'
NAME_WORD = re.compile(r"[A-Z0-9][\w&.'’-]*,?$")
# '(NTN) New Town', '(BBI) Scheme': an acronym in brackets, then capitalised words that end the name
ACRONYM_THEN_WORDS = re.compile(r"\(([A-Z][A-Za-z&/]{1,9})\)[ ]((?:[A-Z][\w'’-]*)(?:[ ][A-Z][\w'’-]*){0,5})"
                                r"(?![\w'’-]|[ ][A-Z])")


def listing_pattern(markers: Iterable[str]) -> LineGated:
    """' (NYSE: WIT)', ' (HKEX: 0700)', ' (stock code: 5)' right after a name (on one line: tried only on the lines
    with '(' and a marker, LineGated, the same matches)."""
    alts = "|".join(sorted(map(re.escape, markers), key=len, reverse=True)) or "(?!)"
    return LineGated(re.compile(rf"[ \t]*\((?:{alts})[ \t]*:[ \t]*[A-Z0-9][A-Z0-9.-]{{0,9}}\)"), re.compile(rf"\((?:{alts})"))


def listed_companies(text: str, pattern: LineGated, cands: list[Cand]) -> list[Cand]:
    """The capitalised run before each listing bracket, as a company (method `rule`), unless an institution
    candidate already covers it; connectors end the run ('R3 and Wipro (NYSE: WIT)' gives Wipro)."""
    out = []
    for m in pattern.finditer(text):
        words: list[str] = re.findall(r"\S+", text[max(0, m.start() - 120):m.start()])
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
    """Candidates with each 'X (formerly the Y)' and 'X, also known as Y' Y relinked to X's entity (same id and
    canonical name): another name of the same thing, not a second one."""
    named = sorted((c for c in cands if c.label is not None and c.end > c.start), key=lambda c: (c.start, c.end))
    relinked: dict[tuple[int, int], Cand] = {}
    for i, c in enumerate(named):
        m = FORMERLY.match(text, c.end)
        also = ALSO_KNOWN.match(text, c.end) if not m else None
        m = m or also
        if not m:
            continue
        for d in named[i + 1:i + 4]:
            if d.start == m.end() and d.label == c.label and (also or text[d.end:d.end + 1] == ")"):
                relinked[(d.start, d.end)] = replace(c, start=d.start, end=d.end, confidence=min(c.confidence, 0.85))
                break
        else:  # a former name whose head is a post's ('formerly the Registrar of Firms'): the body's name then
            old = FORMER_NAME.match(text, m.end()) if not also and c.label == "INSTITUTION" else None
            if old and not any(d.start < old.end(1) and old.start(1) < d.end for d in named):
                relinked[old.span(1)] = replace(c, start=old.start(1), end=old.end(1), confidence=min(c.confidence, 0.8))
    cands = cands + [c for span, c in relinked.items() if not any((d.start, d.end) == span for d in cands)]
    return [relinked.get((c.start, c.end), c) for c in cands]


def names_around_acronyms(text: str, cands: list[Cand], head_type: Callable[[str], str | None],
                          known: Callable[[str], bool]) -> list[Cand]:
    """Candidates with each 'X (ACR) Y' read as one name 'X Y' when ACR spells X and Y ends in a head word: a
    place or body spanning it replaces the names inside ('New Territories North' is no place of its own there);
    a programme or scheme ('Bus-Bus Interchange (BBI) Scheme') removes them, with the document's other uses of
    a name no gazetteer knows (a later 'BBI' is still the scheme's word, no place)."""
    drop: set[int] = set()
    dead_ids: set[str] = set()
    added: list[Cand] = []
    for m in ACRONYM_THEN_WORDS.finditer(text):
        full = spell_out(text, m.start(), m.group(1)) if sum(ch.isupper() for ch in m.group(1)) >= 2 else None
        if full is None or text[full[1]:m.start()].strip():
            continue
        tail = m.group(2)
        if head_type(tail) is None:
            continue  # 'Hong Kong (HK) Government'-like tails are handled by the names' own rules
        s, e = full[0], m.end(2)
        surface = f"{text[s:full[1]]} {tail}"
        kind = head_type(surface)
        inside = [i for i, c in enumerate(cands) if s <= c.start and c.end <= e and c.label is not None]
        if kind is None or not inside or any(c.start < e and s < c.end and (c.start < s or c.end > e) and
                                            c.label is not None for c in cands):
            continue
        drop.update(inside)
        if kind == "NOT":
            dead_ids.update(cands[i].entity_id for i in inside if cands[i].entity_id and not known(cands[i].entity_id))
            continue
        canonical = clean_name(surface)
        added.append(Cand(s, e, kind, synthetic_id(kind, canonical), canonical, "", "", "", "rule", 0.75))
    if not drop:
        return cands
    return [c for i, c in enumerate(cands) if i not in drop and c.entity_id not in dead_ids] + added
