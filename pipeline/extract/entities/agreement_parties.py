"""Text + candidates → the same without the bodies named only as a premodifier of an agreement's acronym: 'the
IOSCO MOU', 'the SFC MoU' name a memorandum after its maker or parties; the body inside the longer name is no
mention of its own (GUIDELINES: the same holds for institutions inside longer names). The acronyms are data
(not_entities.en.json: memo_acronyms)."""

from __future__ import annotations

import re
from collections.abc import Container

from pipeline.extract.entities.spans import Cand

NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)(?![\w-])")


def agreement_premodifiers(text: str, cands: list[Cand], memo_acronyms: Container[str]) -> list[Cand]:
    """Drops each institution right before a memorandum's acronym ('IOSCO' + ' MOU')."""
    out = []
    for c in cands:
        m = NEXT_WORD.match(text, c.end) if c.label == "INSTITUTION" else None
        if m is not None and m.group(1) in memo_acronyms:
            continue
        out.append(c)
    return out if len(out) != len(cands) else cands


__all__ = ["agreement_premodifiers"]
