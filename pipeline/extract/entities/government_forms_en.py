"""Text + candidates → governments written by what they are rather than by their name (eninst, session 23):
- 'the SAR Government', 'the SAR government has …': a special administrative region's own government, the SAR whose
  places and bodies the text names most (as bare_areas reads 'the SAR'; Hong Kong's where it names neither's) — not the government named nearest or most
  ('the SAR Government and the Guangdong Provincial People's Government' are two bodies). In lower case only as
  the subject of a verb of acting or at the end of its phrase (session-21 ruling: a place's government in lower case
  before a verb of acting is that government), never before a noun it modifies ('SAR government funds');
- "China's central government": a country's central government after the country's possessive is that country's
  government (the body the gazetteer gives the country), and the possessive stays a place (fc22 gold); the lower-case
  'the central government' likewise in a text whose coded places and bodies are mostly Hong Kong's, Macao's or the
  Mainland's (there it is the Central People's Government, which the gazetteer names 'Central Government');
- a named government or a treasury right before a noun of the public money it holds or the securities it issues
  ('placements by HKSAR Government funds and statutory bodies', 'the US Treasury yield', 'Treasury bills') names that
  money or security, no actor (the session-18/19 owner ruling for a bare 'Government', here with its name: four golds
  read the HKMA's fee line so; a security named after its issuer is no mention, fc22). Data: not_entities.en.json
  'government_money_nouns'.
Each is a match at a candidate's end or one search gated by a substring test per document."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand

SAR_HOMES = {"place:hk": "HK", "place:mo": "MO"}  # the region's entry and the country code of its places and bodies
CENTRAL_HOMES = {"HK", "MO", "CN"}  # texts where a bare 'the central government' is the Central People's Government
# a verb of acting (as lower_governments_en), or what ends a noun phrase: punctuation, a conjunction, a preposition
ACTS_OR_ENDS = (r"(?=[ \t]*[.,;:)!?”\"'’]|[ \t\n]+(?:(?:also|then|now|quickly|progressively|further)[ \t\n]+)?"
                r"(?:will|would|shall|should|has|have|had|is|was|can|could|may|might|must|said|says|announced|"
                r"announces|plans|planned|introduced|introduces|launched|launches|decided|agreed|proposed|proposes|"
                r"hopes|hoped|set[ \t]up|sets[ \t]up|and|or|to|in|of|for|with|on|at|as|by|that|which|who|since|"
                r"over|under|from|through)\b)")
SAR_GOVERNMENT = re.compile(r"(?<![\w'’&-])SAR[ \t\n]+(?:Government(?![ \t\n]+[A-Z])|(?<=[Tt]he[ \n]SAR[ ])government"
                            rf"{ACTS_OR_ENDS})")
# the word before 'SAR': 'the', 'by', 'its' (not 'Macao' or 'Hong Kong': a name the gazetteer reads whole)
WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\n]+$")
POSSESSIVE_CENTRAL = re.compile(rf"['’]s[ \t\n]+(central[ \t\n]+government){ACTS_OR_ENDS}")
# ... unless another country owns it: 'the central government of Thailand', 'in Bangkok' (not 'of China', 'in Beijing',
# 'of the People's Republic of China', 'of the PRC': the CPG itself)
THE_CENTRAL = re.compile(rf"(?<![\w'’-])[Tt]he[ \t\n]+(central[ \t\n]+government){ACTS_OR_ENDS}"
                         r"(?![ \t\n]+(?:of|in)[ \t\n]+(?!(?:the[ \t\n]+)?(?:China|Beijing|People|PRC|Mainland|mainland)\b)"
                         r"(?:the[ \t\n]+)?[A-Z])")


def _home_sar(cands: list[Cand]) -> str:
    """The SAR whose places and bodies the text names most; Hong Kong when it names neither's."""
    counts = {sid: sum(c.country_code == code for c in cands) for sid, code in SAR_HOMES.items()}
    return max(counts, key=lambda sid: counts[sid])


def _lower_before(text: str, start: int) -> bool:
    m = WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and (m.group(1).islower() or m.group(1) == "The")


def _overlaps(c: Cand, s: int, e: int) -> bool:
    return c.start < e and s < c.end


def sar_governments(text: str, cands: list[Cand], governments: Mapping[str, Any],
                    from_entry: Callable[..., Cand]) -> list[Cand]:
    """`cands` with each 'SAR Government' / 'the SAR government' + verb read as the text's SAR's government."""
    if "SAR " not in text:
        return cands
    matches = [m.span() for m in SAR_GOVERNMENT.finditer(text) if _lower_before(text, m.start())]
    gov = governments.get(_home_sar(cands)) if matches else None
    if gov is None:
        return cands
    out = [c for c in cands if not (c.label == "INSTITUTION" and any(_overlaps(c, s, e) for s, e in matches))]
    out += [from_entry(s, e, gov, "rule", 0.8) for s, e in matches]
    return sorted(out, key=lambda c: (c.start, c.end))


