"""Text + candidates → the same, with a list of abbreviations read line by line: 'BCBS Basel Committee on Banking
Supervision', 'CCP Central Counterparty', 'HKICL Hong Kong Interbank Clearing Limited' (an annual report's
'Abbreviations used in this Report', a glossary).

Each such line defines its abbreviation: the words after it, whose initials spell it, are what it stands for. The
NER reads the list as running text and glues a line's words to the next line's ('... Supervision\\nCCP Central
Counterparty' as one body, 'CCP' as the Communist Party). Here each line is one definition: a known name or a
name with an institution's head gives the body, named twice (the abbreviation and the words); a common term
('Central Counterparty', 'Anti-money laundering') gives nothing, and its abbreviation names no known body either.
A list is three or more such lines in a row (a lone 'ACR Words' line may be a heading)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.regexgate import GatedPattern

# (GatedPattern: tried only at the line starts str.find finds; led by '^', the search tried every position: the same
# matches, 0.13 -> 0.08 ms per 2,000-word document)
LINE = GatedPattern(re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z&]{1,9})[ \t]+([A-Za-z][^\n]{2,120}?)[ \t]*$"))
WORD = re.compile(r"[A-Za-z][\w'’.]*|&")  # a hyphen parts words: 'Anti-money' gives A and M
FUNCTION_WORDS = {"of", "and", "for", "on", "the", "in", "to", "&", "at", "de", "du"}


def spells(acr: str, words: str) -> bool:
    """The capital letters of `acr` are the initials of `words`, in order (function words may be skipped or
    counted; a word may give two letters: 'HKMA' = 'Hong Kong Monetary Authority', 'HKICL' = 'Hong Kong Interbank
    Clearing Limited', 'CMU' = 'Central Moneymarkets Unit')."""
    letters = [ch for ch in acr if ch.isupper()]
    ws = WORD.findall(words)
    if not letters or not ws or len(letters) > 4 * len(ws):
        return False

    def match(i: int, j: int) -> bool:  # letters[i:] from words[j:]
        if i == len(letters):
            return all(w.lower() in FUNCTION_WORDS for w in ws[j:])
        if j == len(ws):
            return False
        w = ws[j]
        if w.lower() in FUNCTION_WORDS and match(i, j + 1):
            return True
        if w[0].upper() != letters[i]:
            return False
        # the word gives its initial, perhaps later letters of it too, in order ('Counterparty' gives C and P in
        # 'CCP', 'Moneymarkets' M in 'CMU'): the rest of the letters from the next words
        at, k = 1, i + 1
        while True:
            if match(k, j + 1):
                return True
            if k == len(letters):
                return False
            at = w.lower().find(letters[k].lower(), at) + 1
            if at == 0:
                return False
            k += 1

    return match(0, 0)


def glossary_lines(text: str) -> list[re.Match[str]]:
    """The definition lines of the text's abbreviation lists (three or more in a row)."""
    lines = [m for m in LINE.finditer(text) if spells(m.group(1), m.group(2))]
    out: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in lines:
        if run and text.count("\n", run[-1].end(), m.start()) > 2:
            out += run if len(run) >= 3 else []
            run = []
        run.append(m)
    out += run if len(run) >= 3 else []
    return out


def glossary_cands(text: str, cands: list[Cand], whole_entry: Callable[[str], Any], head_type: Callable[[str], Any],
                   from_entry: Callable[..., Cand], not_entities: Container[str]) -> list[Cand]:
    """The candidates of each definition line replaced by its definition (see the module doc)."""
    if text.count("\n") < 3:
        return cands
    lines = glossary_lines(text)
    if not lines:
        return cands
    out = [c for c in cands if not any(c.start < m.end() and m.start() < c.end for m in lines)]
    for m in lines:
        words = m.group(2)
        if words in not_entities:
            continue  # 'CMU Central Moneymarkets Unit': a system named like a unit
        known = whole_entry(words)
        entry = known or whole_entry(m.group(1))
        if entry is not None and entry.table == "institution" and known is None and \
                head_type(words) != "INSTITUTION":
            continue  # 'CCP Central Counterparty': the abbreviation of a term, no known body's
        if entry is not None:
            out += [from_entry(m.start(1), m.end(1), entry, "rule", 0.85),
                    from_entry(m.start(2), m.end(2), entry, "rule", 0.85)]
        elif head_type(words) == "INSTITUTION":
            canonical = clean_name(words)
            cid = synthetic_id("INSTITUTION", canonical)
            out += [Cand(m.start(1), m.end(1), "INSTITUTION", cid, canonical, "", "", m.group(1), "rule", 0.75),
                    Cand(m.start(2), m.end(2), "INSTITUTION", cid, canonical, "", "", m.group(1), "rule", 0.75)]
    return sorted(out, key=lambda c: (c.start, c.end))


__all__ = ["glossary_cands", "spells"]
