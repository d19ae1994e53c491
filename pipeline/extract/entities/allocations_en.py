"""Text + candidates → the same without the unknown institutions that name money or a programme, not a body.

Two facts of budget English (ensg, session 23; DECISIONS 25: government funds that are allocations are no
institutions, GUIDELINES: schemes and programmes are none):
- A trust a government tops up, draws on or puts a sum into is an endowment fund ('top up the Community X Trust by
  $1 billion', 'tap on the X Fund and the Y Trust', 'commit up to $350 million for the Y Trust'): every mention of
  that name is the fund. A trust that acts without such a cue ('the X Charities Trust donated …') stays a body. So is
  a gazetteer fund with an administration of its own where the text puts money into it ('injecting $15 billion into
  the Community Care Fund': an allocation; 'invite the CCF to consider …' stays the body). A mention that acts as the
  subject of a modal and a verb ('The CCF will launch …') stays the body even where another mention is money (a
  known fund only: an unknown trust topped up is money in every mention).
- A name the text also writes with a programme's head is that programme's short form ('the Silver Support Scheme …
  Silver Support currently provides payouts'): an unknown name whose words, followed by 'Scheme' / 'Programme' /
  'Package' / 'Fund' …, occur elsewhere in the text names no body. A name with a body's head ('X Council') stays.
Checked per candidate by matches at its own span (a search in the 90 characters before it, a match at its end) and
one scan for the programme heads per document, only where an unknown candidate is left to test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.spans import Cand

_MONEY = r"(?:S\$|HK\$|US\$|\$)[ ]?\d[\d,.]*(?:[ ]?(?:million|billion|bn|m|b)\b)?"
# 'top up the X Trust', 'tap on the Y Trust', '$350 million for the Y Trust', 'inject $N into the X Trust',
# 'the Charities Capability Fund and the X Trust' (coordinated with a fund: one more fund)
FUND_BEFORE = re.compile(r"(?:\b(?i:top(?:s|ped|ping)?[ ]up|tap(?:s|ped|ping)?[ ]on|draw(?:s|ing|n)?[ ]on)"
                         rf"|{_MONEY}[ ]+(?:for|into))[ ]+(?:the[ ]+)?$")
# 'the X Trust by $1 billion', 'the X Trust with a further $N'
FUND_AFTER = re.compile(rf"[ ]+(?:by|with)[ ]+(?:(?:up[ ]to|about|another|a[ ]further|an[ ]additional)[ ]+)?{_MONEY}")
# 'the Y Fund and the X Trust', 'the X Trust and the Y Fund': coordinated with a fund, one more fund, unless that
# 'Fund' ends a known body of another type ('the International Monetary Fund and the X Charities Trust will donate':
# two bodies; mendlead, session 23)
FUND_AND_BEFORE = re.compile(r"\bFunds?[ ]+(?:and|or)[ ]+(?:the[ ]+)?$")
FUND_AND_AFTER = re.compile(r"[ ]+(?:and|or)[ ]+(?:the[ ]+)?(?:[A-Z][\w'’&-]*[ ]+){1,5}Funds?\b")
TRUST_END = re.compile(r"[ ]Trust$")
# a cue names the trust as money only where the trust ends its noun phrase: not before a lower-case noun ('$50 million
# for the X Trust programme': its programme) or a verb ('the Y Fund and the X Trust will match it': two subjects);
# a preposition, conjunction or relative word may follow (review reven M6, session 23)
PHRASE_GOES_ON = re.compile(r"[ ]+(?!(?:by|with|and|or|to|in|into|for|of|on|at|from|which|that|under|through|as)\b)"
                            r"[a-z]")
# 'The CCF will launch 3 new programmes': a mention of a gazetteer fund (an administration of its own) that is the
# subject of a modal and a verb acts, a body even where another mention of the fund is topped up ('will be topped up'
# is no act); an unknown trust topped up stays money everywhere ('the Community Capability Trust will equip ...':
# fc22's gold; mendlead, session 23)
ACTS_AFTER = re.compile(r"[ ]+(?:(?:also|then|now)[ ]+)?(?:will|would|shall|should|can|could|may|might|must)[ ]+"
                        r"(?:(?:also|then|now|further|continue[ ]to)[ ]+)?(?!(?:be|not)\b)[a-z]+\b")


def money_body(c: Cand, text: str, known: Mapping[str, Any]) -> bool:
    """An institution candidate that may name money: an unknown 'X Trust', or a gazetteer fund (type 'fund': a fund
    with an administration of its own, a body where it acts, money where it is topped up)."""
    if c.label != "INSTITUTION":
        return False
    entry = known.get(c.entity_id)
    return getattr(entry, "type", "") == "fund" if entry is not None else TRUST_END.search(text, c.start, c.end) is not None


def beside_fund(c: Cand, text: str, cands: list[Cand], known: Mapping[str, Any]) -> bool:
    """A candidate coordinated with a 'Fund' that is no known body of another type ('tap on the Care Fund and the X
    Trust'); the International Monetary Fund beside it makes it one more body."""
    before = FUND_AND_BEFORE.search(text, max(0, c.start - 30), c.start)
    after = FUND_AND_AFTER.match(text, c.end)
    if before is None and after is None:
        return False
    fund_end = before.start() + len(before.group().split()[0]) if before is not None else -1
    for o in cands:
        if o.label == "INSTITUTION" and (o.end == fund_end or after is not None and o.end == after.end()):
            entry = known.get(o.entity_id)
            if entry is not None and getattr(entry, "type", "") != "fund":
                return False  # a known body ending in 'Fund' (IMF): a coordination of bodies
    return True


def fund_trusts(text: str, cands: list[Cand], known: Mapping[str, Any]) -> list[Cand]:
    """Candidates without every mention of an unknown 'X Trust' or a gazetteer fund one of whose mentions names money
    put in or drawn on ('injecting $15 billion into the X Fund', 'top up the X Fund by $1 billion': DECISIONS 25)."""
    funds = {c.canonical for c in cands if money_body(c, text, known) and not PHRASE_GOES_ON.match(text, c.end) and (
        FUND_BEFORE.search(text, max(0, c.start - 90), c.start) or FUND_AFTER.match(text, c.end)
        or beside_fund(c, text, cands, known))}
    if not funds:
        return cands
    return [c for c in cands if not (c.canonical in funds and money_body(c, text, known) and not (
        c.entity_id in known and ACTS_AFTER.match(text, c.end)))]  # (an endowment trust that 'will equip' stays money)


@lru_cache(maxsize=1)
def programme_ends() -> re.Pattern[str]:
    """' Scheme', ' Programme', … (data: not_entities.en.json programme_short_heads): where a programme's name ends."""
    heads = load_json_data("not_entities.en.json").get("programme_short_heads", [])
    return re.compile(r"[ ](?:" + "|".join(map(re.escape, sorted(heads, key=len, reverse=True))) + r")\b") \
        if heads else re.compile("(?!)")


NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]*[ ]){1,5}$")


def programme_short_forms(text: str, cands: list[Cand], known: Container[str],
                          head_type: Callable[[str], str | None]) -> list[Cand]:
    """Candidates without the unknown institutions whose name the text also writes before a programme's head."""
    unknown = [c for c in cands if c.label == "INSTITUTION" and c.entity_id not in known and c.end > c.start
               and head_type(text[c.start:c.end]) != "INSTITUTION"]
    if not unknown:
        return cands
    names: set[str] = set()
    for m in programme_ends().finditer(text):
        before = NAME_BEFORE.search(text, max(0, m.start() - 80), m.start() + 1)
        if before is not None:
            words = before.group().split()
            names.update(" ".join(words[i:]) for i in range(len(words)))  # every tail: 'Silver Support', 'Support'
    drop = {id(c) for c in unknown if clean_name(text[c.start:c.end]) in names}
    return [c for c in cands if id(c) not in drop] if drop else cands


def allocations(text: str, cands: list[Cand], known: Mapping[str, Any],
                head_type: Callable[[str], str | None]) -> list[Cand]:
    """`fund_trusts`, then `programme_short_forms`."""
    cands = fund_trusts(text, cands, known) if " Trust" in text or " Fund" in text else cands
    return programme_short_forms(text, cands, known, head_type)
