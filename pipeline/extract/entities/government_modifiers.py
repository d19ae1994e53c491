"""A bare 'Government' before a plural noun modifies it: 'unions and Government agencies', 'the Government
departments' name the agencies, not the text's government as an actor (GUIDELINES: 'the Government' alone counts
as an actor). A plural is a lower-case word in -s whose singular is no verb (data: verbs.en.json, the model
lemmatizer's verbs): 'Government supports', 'Government plans' stay the actor (eninst, session 18)."""

from __future__ import annotations

import re

NEXT_WORD = re.compile(r"[ ]+([a-z]+)\b(?![-'’])")


def singulars(word: str) -> set[str]:
    """The singulars a word in -s may have: 'agencies' → agency, 'bureaux' no; 'taxes' → tax, taxe."""
    out = {word[:-1]}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("es"):
        out.add(word[:-2])
    return out


def modifies_plural(text: str, end: int, verbs: set[str]) -> bool:
    """The word after text[:end] ('Government') is a plural noun that it modifies."""
    m = NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not singulars(word) & verbs
