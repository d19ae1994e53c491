"""Folded Chinese text + a document's matches → a place the suffix rules built over the verb that glosses a quoted
item cut back to the name after the verb.

A report glosses its slogans item by item: “两城”指某某新城、某某新城 ('"the two cities" means …'). Right after the
closing quote of the glossed item, 指 ('refers to') is a verb on its own, so a name built on a suffix that starts
with it (指某某新城) starts after it. Elsewhere 指 opens words (指定 'designate', 指导, 指出, 指标: 政府會指定新郊野公園
is no name 定新郊野公園), so only the position right after a closing quote (rules "after") reads it as the gloss.
Rules: entities_zh.json "glossed_names" (session 29, zhplfp; the lead's round-4 note on 指定).
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def glossed_names(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each built place that starts with a gloss verb right after a closing quote started after it."""
    verbs = tuple(sorted(rules.get("verbs", ()), key=len, reverse=True))
    after = str(rules.get("after", ""))
    if not verbs or not after:
        return matches
    out = []
    for m in matches:
        if m.label == "PLACE" and not m.entity.startswith("id:") and m.start > 0 and folded[m.start - 1] in after:
            verb = next((v for v in verbs if folded.startswith(v, m.start)), "")
            if verb and m.end - m.start - len(verb) >= 2:
                m = Match(m.start + len(verb), m.end, m.entity, m.label, m.alias, m.special,
                          {k: v for k, v in m.extra.items() if k != "canonical_name"})
        out.append(m)
    return out
