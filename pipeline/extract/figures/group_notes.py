"""'savings of about $420,0008.': a footnote digit glued to a comma-grouped amount. English groups digits in
threes after a comma, so a last group of four digits (the fourth not 0) followed by no further digit is a group
and a footnote mark; the mark is dropped, as superscript marks are ('2,000¹'), and neither makes nor changes
the number (GUIDELINES: footnote markers glued to numbers). The space-grouped form ('220 0002') is merged in
`reader.merge_space_thousands`."""

from __future__ import annotations

import re
from typing import Any

_NOTE_AFTER_GROUP = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})*,[0-9]{3}(?=[1-9](?![0-9]|[.,][0-9]))")


def split_group_notes(text: str, toks: list[Any]) -> list[Any]:
    """`toks` with every '420,0008' number token cut to '420,000' (the glued note digit dropped)."""
    if "," not in text:
        return toks
    ends = {m.end(): m.start() for m in _NOTE_AFTER_GROUP.finditer(text)}
    if not ends:
        return toks
    out = []
    for t in toks:
        if t.kind == "num" and t.end - 1 in ends and ends[t.end - 1] == t.start:
            surface = text[t.start:t.end - 1]
            t = type(t)(surface, t.start, t.end - 1, "num", surface)
        out.append(t)
    return out
