"""A percentage token index → whether it opens a capitalised name ('the 90 per cent Guarantee Product', 'the 80%
Guarantee Scheme'): a product, scheme or fund named by its rate is a name with a number in it, no figure (devset-real
DECISIONS 10, like 'the $2 Scheme' for money). The name is the run of capitalised words right after the percentage,
ending in a name head (figure lexicon `name_heads`, `percent_name_heads`); a rate before a capitalised relief that is
no such head ('a 50% Personal Income Tax Rebate') stays a figure."""

from __future__ import annotations

from typing import Any

MAX_NAME_WORDS = 5


def percent_in_name(reader: Any, after: int) -> bool:
    """`after`: the token index right after the percentage."""
    k = after
    while k - after < MAX_NAME_WORDS and reader.tok(k) is not None and reader.toks[k].text[:1].isupper() and \
            reader.toks[k].text[1:2].islower():
        k += 1
    if k == after:
        return False
    heads = reader.lex["_name_heads"]
    return reader.low(k - 1) in heads or reader.low(k - 1) in reader.lex.get("percent_name_heads", ())
