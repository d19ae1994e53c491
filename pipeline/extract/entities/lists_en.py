"""English text + entity candidates → bare acronyms listed among bodies ('provisions for TEKUN, MARA, SME Bank and
SME Corp'): an unknown all-capitals word in a comma list whose other members are institutions is one too.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.regexgate import LeadPattern

# (LeadPattern: `re` skips to the capitals, the lookbehind is tested where the rest matches; the same matches)
ACRONYM = LeadPattern(re.compile(r"(?<![\w&.-])[A-Z][A-Z&]{2,9}(?![\w&-])"))
SEP = re.compile(r",[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|as well as)[ \t]+")
SEP_BEFORE = re.compile(r"(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|as well as)[ \t]+)$")


def listed_acronyms(text: str, cands: list[Cand], not_entities: set[str]) -> list[Cand]:
    """Unknown acronyms in a list with at least two institutions and no place, as institutions (method `rule`)."""
    named = sorted((c for c in cands if c.label is not None and c.end > c.start), key=lambda c: c.start)
    by_start = {c.start: c for c in named}
    by_end = {c.end: c for c in named}
    covered = bytearray(len(text))
    for c in named:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    acronyms = {m.start(): m for m in ACRONYM.finditer(text)
                if not covered[m.start()] and m.group() not in not_entities}
    out = []
    for start, m in acronyms.items():
        members: list[str] = []  # labels of the list's other members, walking right then left
        pos = m.end()
        while (sep := SEP.match(text, pos)) is not None:
            nxt = by_start.get(sep.end()) or acronyms.get(sep.end())
            if nxt is None:
                break
            members.append(nxt.label if isinstance(nxt, Cand) else "ACRONYM")  # type: ignore[arg-type]
            pos = nxt.end if isinstance(nxt, Cand) else nxt.end()
        pos = start
        while (sep := SEP_BEFORE.search(text, max(0, pos - 16), pos)) is not None:
            prev = by_end.get(sep.start()) or next((a for a in acronyms.values() if a.end() == sep.start()), None)
            if prev is None:
                break
            members.append(prev.label if isinstance(prev, Cand) else "ACRONYM")  # type: ignore[arg-type]
            pos = prev.start if isinstance(prev, Cand) else prev.start()
        if members.count("INSTITUTION") >= 2 and "PLACE" not in members:
            name = clean_name(m.group())
            out.append(Cand(m.start(), m.end(), "INSTITUTION", synthetic_id("INSTITUTION", name), name, "", "", "",
                            "rule", 0.7))
    return out
