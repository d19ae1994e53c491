"""A text's own word on what a bare '$' is: a note that its dollars are US dollars. Wire and business news state it once
per story — a rate note that equates the bare '$1' to another currency ('($1 = 7.7518 Hong Kong dollars)',
'($1.00 = RMB7.02)'), or a line such as 'All figures in US dollars' / 'US$ unless otherwise stated' — and every bare '$'
of that story is then a US dollar, also in a Hong Kong text. The patterns are the figure lexicon's `dollar_notes`; the
text is searched once (one compiled alternation), before any figure is read."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.reader import lexicon


@lru_cache(maxsize=1)
def _notes() -> tuple[re.Pattern[str], str]:
    rules = lexicon("en")["dollar_notes"]
    return re.compile("|".join(f"(?:{p})" for p in rules["patterns"])), str(rules["currency"])


def stated_dollar(text: str) -> str:
    """The currency a note in the text says its bare '$' is ('USD'), or '' when the text says nothing of it."""
    if "$" not in text and "dollar" not in text:  # (most texts: no search at all)
        return ""
    rx, code = _notes()
    return code if rx.search(text) else ""
