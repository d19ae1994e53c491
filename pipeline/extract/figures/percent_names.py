"""A percentage token index → whether it opens a capitalised name ('the 90 per cent Guarantee Product', 'the 80%
Guarantee Scheme'): a product, scheme or fund named by its rate is a name with a number in it, no figure (devset-real
DECISIONS 10, like 'the $2 Scheme' for money). The name is the run of capitalised words right after the percentage,
ending in a name head (figure lexicon `name_heads`, `percent_name_heads`); a rate before a capitalised relief that is
no such head ('a 50% Personal Income Tax Rebate') stays a figure."""

from __future__ import annotations

from typing import Any

MAX_NAME_WORDS = 5


def percent_in_name(reader: Any, start: int, after: int) -> bool:
    """`start`: the percentage's first token index, `after`: the token index right after it. A name is introduced
    ('the 80% Guarantee Scheme', 'its 90 per cent Guarantee Product') or itself part of a capitalised name; a bare rate
    before a capitalised word ('raised by 20% Innovation Fund grants rose') or at a line's end before a table's next
    label ('GDP: 35%\\nCapital Works Reserve Fund balance') opens none (figure lexicon `percent_name_openers`)."""
    before = reader.tok(start - 1)
    if before is None or not (before.low in reader.lex.get("percent_name_openers", ()) or
                              before.text[:1].isupper() and before.text[1:2].islower()):
        return False
    k = after
    while k - after < MAX_NAME_WORDS and reader.tok(k) is not None and reader.toks[k].text[:1].isupper() and \
            reader.toks[k].text[1:2].islower() and "\n" not in reader.text[reader.toks[k - 1].end:reader.toks[k].start]:
        k += 1
    if k == after:
        return False
    heads = reader.lex["_name_heads"]
    return reader.low(k - 1) in heads or reader.low(k - 1) in reader.lex.get("percent_name_heads", ())
