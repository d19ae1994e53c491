"""Institution candidates of one document → the same, with a company's legal name and its common name made one
entity: 'HSBC Holdings PLC apologised ... HSBC said' names one company, whose common name is canonical and whose
legal form is an extra alias (DECISIONS 31: 'Grab' + 'Grab Holdings', 'Sea' + 'Sea Limited')."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.name_spans import LEGAL_FORMS
from pipeline.extract.entities.spans import Cand

# words that end a company's legal name after its common name: 'Holdings PLC', 'Group Limited', 'Inc.'
LEGAL_WORDS = LEGAL_FORMS | {"Group", "Berhad", "Bhd", "N.V", "NV", "SE"}
TRAILING = re.compile(r"[ ,.]+$")


# a bank's own name and its short one name one bank in a text that writes both: 'Hang Seng Bank ... Hang Seng is'
# (only to tell two names found apart: no new mention is made of the short one, 'Hang Seng Index' is no bank)
BANK_WORDS = LEGAL_WORDS | {"Bank"}


# 'China Development Bank Corporation (CDB)' beside 'China Development Bank': a body's corporate name and its common name
FORM_WORDS = BANK_WORDS | {"Corporation"}


def shorter_names(name: str, words_dropped: frozenset[str] | set[str]) -> list[str]:
    """'X Bank Corporation' → ['X Bank', 'X']: the name less one, two … of its trailing legal words (in order)."""
    out: list[str] = []
    while True:
        short = common_name(name, {w for w in words_dropped if name.rstrip(" ,.").endswith(w)})
        if short == name:
            return out
        out.append(short)
        name = short


@lru_cache(maxsize=4096)
def shorter_company_names(name: str) -> tuple[str, ...]:
    """`shorter_names(name, FORM_WORDS)`, remembered by name (same_companies asks it twice per institution)."""
    return tuple(shorter_names(name, FORM_WORDS))


def common_name(name: str, words_dropped: frozenset[str] | set[str] = LEGAL_WORDS) -> str:
    """'HSBC Holdings PLC' → 'HSBC', 'Tesla, Inc.' → 'Tesla'; a name with no legal words stays as it is."""
    words = TRAILING.sub("", name).split()
    while len(words) > 1 and TRAILING.sub("", words[-1]).rstrip(".") in words_dropped:
        words.pop()
        words[-1] = TRAILING.sub("", words[-1])
    return " ".join(words)


def same_companies(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """Each institution whose name is another institution's of the text plus legal words takes that one's identity
    (the common name's), unless only the longer one is a known body (then the common name takes the known one's)."""
    bodies = [c for c in cands if c.label == "INSTITUTION"]
    by_name: dict[str, Cand] = {}
    for c in bodies:  # by what the text writes: 'HSBC Holdings' and 'The Hongkong and Shanghai Banking Corporation
        by_name.setdefault(clean_name(text[c.start:c.end]), c)  # Limited' (known as HSBC) are two bodies
    take: dict[str, Cand] = {}  # entity id → the candidate whose identity it takes
    for c in bodies:
        for name in (clean_name(text[c.start:c.end]), c.canonical):
            other = next((by_name[short] for short in shorter_company_names(name) if short in by_name), None)
            if other is None or other.entity_id == c.entity_id:
                continue
            if c.entity_id in known and other.entity_id not in known:
                take.setdefault(other.entity_id, c)
            else:
                take.setdefault(c.entity_id, other)
            break
    out = []
    for c in cands:
        src = take.get(c.entity_id) if c.label == "INSTITUTION" else None
        out.append(c if src is None else replace(c, entity_id=src.entity_id, canonical=src.canonical, etype=src.etype,
                                                  country_code=src.country_code, acronym=src.acronym))
    return out


def common_name_mentions(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """A company first named with its legal form is then named by its common name alone: 'Zorvia Holdings PLC
    ... a spokesman for Zorvia' (capitalised, a whole word, outside every other candidate but a place no gazetteer
    knows, which the common name is not; a one-word common name not at a sentence's start, where it may be a verb:
    'Grab a seat')."""
    companies: dict[str, Cand] = {}
    banks: dict[str, Cand] = {}  # 'Kowloon Harbour Bank ... Kowloon Harbour is': the bank's short name, no place
    for c in cands:
        name = clean_name(text[c.start:c.end])
        short = common_name(name) if c.label == "INSTITUTION" else name
        if short != name and len(short) >= 3 and short[0].isupper():
            companies.setdefault(short, c)
        bank = common_name(name, BANK_WORDS) if c.label == "INSTITUTION" else name
        if bank != name and " " in bank and bank[0].isupper():
            banks.setdefault(bank, c)
    if not companies and not banks:
        return cands
    out = []
    for c in cands:  # 'Zorvia' read as a place
        surface = text[c.start:c.end]
        company = companies.get(surface, banks.get(surface)) if c.label == "PLACE" and c.entity_id not in known \
            else None
        out.append(c if company is None else replace(company, start=c.start, end=c.end, method="rule",
                                                     confidence=0.8))
    taken = bytearray(len(text))
    for c in out:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    for short, company in companies.items():
        for m in re.finditer(r"(?<![\w&'’.-])" + re.escape(short) + r"(?![\w&-])", text):
            if any(taken[m.start():m.end()]) or " " not in short and \
                    SENTENCE_START.search(text, max(0, m.start() - 12), m.start()):
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(replace(company, start=m.start(), end=m.end(), method="rule", confidence=0.8))
    return out


# where a body is: 'Office (ETO) in Wuhan', 'Office, Wuhan' (its own acronym in brackets may come between)
PLACED_AT = re.compile(r"(?:[ ]\([A-Z][A-Za-z]{1,8}\))?(?:[ ]in|,)[ ](?:the[ ])?([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})")
SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"'”’)]*[ \t]*|\n[ \t]*[-–•*][ \t]*)$")


def place_short_forms(text: str, cands: list[Cand], known: Container[str], place_names: Container[str]) -> list[Cand]:
    """An institution no gazetteer knows whose name is another institution's of the text without its leading place
    is that body: 'the Hong Kong Federation of Insurers ... the Federation of Insurers' (the place is where the
    body is, and the text drops it once the body is named; a known body keeps its own identity: 'Bank of China'
    is no short form of 'People's Bank of China'). Offices in different places are different bodies: no short form
    when two places prefix the name, or when the short one is placed elsewhere ('Office (XO) in Wuhan')."""
    bodies = [c for c in cands if c.label == "INSTITUTION"]
    names = {clean_name(text[c.start:c.end]): c for c in bodies}
    place_starts = {c.start for c in cands if c.label == "PLACE"}
    take: dict[str, Cand] = {}
    for c in bodies:
        if c.entity_id in known:
            continue
        short = clean_name(text[c.start:c.end])
        longer = [(name[:-len(short) - 1], other) for name, other in names.items()
                  if other.entity_id != c.entity_id and name.endswith(" " + short) and
                  name[:-len(short) - 1] in place_names]
        if len({place for place, _ in longer}) != 1:
            continue  # none, or 'the Shanghai Office' and 'the Wuhan Office': offices in two places, two bodies
        elsewhere = {m.group(1) for o in bodies if o.entity_id == c.entity_id
                     for m in [PLACED_AT.match(text, o.end)] if m is not None and
                     (m.group(1) in place_names or m.start(1) in place_starts)}
        if elsewhere - {longer[0][0]}:
            continue  # 'the Office (OF) in Wuhan' beside 'the Shanghai Office': the short one is placed elsewhere
        take.setdefault(c.entity_id, longer[0][1])
    if not take:
        return cands
    return [replace(c, entity_id=take[c.entity_id].entity_id, canonical=take[c.entity_id].canonical,
                    etype=take[c.entity_id].etype, country_code=take[c.entity_id].country_code,
                    acronym=take[c.entity_id].acronym)
            if c.label == "INSTITUTION" and c.entity_id in take else c for c in cands]
