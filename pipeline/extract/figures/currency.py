"""Text → the currency a bare '$' means in it: the locale that its explicit currencies and place names
point to (the cues are the figure lexicon's `locale_cues`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.reader import lexicon

_LITERAL_HEAD = re.compile(r"(?:\\b)?((?:[\w ]|\\\W)*)(.?)")  # a pattern's literal start, and what follows
_LITERAL_UNIT = re.compile(r"\\\W|[\w ]")


@lru_cache(maxsize=256)
def compile_cue(pattern: str) -> tuple[re.Pattern[str], str]:
    """A locale cue, compiled, with text that every match contains ('' if unsure): most cues are absent
    from a document, and a substring test is far cheaper than a regex scan that starts with \\b."""
    head = _LITERAL_HEAD.match(pattern)
    units = _LITERAL_UNIT.findall(head.group(1)) if head is not None and "|" not in pattern else []
    if units and head is not None and head.group(2) and head.group(2) in "?*+{":
        units.pop()  # 'patacas?': the last character is optional
    return re.compile(pattern), "".join(u[-1] for u in units)


def infer_currency(text: str, default: str = "HKD", lang: str = "en") -> str:
    """The currency a bare '$' means in this text: the locale its explicit currencies and places point to."""
    cues: dict[str, list[str]] = lexicon(lang)["locale_cues"]
    votes = {code: sum(count_cue(text, *compile_cue(pattern)) for pattern in patterns)
             for code, patterns in cues.items()}
    if not votes:
        return default
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0] == default))
    return best[0] if best[1] > 0 else default


def count_cue(text: str, rx: re.Pattern[str], literal: str) -> int:
    """len(rx.findall(text)), visiting only where the cue's literal start occurs (str.find): a regex
    that starts with \\b gets no fast literal search and would be tried at every character."""
    if not literal:
        return len(rx.findall(text))
    n = 0
    pos = text.find(literal)
    while pos >= 0:
        m = rx.match(text, pos)  # (\\b at pos still sees the character before it)
        if m is not None:
            n += 1
            pos = max(m.end(), pos + 1)
        else:
            pos += 1
        pos = text.find(literal, pos)
    return n
