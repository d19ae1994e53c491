"""A bare 'Government' before a plural noun modifies it: 'unions and Government agencies', 'the Government
departments' name the agencies, not the text's government as an actor (GUIDELINES: 'the Government' alone counts
as an actor). A plural is a lower-case word in -s whose singular is no verb (data: verbs.en.json, the model
lemmatizer's verbs): 'Government supports', 'Government plans' stay the actor (eninst, session 18). An adverb or
function word in -s ('The Government always attaches ...', 'thus', 'sometimes'; any in -ways/-wards) is no plural:
not_entities.en.json 'function_words_in_s' (mendena, session 18 review M1)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data

NEXT_WORD = re.compile(r"[ ]+([a-z]+)\b(?![-'’])")


def singulars(word: str) -> set[str]:
    """The singulars a word in -s may have: 'agencies' → agency, 'bureaux' no; 'taxes' → tax, taxe."""
    out = {word[:-1]}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("es"):
        out.add(word[:-2])
    return out


@lru_cache(maxsize=1)
def function_words_in_s() -> frozenset[str]:
    """The adverbs and function words in -s that no plural noun is (data: not_entities.en.json)."""
    return frozenset(load_json_data("not_entities.en.json").get("function_words_in_s", []))


def modifies_plural(text: str, end: int, verbs: set[str]) -> bool:
    """The word after text[:end] ('Government') is a plural noun that it modifies."""
    m = NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word in function_words_in_s() or word.endswith(("ways", "wards")):
        return False  # 'always', 'afterwards': an adverb
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not singulars(word) & verbs
