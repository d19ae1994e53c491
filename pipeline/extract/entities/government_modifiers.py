"""A bare 'Government' before a plural noun modifies it: 'unions and Government agencies', 'the Government
departments' name the agencies, not the text's government as an actor (GUIDELINES: 'the Government' alone counts
as an actor). A plural is a lower-case word in -s whose singular is no verb (data: verbs.en.json, the model
lemmatizer's verbs): 'Government supports', 'Government plans' stay the actor (eninst, session 18). An adverb or
function word in -s ('The Government always attaches ...', 'thus', 'sometimes'; any in -ways/-wards) is no plural:
not_entities.en.json 'function_words_in_s' (mendena, session 18 review M1). After a preposition or a verb of using or
getting ('funded by Government grants', 'It has used Government grants') 'Government' begins a noun phrase, not a
clause, so a word in -s after it is a plural even where its singular is a verb (eninst, session 20) — after a
preposition only a fund noun (not_entities.en.json 'government_fund_nouns': 'by Government grants'), since HK English
writes a passive's agent without article ('provided by Government includes ...', 'held by Government remains idle':
the main verb; review-reven M6); elsewhere ('that Government grants land', 'firms said Government supports them') it
may still be the verb. Inside a quotation 'my/our Government' is the quoted speaker's government, who may be a foreign
minister ('The Australian Prime Minister said: "Our Government will cut tariffs"'): no home government there
(review reven s28 M2: `quoted_before`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data

NEXT_WORD = re.compile(r"[ ]+([a-z]+)\b(?![-'’])")
PREV_WORD = re.compile(r"(?<![\w'’-])([a-z]+)[ ]+$")
# words after which 'Government' starts a noun phrase: prepositions and verbs of using or getting
PREPOSITIONS = frozenset("by with from of for on in through under via into without to about against towards".split())
NOUN_PHRASE_OPENERS = PREPOSITIONS | frozenset("use uses used using receive receives received receiving tap taps "
                                               "tapped tapping obtain obtained secure secured seek sought apply "
                                               "applied".split())


def singulars(word: str) -> set[str]:
    """The singulars a word in -s may have: 'agencies' → agency, 'bureaux' no; 'taxes' → tax, taxe."""
    out = {word[:-1]}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("es"):
        out.add(word[:-2])
    return out


@lru_cache(maxsize=1)
def fund_nouns() -> frozenset[str]:
    """The nouns (singular) of what a government gives that a verb spells the same (data: not_entities.en.json)."""
    return frozenset(load_json_data("not_entities.en.json").get("government_fund_nouns", []))


@lru_cache(maxsize=1)
def function_words_in_s() -> frozenset[str]:
    """The adverbs and function words in -s that no plural noun is (data: not_entities.en.json)."""
    return frozenset(load_json_data("not_entities.en.json").get("function_words_in_s", []))


def modifies_plural(text: str, end: int, verbs: set[str], start: int = -1) -> bool:
    """The word after text[:end] ('Government', which starts at `start` when given) is a plural noun that it modifies."""
    m = NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word in function_words_in_s() or word.endswith(("ways", "wards")):
        return False  # 'always', 'afterwards': an adverb
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss"):
        return False
    if not singulars(word) & verbs:
        return True
    before = PREV_WORD.search(text, max(0, start - 20), start) if start > 0 else None
    if before is None or before.group(1) not in NOUN_PHRASE_OPENERS:
        return False
    # 'used Government grants': no subject; after a preposition only a fund noun ('funded by Government grants'):
    # 'provided by Government includes', 'held by Government remains' is a passive's agent + the main verb
    return before.group(1) not in PREPOSITIONS or bool(singulars(word) & fund_nouns())


def quoted_before(text: str, pos: int) -> bool:
    """Whether a double quotation opened on `pos`'s line before it is still open at `pos` (an odd count of straight
    quotes, or a '“' after the last '”')."""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