def central_governments(text: str, cands: list[Cand], governments: Mapping[str, Any],
                        from_entry: Callable[..., Cand]) -> list[Cand]:
    """`cands` plus "<country>'s central government" (the country's) and, in a Hong Kong, Macao or Mainland text,
    'the central government' (the Central People's Government)."""
    if "central government" not in text:
        return cands
    taken = [(c.start, c.end) for c in cands]
    out = list(cands)
    for c in cands:
        gov = governments.get(c.entity_id) if c.label == "PLACE" and c.etype == "country" else None
        m = POSSESSIVE_CENTRAL.match(text, c.end) if gov is not None else None
        if m is not None and not any(a < m.end(1) and m.start(1) < b for a, b in taken):
            out.append(from_entry(m.start(1), m.end(1), gov, "rule", 0.8))
            taken.append(m.span(1))
    codes = [c.country_code for c in cands if c.country_code]
    cpg = governments.get("place:cn")
    if cpg is not None and codes and 2 * sum(code in CENTRAL_HOMES for code in codes) > len(codes):
        for m in THE_CENTRAL.finditer(text):
            if not any(a < m.end(1) and m.start(1) < b for a, b in taken):
                out.append(from_entry(m.start(1), m.end(1), cpg, "rule", 0.75))
    return sorted(out, key=lambda c: (c.start, c.end))


@lru_cache(maxsize=1)
def money_after() -> re.Pattern[str]:
    """The plural nouns of public money a government holds, right after its name ('... Government funds')."""
    nouns = load_json_data("not_entities.en.json").get("government_money_nouns", [])
    alt = "|".join(re.escape(n).replace(r"\ ", r"[ \t\n]+") for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    # the noun ends its phrase: punctuation or a word that follows a noun phrase ('funds and statutory bodies', 'yield
    # remained'), not an object ('the Government funds research', 'the Treasury notes that': the verb)
    return re.compile(rf"[ \t\n]+(?:{alt})(?![\w'’-])(?=[ \t]*(?:[.,;:)]|$)|[ \t\n]+(?:and|or|were|are|was|is|have|"
                      r"has|had|will|would|remained|remain|rose|fell|stood|reached|amounted|of|in|at|to|from|with|for|"
                      r"by|on|issued|held)\b)")


# the word before a name and its determiner ('by the', 'The'): whether a verb-like money noun after it is a verb
_BEFORE_NAME = re.compile(r"(?:(?<![\w'’-])(?!(?i:the|its|their)\s)([A-Za-z]+)\s+)?((?i:the|its|their)\s+)?\Z")


@lru_cache(maxsize=1)
def _verb_nouns() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json_data("not_entities.en.json")
    return frozenset(data.get("government_money_verb_nouns", [])), frozenset(data.get("government_money_preps", []))


def _subject_before_verb(text: str, start: int, noun: str) -> bool:
    """A name with a determiner and no preposition before it, followed by a noun that is also a verb ('The Government
    funds and operates ...', 'the Government notes with concern'): a clause's subject and its verb, not money."""
    verbs, preps = _verb_nouns()
    if noun not in verbs:
        return False
    m = _BEFORE_NAME.search(text, max(0, start - 40), start)
    if m is None or m.group(2) is None:
        return False
    return m.group(1) is None or m.group(1).lower() not in preps


def money_owners(text: str, cands: list[Cand], governments: Mapping[str, Any], entries: Mapping[str, Any],
                 from_entry: Callable[..., Cand]) -> list[Cand]:
    """`cands` less each government or treasury named right before a noun of the money or securities it holds; the
    place its name opens stays a mention ('placements by HKSAR Government funds': HKSAR, as the fc20 gold reads it)."""
    nouns = money_after()
    out = []
    for c in cands:
        found = nouns.match(text, c.end) if c.label == "INSTITUTION" and (
            c.etype == "government" or text[c.start:c.end].endswith("Treasury")) else None
        if found is None or _subject_before_verb(text, c.start, found.group().strip()):
            out.append(c)
            continue
        place = entries.get(next((pid for pid, g in governments.items() if g.id == c.entity_id), ""))
        surface = text[c.start:c.end]
        name = max((n for n in place.names() if surface.startswith(n + " ")), key=len, default="") if place else ""
        if name:
            out.append(from_entry(c.start, c.start + len(name), place, "rule", 0.85))
    return out


def government_forms(text: str, cands: list[Cand], governments: Mapping[str, Any], from_entry: Callable[..., Cand],
                     entries: Mapping[str, Any]) -> list[Cand]:
    """The three readings above, in order (a government before its money is dropped last)."""
    if "overnment" not in text:
        return cands
    cands = central_governments(text, sar_governments(text, cands, governments, from_entry), governments, from_entry)
    return money_owners(text, cands, governments, entries, from_entry)


__all__ = ["government_forms"]
