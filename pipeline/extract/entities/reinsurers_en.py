"""Entity mentions of one document → the same, with a reinsurer named by its home place and 'Re' made one company:
'Research published from Munich Re puts growth ...' (enent, session 26: read as the place Munich). Reinsurers name
themselves so ('Munich Re', 'Hannover Re', 'China Re', 'Korean Re', 'Peak Re'): a place the gazetteer knows followed by
the word 'Re' — then a lower-case word, a punctuation mark or the end ('Re:' opens an e-mail's subject, no name) — is a
company, and the place is no mention of its own there (GUIDELINES: a place only inside a longer name)."""

from __future__ import annotations

import re

from pipeline.extract.entities.spans import unknown_body
from pipeline.records import EntityMention

RE_AFTER = re.compile(r"[ ]Re(?=[ ]+[a-z]|[,.;)’'][^\w]|[,.;)]$|[ ]*\n|$|['’]s\b)")


def reinsurers(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` with each known place + 'Re' made the company it names."""
    if " Re" not in text:
        return found
    out = []
    for m in found:
        after = RE_AFTER.match(text, m.end) if m.label == "PLACE" else None
        if after is None and m.label == "PLACE" and text.endswith(" Re", m.start, m.end):
            after = RE_AFTER.match(text, m.end - 3)  # ('Korean Re' read whole as a place by the model)
        if after is None:
            out.append(m)
            continue
        out.append(unknown_body(m, m.start, after.end(), text, label="INSTITUTION", type="", acronym=""))
    return out


__all__ = ["reinsurers"]
