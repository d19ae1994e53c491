"""Institution candidates of one document → those that name a body: a heading that names a field of government
('District Administration', 'Open and Transparent Government': a policy area a chapter covers) and a known body's
name after an indefinite article and a demonym, used for a kind of body ('calls for an Asian BIS to pool reserves'),
name none."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.allocations_en import allocations
from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.document_topics_en import document_topics
from pipeline.extract.entities.evidence import listed_names
from pipeline.extract.entities.sector_names_en import sector_names
from pipeline.extract.entities.spans import CONNECTORS, Cand, synthetic_id
from pipeline.regexgate import LineGated

# a heading: the name is its line's whole text, perhaps after a number or letter ('3.', '(b)', 'IV.'), or a
# table cell's whole text (a contents table: '| District Administration | 37-39 |')
HEADING_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*(?:(?:\d{1,2}|[IVX]{1,5}|[a-z])[.)][ \t]+|\([a-z\d]{1,3}\)[ \t]+)?|\|[ \t]*)$")
HEADING_AFTER = re.compile(r"[ \t]*(?:\d{1,3}(?:[–-]\d{1,3})?[ \t]*)?(?:\n|$|\|)")  # a contents line's paragraphs
# a heading that opens with a verb: 'Establishing a Civil Service College', 'Extending the Service of Civil Servants'
# (a noun in -ing before a body's head takes no article after it: 'Banking Supervision Department')
VERB_OPENER = re.compile(r"[A-Z][a-z]+ing[ ]+(?:a|an|the|our|its|their)[ ]+")
# 'an Asian BIS to pool', 'a Chinese NASA.': the name heads its noun phrase (no noun follows it)
# (a word between the article and the name, a demonym or region: 'a European Semiconductor Board.' names the
# board the text speaks of)
INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother)[ ]+[A-Z][a-z]+[ ]+$")
NO_NOUN_AFTER = re.compile(r"[ ]*(?:[,.;:!?)\"”]|$|(?:to|that|which|who|for|of|in|with|would|could|should|might|may|"
                           r"can|will|is|was|and|or|but|as)\b)")


def field_headings(text: str, cands: list[Cand], known: Container[str], governance_heads: set[str],
                   field_words: set[str]) -> list[Cand]:
    """Candidates without the unknown institutions that are a heading's whole line and name a field of government:
    a governance head ('Administration', 'Government', 'Governance') after words that all name a field or a quality
    of governing ('Government Administration', 'District Administration', 'Open and Transparent Government'); a
    body so named has a proper word in it ('Civil Aviation Administration' is no heading of these words only)."""
    out = []
    for c in cands:
        words = text[c.start:c.end].split()
        if c.label == "INSTITUTION" and c.entity_id not in known and len(words) > 1 and \
                words[-1] in governance_heads and all(w in field_words or w in CONNECTORS for w in words[:-1]) and \
                HEADING_BEFORE.search(text, max(0, c.start - 12), c.start) and HEADING_AFTER.match(text, c.end):
            continue
        out.append(c)
    return out


def head_pairs(text: str, cands: list[Cand], known: Container[str], role_words: Container[str]) -> list[Cand]:
    """Candidates without the unknown institutions that are two role or head words joined by a hyphen: they name
    a relation between branches or sectors ('Executive-Legislature Relationship', 'Government-Industry
    collaboration'), not a body."""
    out = []
    for c in cands:
        pair = text[c.start:c.end].split("-")
        if c.label == "INSTITUTION" and c.entity_id not in known and len(pair) == 2 and \
                all(p[:1].isupper() and p in role_words for p in pair):
            continue
        out.append(c)
    return out


def kind_uses(text: str, cands: list[Cand], known: Container[str]) -> list[Cand]:
    """Candidates without the known bodies' names used for a kind of body after 'a/an/another' and a demonym or
    region that head their noun phrase: 'an Asian BIS to pool reserves' names no BIS; 'an HKMA
    spokesman' (a noun follows: the name is a modifier) still names the HKMA, and a body no gazetteer knows is
    introduced so ('will set up a Harbour Review Group to ...')."""
    return [c for c in cands if not (c.label == "INSTITUTION" and c.entity_id in known and
                                     INDEFINITE_BEFORE.search(text, max(0, c.start - 20), c.start) and
                                     NO_NOUN_AFTER.match(text, c.end))]


def verb_openers(text: str, cands: list[Cand], head_type: Callable[[str], str | None],
                 weak_heads: Container[str]) -> list[Cand]:
    """Candidates with an unknown institution that opens with a verb in -ing and an article ('Establishing a Civil
    Service College') cut to the name after them; none where what is left names no body or starts with a weak head
    that names a kind there ('Extending the Service of Civil Servants': the service civil servants give)."""
    out = []
    for c in cands:
        m = VERB_OPENER.match(text, c.start) if c.label == "INSTITUTION" else None
        if m is None or m.end() >= c.end:
            out.append(c)
            continue
        rest = text[m.end():c.end]
        if head_type(rest) == "INSTITUTION" and rest.split()[0] not in weak_heads:
            out.append(replace(c, start=m.end(), entity_id=synthetic_id("INSTITUTION", clean_name(rest)),
                               canonical=clean_name(rest)))
    return out


# an acronym in brackets after one to five lower-case words: 'central counterparty (CCP)', 'trade repositories (TRs)'
# (found from the bracket back: the regex of both parts, tried at every lower-case letter, cost 0.5 ms per
# 300-word document, issue 15; the same matches as `((?:[a-z][a-z-]*[ ]+){1,5})\(([A-Z]{2,6})s?\)`)
ACRONYM_BRACKET = re.compile(r"\(([A-Z]{2,6})s?\)")
LOWER_WORDS = re.compile(r"(?:[a-z][a-z-]*[ ]+){1,5}\Z")
LOWER_RUN = frozenset("abcdefghijklmnopqrstuvwxyz- ")


def lower_defined(text: str) -> list[tuple[str, str]]:
    """(the lower-case words, the acronym) of every acronym in brackets right after one to five lower-case words,
    left to right: the first of those words is the leftmost from which at most five reach the bracket."""
    out = []
    done = 0
    for bracket in ACRONYM_BRACKET.finditer(text):
        q = r = bracket.start()
        while r > done and text[r - 1] in LOWER_RUN:
            r -= 1
        m = LOWER_WORDS.search(text, r, q)
        if m is not None:
            out.append((text[m.start():q], bracket.group(1)))
            done = bracket.end()
    return out


def lower_case_acronyms(text: str) -> set[str]:
    """Acronyms the text defines for common words, whose initials they spell ('central counterparty (CCP)'): there
    they name a kind of thing, not the known body that shares the letters (the Communist Party of China)."""
    out = set()
    for words, acr in lower_defined(text):
        initials = "".join(w[0] for w in words.replace("-", " ").split()).upper()
        if any(len(acr[:k]) >= 2 and initials.endswith(acr[:k]) for k in range(2, len(acr) + 1)):
            out.add(acr)
    return out


def listed_kinds(text: str, cands: list[Cand], known: Mapping[str, Any], kind_list: LineGated | None,
                 head_type: Callable[[str], str | None]) -> list[Cand]:
    """Candidates without the unknown institutions listed after a plural noun for things that are no bodies
    ('platforms like the Corporate Launchpad, Open Data Platform and Global Trade Alliance': three platforms)."""
    cands = sector_names(text, cands, known, head_type)  # 'the Marine Shipyard and Process sectors'
    cands = allocations(text, cands, known, head_type)  # 'top up the X Trust by $N'; 'the X Scheme ... X': programmes
    cands = document_topics(text, cands, known)  # 'the Resolution of the Central Committee on X': X its topic
    if kind_list is None:
        return cands
    spans = [span for m in kind_list.finditer(text) for span in listed_names(text, m.end())]
    if not spans:
        return cands
    return [c for c in cands if not (c.label == "INSTITUTION" and c.entity_id not in known and
                                     any(s <= c.start and c.end <= e for s, e in spans))]


def kind_list_pattern(nouns: list[str]) -> LineGated | None:
    """'platforms like ', 'schemes such as ', 'initiatives, including ' for the nouns of kind_list_nouns (on one line:
    tried only on the lines with 'such as', 'like', 'including' or 'namely', LineGated, the same matches)."""
    if not nouns:
        return None
    # (a short lower-case complement may come between: 'platforms to encourage collaboration, like ...')
    return LineGated(re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")(?:[ ]+(?:to|for|that|which|in|of)"
                                r"(?:[ ]+[a-z][a-z-]*){1,5})?,?[ ]+(?:such[ ]+as|like|including|namely)[ ]+(?:the[ ]+)?"),
                     re.compile(r"(?:such[ ]+as|like|including|namely)[ ]"))


def society_visions(text: str, cands: list[Cand], known: Container[str], heads: Container[str],
                    qualities: Container[str]) -> list[Cand]:
    """Candidates without the unknown institutions that name a kind of society a government aims for: a society
    head after words that are all qualities ('A Fair and Inclusive Society', 'Building a Caring Society', 'A
    Harmonious Society' in a title, heading or slogan); a body so named has a proper word or a field in it
    ('Law Society', 'Hong Kong Society for the Aged', 'Singapore Cancer Society'); so does a city a government aims
    for ('A Liveable and Vibrant City', eninst session 20): no place ('Kowloon City', 'Lion City' have proper words)."""
    out = []
    for c in cands:
        words = text[c.start:c.end].split()
        words = words[1:] if words[:1] in (["A"], ["An"], ["The"]) else words  # 'An Inclusive Society' (a title)
        if c.label in ("INSTITUTION", "PLACE") and c.entity_id not in known and len(words) > 1 and words[-1] in heads and \
                all(w in qualities or w in CONNECTORS for w in words[:-1]) and words[0] not in CONNECTORS:
            continue
        out.append(c)
    return out
