"""Text + entity mentions → the same without the institutions that name a network being built (enpl, session 29;
issue 14, fc27: the Policy Address headings 'Accelerate the Expansion of Aviation Network' and 'Build an International
“Partner Port” Network' were read as bodies; session 28 ruled networks named by their mode no bodies).

A name closed by a network head (built_networks.en.json 'network_heads') is no body where it is the object of a verb
of building ('build_verbs' then 'a' / 'an' / 'the' / 'our': 'Build an International X Network', 'to expand the Y
Network') or opens with, or follows, a noun of building and 'of' ('build_nouns': 'the Expansion of Aviation
Network'). A network that acts or is named otherwise ('the Asia Broadcasting Network said') stays as read."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.records import EntityMention


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = load_json_data("built_networks.en.json")
    verbs = "|".join(re.escape(v) for v in sorted(set(data["build_verbs"]), key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(set(data["build_nouns"]), key=len, reverse=True))
    before = re.compile(rf"(?:\b(?i:{verbs})[ ]+(?:an?|the|our)[ ]+|\b(?:{nouns})[ ]+of[ ]+(?:the[ ]+)?)$")
    opens = re.compile(rf"(?:{nouns})[ ]+of[ ]")
    return frozenset(data["network_heads"]), before, opens


def built_networks(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` without the networks named as being built (see the module's docstring)."""
    if "Network" not in text:
        return found
    heads, before, opens = _rules()
    out = []
    for m in found:
        words = m.text.rstrip(" .,;:").split()
        if m.label == "INSTITUTION" and m.lang == "en" and words and words[-1] in heads and (
                opens.match(m.text) or before.search(text, max(0, m.start - 40), m.start)):
            continue
        out.append(m)
    return out


__all__ = ["built_networks"]
