"""Entity mentions of one document → the same, with a company named first by its whole trade name and then by its first
word made one entity: 'Quorvex Solar Technologies will open a head office ... the entry of Quorvex' (enent, session 26:
the two were two institutions, the short one an extra row). Run after the trade-name rule (trade_names_en), which finds
many such names. The whole name ends in a business word (`trade_words` in trade_names.en.json, or a legal word:
'Technologies', 'Engineering', 'Holdings') and has two to four words; its first word is a coined word (no English word:
words.en.json, three letters or more, a capital then lower-case letters); the short mention is that word alone, found
as an institution or as a place, and no gazetteer entry stands behind it. A common name written with its legal form
('Zorvia Holdings PLC ... Zorvia') is company_forms' reading."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.common_words import english_words
from pipeline.extract.entities.company_forms import LEGAL_WORDS
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.records import EntityMention


# a place word after a locative preposition is where something is, not the firm that acts ('built in Kulim, the firm
# said' after 'Kulim Technologies': the town, review reven M8)
LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|to|from|near|across|into|around|within|outside|throughout)[ \t\n]+$")


@lru_cache(maxsize=1)
def business_words() -> frozenset[str]:
    return frozenset(load_json_data("trade_names.en.json").get("trade_words", [])) | frozenset(LEGAL_WORDS)


def first_word(name: str) -> str | None:
    """The coined first word of a two- to four-word trade name ('Quorvex Solar Technologies' → 'Quorvex')."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[-1].rstrip(".,") not in business_words():
        return None
    first = words[0]
    every, _ = english_words()
    if len(first) < 3 or not first[:1].isupper() or not first[1:].isalpha() or not first[1:].islower() or \
            first.lower() in every:
        return None
    return first


def known_entry(m: EntityMention) -> bool:
    """A gazetteer entry stands behind the mention (a synthetic id, ':x-', names what no gazetteer lists)."""
    return bool(m.gazetteer_id) and ":x-" not in m.gazetteer_id


def first_word_companies(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """Each one-word mention that is the coined first word of a trade name the text writes takes that name's identity."""
    longs: dict[str, EntityMention] = {}
    for m in found:
        if m.label == "INSTITUTION":
            short = first_word(clean_name(text[m.start:m.end]))
            if short is not None:
                longs.setdefault(short, m)
    if not longs:
        return found
    out = []
    for m in found:
        long = longs.get(text[m.start:m.end]) if m.label in ("INSTITUTION", "PLACE") else None
        if long is None or known_entry(m) or m.entity_id == long.entity_id or \
                m.label == "PLACE" and LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start):
            out.append(m)
            continue
        out.append(replace(m, label="INSTITUTION", entity_id=long.entity_id, gazetteer_id=long.gazetteer_id,
                           canonical=long.canonical, type=long.type, country_code=long.country_code,
                           acronym=long.acronym))
    return out


__all__ = ["first_word", "first_word_companies"]
