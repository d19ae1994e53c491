"""A text's own word on what a bare '$' is: a note that its dollars are US dollars. Wire and business news state it once
per story — a rate note that equates the bare '$1' to another currency ('($1 = 7.7518 Hong Kong dollars)',
'($1.00 = RMB7.02)'), or a line such as 'All figures in US dollars' / 'US$ unless otherwise stated' — and every bare '$'
of that story is then a US dollar, also in a Hong Kong text. The patterns are the figure lexicon's `dollar_notes`; each
is searched only in a text that holds one of the literal strings a match of it must contain (`needs`) and, where the
lexicon gives one, a match of its `gates` pattern (a part every match holds, led by a literal), so most texts run no
search at all and the rest run cheap ones. A home government's own text (a cue of `home_cues`: 'Madam President',
'Appropriation Bill', 'Amounts are in Hong Kong dollars') takes no note: it keeps its own dollar whatever note it quotes
(review reven M4)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.reader import lexicon


_Gated = tuple[re.Pattern[str], tuple[str, ...], bool, bool, re.Pattern[str] | None]


@lru_cache(maxsize=1)
def _notes() -> tuple[tuple[_Gated, ...], str, re.Pattern[str], re.Pattern[str]]:
    rules = lexicon("en")["dollar_notes"]
    gated = tuple((re.compile(p), tuple(needs), bool(folded), bool(yields), re.compile(gate) if gate else None)
                  for p, needs, folded, yields, gate in zip(rules["patterns"], rules["needs"], rules["needs_folded"],
                                                            rules["yields_to_home_amounts"], rules["gates"]))
    home = re.compile("|".join(f"(?:{c})" for c in rules["home_cues"]))
    return gated, str(rules["currency"]), home, re.compile(rules["home_amount"])


def stated_dollar(text: str) -> str:
    """The currency a note in the text says its bare '$' is ('USD'), or '' when the text says nothing of it."""
    if "$" not in text and "dollar" not in text:  # (most texts: no search at all)
        return ""
    gated, code, home, home_amount = _notes()
    low = ""
    for rx, needs, folded, yields, gate in gated:
        if gate is not None and not gate.search(text):  # (before the literals: a gate spares the lower-casing)
            continue
        if folded and not low:
            low = text.lower()
        hay = low if folded else text
        if any(n in hay for n in needs) and rx.search(text) and not (yields and home_amount.search(text)):
            return "" if home.search(text) else code  # (searched only once a note is found: a few texts)
    return ""
