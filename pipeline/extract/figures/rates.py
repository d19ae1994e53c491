"""An amount the scan read → what the words around it make of it when it states a rate of exchange or a sum of
foreign reserves: 'traded within a range of 7.7656 – 7.7848 against the US dollar' (an exchange rate: quantity),
'($1 = 7.7518 Hong Kong dollars)' (the '$1' is the base, the other side the rate), 'foreign currency reserve assets
of $443.5 billion' (US dollars in a Hong Kong text). Word lists come from the figure lexicon."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.figures.match import Amount, FigureMatch
from pipeline.extract.figures.reader import phrase_parts

_SENTENCE_ENDS = frozenset((".", ";", "!", "?"))
_ONE = re.compile(r"1(?:\.0+)?")  # the one unit of a rate's base: '$1', '$1.00'


def exchange_rate(reader: Any, amt: Amount) -> tuple[str, str, str, int] | None:
    """A bare decimal (or a range of two) that the text calls a rate of exchange: followed by 'against the US
    dollar' / 'per US dollar', or after 'the official rate of', 'an exchange rate of' → quantity, or None."""
    if amt.currency or amt.in_words or amt.scaled or "." not in amt.surface:
        return None
    lex = reader.lex
    for phrase, unit in lex.get("exchange_rate_after", {}).items():
        if reader.words_match(amt.end_idx, phrase):
            return "quantity", str(unit), "", amt.end_idx
    for phrase in lex.get("exchange_rate_before", ()):
        n = len(phrase.split())
        if reader.words_match(amt.start_idx - n, phrase) == n:
            return "quantity", str(lex["exchange_rate_unit"]), "", amt.end_idx
    return None


def quoted_rate_base(reader: Any, amt: Amount, end_idx: int) -> str:
    """'HK$7.8 to US$1', 'HK$7.75 to HK$7.85 per US dollar': an amount in a written currency priced against one unit
    of another currency is a rate of exchange (a quantity, as a bare rate is) → the other currency's code, else ''."""
    if amt.scaled or amt.currency in (None, "$"):
        return ""
    lex = reader.lex
    if any(reader.words_match(end_idx, phrase) for phrase in lex.get("exchange_rate_after", {})):
        return str(lex["conversion_currency"])  # every phrase names the US dollar
    if reader.low(end_idx) not in lex["rate_base_joiners"]:
        return ""
    base = reader.read_amount(end_idx + 1, allow_to_range=False)
    if base is None or base.value != 1 or base.scaled or base.value_max is not None or \
            base.currency in (None, "$", amt.currency):
        return ""
    return str(base.currency)


def equated_base(reader: Any, amt: Amount) -> bool:
    """'($1 = 7.7518 Hong Kong dollars)', '($1 equals HK$7.85)': one unit of a currency equated to another is
    the base of a rate."""
    return amt.value == 1 and amt.value_max is None and not amt.scaled and \
        reader.low(amt.end_idx) in reader.lex.get("rate_equals", ("=",))


def equated_base_currency(reader: Any, amt: Amount) -> str:
    """The currency of the one-unit base before '=' ('$1' in a news text converting to US dollars), or ''."""
    i = amt.start_idx - 2
    if reader.low(amt.start_idx - 1) not in reader.lex.get("rate_equals", ("=",)):
        return ""
    if not _ONE.fullmatch(reader.low(i)):  # '(1 US dollar = 7.7551 Hong Kong dollar)': the base's currency after its 1
        j = next((j for j in range(i - 1, max(-1, i - 4), -1) if _ONE.fullmatch(reader.low(j))), -1)
        base = reader.read_amount(j, allow_to_range=False) if j >= 0 else None
        if base is None or base.end_idx != amt.start_idx - 1 or base.value != 1 or not base.currency:
            return ""
        return str(reader.lex["conversion_currency"]) if base.currency == "$" else str(base.currency)
    cur = reader.read_currency_before(i - 1)
    if cur is None or cur[1] != i:
        return ""
    code = str(cur[0])
    return str(reader.lex["conversion_currency"]) if code == "$" else code


def reserve_currency(reader: Any, i: int) -> str | None:
    """A bare '$' sum of foreign currency reserves in a Hong Kong text: the HKMA states them in US dollars
    ('foreign currency reserve assets rose to $443.5 billion'); the sentence before the amount names them."""
    lex = reader.lex
    if reader.default_currency not in lex.get("reserve_currency_locales", ()):
        return None
    words = lex.get("reserve_currency_words", ())
    firsts = _first_words(tuple(words))  # a phrase is tried only where its first word stands
    for n in range(i - 1, max(-1, i - 30), -1):
        w = reader.low(n)
        if w in _SENTENCE_ENDS and not (w == "." and reader.glued(n - 1, n) and len(reader.low(n - 1)) == 1):
            return None  # (the dot of 'U.S.' ends no sentence)
        if w in firsts and any(reader.words_match(n, phrase) for phrase in firsts[w]):
            return str(lex["reserve_currency"])
    return None


@lru_cache(maxsize=8)
def _first_words(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Phrases by the lowercase first token they spell (a phrase that spells none never matches)."""
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        parts = phrase_parts(phrase)
        if parts:
            out.setdefault(parts[0].lower(), []).append(phrase)
    return {w: tuple(p) for w, p in out.items()}


def converted_in_list(reader: Any, i: int, found: list[FigureMatch]) -> str | None:
    """The currency of a bare '$' sum at token i listed after other conversions in the brackets that follow a sum in
    an explicit currency ('HK$500m (£45.8m, $63.9m, €51.9m)'): the conversion currency; None otherwise."""
    if reader.low(i - 1) != ",":
        return None
    start = reader.toks[i].start
    j = reader.text.rfind("(", 0, start)
    inside = [f for f in found if f.start > j]
    before = [f for f in found if f.end <= j]
    if j < 0 or ")" in reader.text[j:start] or "\n" in reader.text[j:start] or not inside or not before:
        return None
    head = before[-1]
    if head.kind != "money" or head.currency_inferred or reader.text[head.end:j].strip() or \
            any(f.kind != "money" or f.currency_inferred or f.unit == head.unit for f in inside):
        return None
    gaps = [reader.text[a.end:b.start] for a, b in zip(inside, inside[1:])] + [reader.text[inside[-1].end:start]]
    if reader.text[j + 1:inside[0].start].strip() or any(g.strip() != "," for g in gaps):
        return None
    target = str(reader.lex["conversion_currency"])
    return None if any(f.unit == target for f in inside) or head.unit == target else target
