"""A list lead-in that ends in a full stop and whose items are the paragraphs after it, each opened by an ordinal
adverb ('To support firms, we will put in place the following measures, till FY2031.' + 'First, ...' + 'Second, ...'):
the lead-in's time governs its items (PERIOD-GUIDELINES 6, as a lead-in ending in a colon does: structure.lead_ins),
up to the first paragraph that no ordinal adverb opens (issue 14, session 26: the brief's '..., till FY2030.' not
applied to its items). The lead-in announces its list ('the following', 'as follows', 'in N ways')."""

from __future__ import annotations

import re

from pipeline.extract.periods.english import find_times
from pipeline.extract.periods.structure import Governor

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_ANNOUNCES = re.compile(r"(?i)\b(?:the following|as follows|in (?:two|three|four|five|six|several) (?:ways|areas))\b")
_ORDINAL = re.compile(r"[ \t]*(?:\d+\.[ \t]+)?(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|"
                      r"Sixth(?:ly)?|Finally|Lastly),")
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=\S)")


def ordinal_lead_ins(text: str) -> list[Governor]:
    """The governors of the ordinal-paragraph lists of `text` (a lead-in paragraph ending in '.' with a time)."""
    bounds = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    paras = [(a, (bounds[k + 1] if k + 1 < len(bounds) else len(text))) for k, a in enumerate(bounds)]
    out = []
    for k, (a, b) in enumerate(paras[:-1]):
        body = text[a:b].rstrip()
        if not body.endswith("."):
            continue
        sent = a + max([0] + [m.end() for m in _SENTENCE_END.finditer(body)])
        if not _ANNOUNCES.search(text, sent, a + len(body)):
            continue
        times = [t for t in find_times(text, sent, a + len(body)) if t.absolute]
        if not times:
            continue
        end = 0
        for c, d in paras[k + 1:]:
            if not _ORDINAL.match(text, c):
                break
            end = d
        if end:
            out.append(Governor(b, end, times[-1].value(), times[-1].lo))
    return out
