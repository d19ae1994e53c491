"""'this Council' in a speech or paper addressed to a legislature is that legislature: a Financial Secretary's
Budget speech, a Chief Executive's Policy Address and a Legislative Council paper are delivered to (or laid
before) Hong Kong's Legislative Council, so their 'Members of this Council', 'the debate in this Council' name it
(lead's ruling, session 14; 本會 in LegCo Hansard is read the same way in Chinese, context_zh). Which legislature and
which words show that a text is addressed to it are data (not_entities.en.json 'addressed_legislatures', keyed by
the document's home jurisdiction); in a text of that jurisdiction that names another council and none of those
words, 'this Council' stays unresolved (a District Council's paper may speak of itself so). A text whose places and
currency point nowhere is of the jurisdiction whose own document words it writes ('home_cues': 'my last Policy
Address ... approval by the Finance Committee of this Council'; eninst, session 23).

'the House' / 'this House' is how a parliament's members name their chamber ('the Bill before the House', 'Members of
this House'): in a text that names one legislature ('That Parliament approves ...', a Parliament of Singapore
debate) it is that legislature; not inside 'Leader of the House' (a post's title names no body: session 16 ruling),
'the House Committee' or 'the House of Commons' (other names) (eninst, session 17). In a text that names no
legislature it is the house of the text's jurisdiction where the data gives one (Singapore's Parliament; ensg,
session 23)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.spans import Cand
from pipeline.regexgate import LeadPattern

# councils that sit and are addressed as 'this Council' by their own members; a statutory or advisory body named
# 'Council' (an arts or a trade development council) is no speaker's council ('subsidies given to the X Council')
SITTING_TYPES = frozenset(("council", "legislature"))
# (LeadPattern: re skips to a 'T' or 't' and the lead is tested where the rest matches; the same matches)
THIS_COUNCIL = LeadPattern(re.compile(r"\b[Tt]his[ \t]+(Council)\b(?![ \t]*[A-Z(&])"))
THE_HOUSE = LeadPattern(re.compile(r"(?<!Leader of )(?<!Leader of the )\b(?:[Tt]he|[Tt]his)[ \t]+(House)\b"
                                   r"(?![ \t]*[A-Z(&'’-])(?![ \t]+of\b)"))


def addressed_council(text: str, cands: list[Cand], jurisdiction: str, rules: dict[str, Any],
                      entries: dict[str, Entry], from_entry: Any) -> list[Cand]:
    """`cands` plus one mention of the jurisdiction's legislature for each free 'this Council' in a text of that
    jurisdiction, unless it names another council and no word that addresses the legislature ('Madam President',
    'Appropriation Bill', 'LCQ')."""
    if "Council" not in text:
        return cands
    rule = rules.get(jurisdiction) if jurisdiction else \
        next((r for r in rules.values() if any(cue in text for cue in r.get("home_cues", ()))), None)
    if rule is None:
        return cands
    body = entries.get(str(rule.get("body", "")))
    if body is None or next(THIS_COUNCIL.finditer(text), None) is None:
        return cands
    if not any(cue in text for cue in rule.get("cues", ())) and \
            any(c.label == "INSTITUTION" and "Council" in c.canonical and c.entity_id != body.id and
                (c.entity_id not in entries or entries[c.entity_id].type in SITTING_TYPES) for c in cands):
        return cands  # a District Council's paper: 'Members of this Council' may be that council
    out = list(cands)
    for m in THIS_COUNCIL.finditer(text):
        s, e = m.span(1)
        if any(c.start < e and s < c.end and (c.label is not None or (c.start, c.end) != (s, e)) for c in cands):
            continue  # already read ('this Council Chamber' is kept out by the pattern); the model's bare 'Council'
            # ('the Finance Committee of this Council': no name of its own) is no reading
        out.append(from_entry(s, e, body, "rule", 0.8))
    return out


def addressed_house(text: str, cands: list[Cand], entries: dict[str, Entry], from_entry: Any,
                    rule: dict[str, Any] | None = None, own: str | None = None) -> list[Cand]:
    """`cands` with every free 'the House' / 'this House' a mention of the one legislature the text names (an
    unknown 'House' the model tagged becomes that legislature: 'the Bill before the House'); where it names none,
    of its jurisdiction's house (`rule`: the document's addressed_legislatures entry, its 'house'); unchanged when
    it names several, or none and its jurisdiction has no house — or names none and another country or a place
    of one (`own`: the home country code when the text names no other country, CountryContext.jurisdiction_country;
    'in Washington, the House voted') with no word that addresses its house ('Mr Speaker', the rule's house_cues)."""
    if "House" not in text:
        return cands
    bodies = {c.entity_id for c in cands if c.entity_id in entries and entries[c.entity_id].type == "legislature"}
    if not bodies and rule is not None and str(rule.get("house", "")) in entries and \
            (own is None or (own and not any(c.label == "PLACE" and c.country_code not in ("", own) for c in cands))
             or any(cue in text for cue in rule.get("house_cues", ()))):
        bodies = {str(rule["house"])}  # 'This House has debated the haze' in a Singapore speech
    if len(bodies) != 1:
        return cands
    body = entries[bodies.pop()]
    out = list(cands)
    for m in THE_HOUSE.finditer(text):
        s, e = m.span(1)
        over = [c for c in out if c.start < e and s < c.end]
        if any(c.entity_id in entries or (c.start, c.end) != (s, e) for c in over):
            continue  # already read as a known name ('the House Committee' is kept out by the pattern)
        out = [c for c in out if c not in over] + [from_entry(s, e, body, "rule", 0.8)]
    return out
