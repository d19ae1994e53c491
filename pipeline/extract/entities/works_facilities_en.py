"""Text + the entity mentions found in it → the same, with named waste, water and public-health works headed by
'Facility' made places: 'the National Environment Agency's Integrated Waste Management Facility (IWMF)', 'the Chemical
Waste Treatment Facility', and the short form the text defines for one ('the IWMF will generate electricity') (enent,
session 25: the rules read 'Facility' as a programme's head, so such a works project was no entity at all).

A run of capitalised words ('of' inside) closed by 'Facility' or 'Facilities' that holds a word of such works
(`works_words` in works_facilities.en.json: Waste, Sewage, Treatment, Desalination, Isolation ...) names a built
facility, a place (devset-real DECISIONS 41); a financial 'Facility' ('the Standing Lending Facility', 'a Credit
Facility', 'the Credit Recovery Facility') holds none of those words or a word of money (`finance_words`) and stays as
the rules read it. A kind of facility is no name: after 'a' / 'an' / 'each' / a number (`kind_words`: 'an Isolation
Facility', 'A Sewage Treatment Facility was built'), or plural with no word of its own and no place in it ('Community
Isolation Facilities'). A short form in capitals in brackets right after the name ('(IWMF)'; not '(Tuas)', a place,
nor '(Stage)') is the same place wherever the text uses it. Mentions found inside the name ('Tuas' in 'Tuas Sludge
Treatment Facility') give way to it."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.common_words import english_words
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.line_windows import gated_lines
from pipeline.extract.entities.spans import synthetic_id
from pipeline.records import EntityMention

# ('of' inside; never 'and': 'at Tsing Yi and Tuas Sludge Treatment Facility' lists a place before the name)
NAME = re.compile(r"(?<![\w&'’-])((?:[A-Z][\w'’&-]*[ ](?:of[ ](?=[A-Z]))?){1,7}(?:Facility|Facilities))"
                  r"(?![\w-])(?:[ ]\(([A-Z][A-Za-z]{1,8})\))?")
FACILIT = re.compile("Facilit")  # every NAME holds it, on one line: only the lines that hold it are searched


# a short form is written in capitals ('(IWMF)'); a bracketed place or phase ('(Tuas)', '(Stage)') is no short form
SHORT = re.compile(r"[A-Z]{2,9}")
BEFORE = re.compile(r"(?:^|[^\w-])([\w-]+)[ ](?:([\w-]+)[ ])?$")


@lru_cache(maxsize=1)
def word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The works words, the finance words, the words of a kind before a name, the adjectives that may follow them and
    the words that lead into a name without being part of it (read once: not per document)."""
    data = load_json_data("works_facilities.en.json")
    return (frozenset(data["works_words"]), frozenset(data["finance_words"]), frozenset(data["kind_words"]),
            frozenset(data["kind_adjectives"]), frozenset(data["leading_words"]))


def a_kind(text: str, start: int, name: str, found: list[EntityMention]) -> bool:
    """Whether the name is a kind of facility: after 'a' / 'each' / a number ('an Isolation Facility', 'a new Sewage
    Treatment Facility', '3 Waste Transfer Facilities'), or plural with no word of its own and no known place in it
    ('Community Isolation Facilities')."""
    _, _, kinds, adjectives, _ = word_lists()
    before = BEFORE.search(text, max(0, start - 60), start)
    if before:
        near, far = (before.group(2), before.group(1)) if before.group(2) else (before.group(1), None)
        if near.lower() in kinds or near.isdigit() or far and near in adjectives and (far.lower() in kinds or
                                                                                      far.isdigit()):
            return True
    if not name.endswith("Facilities"):
        return False
    every, _ = english_words()
    if any(f.label == "PLACE" and start <= f.start and f.end <= start + len(name) for f in found):
        return False
    return all(w in every or w[:-3] + "y" in every or w[:-1] in every for w in name.lower().split())


def works_facilities(doc_id: str, text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` plus the named works facilities and their short forms (see the module's docstring)."""
    if "Facilit" not in text:
        return found
    words, money, kinds, _, leading = word_lists()
    new: list[EntityMention] = []
    shorts: dict[str, tuple[str, str]] = {}
    for m in (m for a, b in gated_lines(text, FACILIT) for m in NAME.finditer(text, a, b)):
        start = m.start(1)
        while text[start:m.end(1)].split(" ", 1)[0] in leading:  # 'Meanwhile Hong Kong Refuse ...': no part of it
            start += len(text[start:m.end(1)].split(" ", 1)[0]) + 1
        first = text[start:m.end(1)].split(" ", 1)[0]
        if first.lower() in kinds:
            continue  # 'A Sewage Treatment Facility was built': a kind
        start += 4 if first == "The" else 0
        name = text[start:m.end(1)]
        if not words & set(name.split()) or money & set(name.split()):
            continue  # 'the Standing Lending Facility', 'the Credit Recovery Facility': a programme
        if a_kind(text, start, name, found):
            continue  # 'an Isolation Facility', 'Community Isolation Facilities'
        entity = synthetic_id("PLACE", name)
        new.append(EntityMention(doc_id, start, m.end(1), name, "PLACE", "rule", 0.8, entity_id=entity,
                                 canonical=name, type="facility"))
        if m.group(2) and SHORT.fullmatch(m.group(2)) and not any(
                f.label == "PLACE" and text[f.start:f.end] == m.group(2) for f in found):
            shorts[m.group(2)] = (entity, name)
    for short, (entity, name) in shorts.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text):
            if not any(n.start <= m.start() < n.end for n in new):
                new.append(EntityMention(doc_id, m.start(), m.end(), short, "PLACE", "rule", 0.8, entity_id=entity,
                                         canonical=name, type="facility", acronym=short))
    if not new:
        return found
    kept = [f for f in found if not any(n.start <= f.start and f.end <= n.end or
                                        f.start < n.start < f.end or f.start < n.end < f.end for n in new)]
    return sorted(kept + new, key=lambda f: (f.start, f.end))


__all__ = ["works_facilities"]
