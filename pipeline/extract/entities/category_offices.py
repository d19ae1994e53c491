"""Text + candidates → candidates without the bodies named only as one of a kind: an office or a centre that a
government runs many of, introduced by an ordinal, a count word or an indefinite article ('Hong Kong's 13th overseas
Economic and Trade Office', 'the first District Health Centre (DHC) in Kwai Tsing', 'to open an Economic & Trade
Office (ETO) in Seoul') names the kind, not one body (lead's ruling, session 15: Economic and Trade Offices as a
category give no row; issue 14 item 7: a kind of centre is not one institution). The other mentions of that name
('DHCs in six other districts') are the kind too. One named as a definite body stays ('the Economic and Trade Office
(ETO) in Wuhan will set up two liaison units', 'the Hong Kong Economic and Trade Office in Jakarta'), and so does a
gazetteer body, a name with a proper word ('set up a Zorvian Marine Research Centre': everyday words are
words.en.json's, common_words.everyday_word), and a longer name with a field of its own ('set up a Guangzhou Hong Kong Stem Cell and Regenerative
Medicine Research Centre in the Park': one named centre). Heads and openers are data: not_entities.en.json 'category_offices'."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from pipeline.extract.entities.common_words import everyday_word
from pipeline.extract.entities.parent_bodies import unnamed_unit
from pipeline.extract.entities.spans import Cand


def category_rules(data: dict[str, Any]) -> tuple[re.Pattern[str], frozenset[str]]:
    """(the opener pattern, the heads) from not_entities.en.json's 'category_offices'."""
    rule = data.get("category_offices", {})
    openers = "|".join(sorted((re.escape(w) for w in rule.get("openers", ())), key=len, reverse=True)) or "(?!)"
    # ('the first', "Hong Kong's 13th", 'an', 'another') + at most one lower-case word ('overseas', 'new')
    opener = re.compile(rf"(?<![\w'’-])(?:(?:(?:the|its|our|their)|(?:[A-Z][\w-]*[ ]){{0,2}}[A-Z][\w-]*['’]s)[ \t\n]+)?"
                        rf"(?:{openers}|\d{{1,3}}(?:st|nd|rd|th))[ \t\n]+(?:[a-z]+[ \t\n]+)?$")
    return opener, frozenset(rule.get("heads", ()))


def category_mentions(text: str, cands: list[Cand], known: Container[str], opener: re.Pattern[str],
                      heads: frozenset[str]) -> list[Cand]:
    first: dict[str, Cand] = {}
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        if c.label == "INSTITUTION" and c.entity_id not in known:
            first.setdefault(c.entity_id, c)
    kinds = set()
    for eid, c in first.items():
        if unnamed_unit(text, c.start, c.end):
            kinds.add(eid)  # 'on the advice of an Experts Group comprising ...; the Experts Group reported': the
            continue  # unit introduced with 'an' is unnamed (ruling, session 12), and so are its later mentions
        words = text[c.start:c.end].split()
        if words and len(words) <= 5 and words[-1] in heads and not {"of", "for", "on"} & set(words) and \
                all(w in ("and", "&") or everyday_word(w, nouns=True) for w in words) and \
                opener.search(text, max(0, c.start - 60), c.start):
            kinds.add(eid)
    return [c for c in cands if c.entity_id not in kinds] if kinds else cands
