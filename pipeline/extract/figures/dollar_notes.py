"""A text's own word on what a bare '$' is: a note that its dollars are US dollars. Wire and business news state it once
per story — a rate note that equates the bare '$1' to another currency ('($1 = 7.7518 Hong Kong dollars)',
'($1.00 = RMB7.02)'), or a line such as 'All figures in US dollars' / 'US$ unless otherwise stated' — and every bare '$'
of that story is then a US dollar, also in a Hong Kong text. The patterns are the figure lexicon's `dollar_notes`; each
is searched only in a text that holds one of the literal strings a match of it must contain (`needs`), so most texts
run no search at all."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.reader import lexicon


@lru_cache(maxsize=1)
def _notes() -> tuple[tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...], str]:
    rules = lexicon("en")["dollar_notes"]
    gated = tuple((re.compile(p), tuple(needs), bool(folded))
                  for p, needs, folded in zip(rules["patterns"], rules["needs"], rules["needs_folded"]))
    return gated, str(rules["currency"])


def stated_dollar(text: str) -> str:
    """The currency a note in the text says its bare '$' is ('USD'), or '' when the text says nothing of it."""
    if "$" not in text and "dollar" not in text:  # (most texts: no search at all)
        return ""
    gated, code = _notes()
    low = ""
    for rx, needs, folded in gated:
        if folded and not low:
            low = text.lower()
        hay = low if folded else text
        if any(n in hay for n in needs) and rx.search(text):
            return code
    return ""
