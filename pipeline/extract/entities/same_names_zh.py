"""Chinese institution matches of one document → one body per written name: a name written the same way twice
names the same body, so a form the rules left as written (a list item: 市法院、市检察院、海事法院负责同志) takes
the body the same form names where it is resolved (市检察院原检察长 → 广州市人民检察院).

Only unresolved matches change, and only where every resolved match of that form agrees (one body).
"""

from __future__ import annotations

from pipeline.extract.entities.quoted_zh import Match


def same_written_bodies(folded: str, matches: list[Match]) -> list[Match]:
    """Give each institution left as written the entry or built name its resolved namesakes share (in place)."""
    named: dict[str, set[tuple[str, str]]] = {}
    for m in matches:
        if m.label == "INSTITUTION" and (m.entity or "canonical_name" in m.extra):
            named.setdefault(folded[m.start:m.end], set()).add((m.entity, m.extra.get("canonical_name", "")))
    for m in matches:
        if m.label != "INSTITUTION" or m.entity or "canonical_name" in m.extra or "canonical_of" in m.extra:
            continue
        bodies = named.get(folded[m.start:m.end], set())
        if len(bodies) == 1:
            entity, canonical = next(iter(bodies))
            m.entity = entity
            if canonical:
                m.extra["canonical_name"] = canonical
    return matches
