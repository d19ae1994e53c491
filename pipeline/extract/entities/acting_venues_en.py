"""Text + candidates → the same, with a venue that receives money or acts made its operator, an institution, in every
mention (eninst, sessions 20 and 21: a loan to it, 'X to launch a parade'): 'Ocean Park will be allocated $310 million', 'allocate $500 million to Ocean Park'. GUIDELINES:
an organisation that acts (receives funds, sets things up) is an institution; the Chinese rules read a facility that
acts the same way (entities_zh.json acting_facilities, DECISIONS-zh 18). Only gazetteer places of the types in
`funded_venue_types` (not_entities.en.json: theme parks and venues a company runs) turn; a venue where something
is held ('fairs at AsiaWorld-Expo') stays a place. A museum no gazetteer knows, run by a body of its name, turns the same
way when it acts ('the X Museum will also co-organise exhibitions'; enpl, session 27); one visited or opened stays a
place. Checked per venue candidate (a match at its end, a search in the
80 characters before it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from pipeline.extract.entities.spans import Cand, synthetic_id

# 'X will be allocated $N / has received funding …': the venue gets money (not 'received 10 million visitors')
FUNDED_AFTER = re.compile(r"[ ]+(?:(?:will|would|shall|has|have|had|is|was|are|were)[ ]+)?(?:(?:be|been|also)[ ]+)*"
                          r"(?:allocated|granted|given|provided|receiv(?:e|es|ed|ing))\b[^.;:\n]{0,40}?"
                          r"(?:\$|\bfund|\bgrant|\bsubsid|\ballocation|\binjection|\bcapital\b)")
# 'allocate $310 million to X', 'provide funding of $N to the X': the venue is the recipient (not 'provide buses to X');
# its 'to' is the first after the money word ('provide $2 billion to widen the road to X': an infinitive's 'to'
# opens a purpose, the venue is where the road goes; review-reven M5)
# (eninst, session 21: 'offer a $2.3 billion loan to X', 'lend $N to X', 'extend a loan to X': a loan is money given)
# ('offer' and 'extend' only with a loan, 'lend' is always money: 'extend the $2 fare concession to X' gives X
# nothing; review-reven S1)
RECIPIENT_BEFORE = re.compile(r"(?:\b(?i:allocat|provid|grant|inject|earmark|set(?:ting)?[ ]aside|giv|lend|lent)"
                              r"\w*\b[^.;:\n]{0,60}?(?:\$|\bfund|\bgrant|\bsubsid|\bcapital\b|\bloan)"
                              r"|\b(?i:offer|extend)\w*\b(?:[^.;:\n]|(?<=\d)\.(?=\d)){0,60}?\bloan)"
                              r"(?:(?!\bto\b)(?:[^.;:\n]|(?<=\d)\.(?=\d))){0,60}?\bto[ ]+(?:the[ ]+)?$")  # ('$2.3 billion')
# 'X to launch a night-time parade', 'X introduced new rides' (eninst, session 21): the venue is the subject of an act
# only its operator does (a headline's 'X to <verb>' is its future); 'visitors to X launched' has another subject (the
# verb must follow the venue's name directly, a modal or 'to' between). A bare form, which can be a noun ('the Ocean
# Park launch event'), counts only after a modal or 'to'; staging an event is what a site does, it hosts it ('X will
# stage the opening ceremony', 'X stage shows'; review-reven M1)
ACTS_AFTER = re.compile(r"[ ]+(?:(?:will|would|shall|is[ ]to|plans[ ]to|to)[ ]+(?:also[ ]+)?"
                        r"(?:launch|introduce|(?:co-)?organi[sz]e|unveil|roll[ ]out|hire|recruit|invest|put[ ]in[ ]place"
                        r"|upgrade[ ]+its|partner[ ]+with|collaborate[ ]+with|sign)"
                        r"|(?:also[ ]+)?(?:launch(?:es|ed)|introduc(?:es|ed)|(?:co-)?organi[sz](?:es|ed)|unveil(?:s|ed)"
                        r"|roll(?:s|ed)[ ]out|hir(?:es|ed)|recruit(?:s|ed)|invest(?:s|ed)|put[ ]in[ ]place"
                        r"|upgrad(?:es|ed)[ ]+its|partner(?:s|ed)[ ]+with|collaborat(?:es|ed)[ ]+with|sign(?:s|ed)))\b"
                        r"|['’]s?[ ]+(?:collaboration|partnership|co-operation|cooperation)[ ]+with\b")
# (enpl, session 27: 'X will upgrade its facilities', 'X will also co-organise exhibitions', "X's collaboration with
# the Tourism Board": what the venue's operator does; a museum, run by a body of its name, turns too: VENUE_HEADS)
VENUE_HEADS = ("Museum",)
# ('visitors to X launched', 'a show in X introduced': the venue is an object there, another noun the subject)
OBJECT_BEFORE = re.compile(r"\b(?:to|at|in|into|from|of|near|around|by|for|with|visit(?:s|ed|ing)?)[ ]+(?:the[ ]+)?$")


def acting_venues(text: str, cands: list[Cand], entries: dict[str, Any], types: Iterable[str]) -> list[Cand]:
    """Every mention of a funded venue (see the module's docstring) made an institution of the venue's name."""
    kinds = set(types)
    funded = {c.entity_id for c in cands if c.label == "PLACE" and (
              c.entity_id in entries and entries[c.entity_id].type in kinds or
              c.entity_id not in entries and text[c.start:c.end].endswith(VENUE_HEADS)) and (
              FUNDED_AFTER.match(text, c.end) or
              ACTS_AFTER.match(text, c.end) and not OBJECT_BEFORE.search(text, max(0, c.start - 16), c.start) or
              RECIPIENT_BEFORE.search(text, max(0, c.start - 100), c.start))}
    if not funded:
        return cands
    # (a theme park's operator is a company; a museum's body is no company, its kind untold: no type, as facilities_en
    # gives a museum that says or lends things; review-reven S6, mendea)
    return [c if c.entity_id not in funded else
            replace(c, label="INSTITUTION", entity_id=synthetic_id("INSTITUTION", c.canonical),
                    etype="company" if c.entity_id in entries else "")
            for c in cands]


__all__ = ["acting_venues"]
