"""Text + candidates → the same, with a name no gazetteer knows that the text defines by a known body's acronym made
that body, in every mention (eninst, session 20): 'the Bank of International Settlements (BIS)' is the Bank for
International Settlements written another way (also 'BIS (Bank of International Settlements)'); the acronym says which body the name stands for (GUIDELINES:
'Full Name (ACR)' links the two) when the name's initials spell it and its capitalised words are those of one of the
body's names (only the small words differ: 'of' for 'for'); the later uses of the acronym that the definition linked
to the name are that body too. Another body that shares the acronym ('the Hong Kong Management Association (HKMA)')
keeps its own name. Checked per candidate at its end (no scan of the text)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.name_limits_en import initials
from pipeline.extract.entities.spans import Cand

BRACKET_AFTER = re.compile(r"[ ]\(([A-Z][A-Za-z]{1,9})\)")
ACRONYM_BEFORE = re.compile(r"(?<![\w'’&-])([A-Z][A-Za-z]{1,9})[ ]\($")  # 'BIS (Bank of International Settlements)'



def same_words(name: str, names: tuple[str, ...]) -> bool:
    """The capitalised words of `name` are those of one of `names` ('Bank of International Settlements' ~ 'Bank for
    International Settlements')."""
    words = sorted(w for w in name.split() if w[:1].isupper())
    return any(sorted(w for w in n.split() if w[:1].isupper()) == words for n in names)


def acronym_identity(text: str, cands: list[Cand], entries: dict[str, Any], matcher: Any) -> list[Cand]:
    """Each unknown institution right before '(ACR)', where ACR is a gazetteer body's name and the name's initials,
    takes that body's identity, with every candidate of its id (see the module's docstring)."""
    known: dict[str, Any] = {}
    for c in cands:
        if c.label != "INSTITUTION" or c.entity_id in entries:
            continue
        m = BRACKET_AFTER.match(text, c.end)
        if m is None and text[c.end:c.end + 1] == ")":
            m = ACRONYM_BEFORE.search(text, max(0, c.start - 14), c.start)
        if m is None or initials(text[c.start:c.end]) != m.group(1).upper():
            continue
        entry = next((e for s, x, e in matcher.find(m.group(1)) if s == 0 and x == len(m.group(1))), None)
        if entry is not None and entry.table == "institution" and same_words(text[c.start:c.end], entry.names()):
            known.setdefault(c.entity_id, entry)
    if not known:
        return cands
    return [c if c.entity_id not in known else
            replace(c, entity_id=known[c.entity_id].id, canonical=known[c.entity_id].canonical,
                    etype=known[c.entity_id].type, country_code=known[c.entity_id].country_code,
                    acronym=known[c.entity_id].acronym) for c in cands]


__all__ = ["acronym_identity"]
