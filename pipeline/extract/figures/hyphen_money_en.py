"""'a 20.5-billion-Singapore-dollar budget', 'an 8.7-billion-dollar deficit', 'a 2-billion-yuan project': an amount of
money written as one hyphenated adjective (the wire-story style) is the same money as its spaced form ('20.5 billion
Singapore dollars'), not a count of dollars. The scan reads such a compound with its hyphens as spaces: the copy has
the text's length, so every offset, and each figure's text, is the text's own. The currency names are the figure
lexicon's `currency_suffixes` (the last word of each, singular or plural; not 'won', a verb too); the scale words are its `scales`."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.figures.numbers import load_lexicon

__all__ = ["spaced_money_compounds"]


@lru_cache(maxsize=1)
def _compound() -> tuple[tuple[str, ...], re.Pattern[str]]:
    lex = load_lexicon("en")
    names = lex["currency_suffixes"]  # names, not codes ('hkd', 'usd'): 'dollars', 'singapore dollars', 'yuan'
    heads = sorted({k.split()[-1].rstrip("s") for k, v in names.items() if k.upper() != v and k.replace(" ", "").isalpha() and k != "won"},
                   key=len, reverse=True)
    # a currency that is a unit of measure too ('pound', the unit of 'lb'): money only after a scale word or a
    # capitalised currency word ('5-billion-pound', '5-British-pound'); 'a 5-pound bag' is a weight
    units = lex["units"]
    measures = set(units) | {v[1] for v in units.values() if isinstance(v, list) and len(v) > 1}
    weights = [h for h in heads if h in measures]
    money = [h for h in heads if h not in measures]
    scales = sorted((w for w in lex["scales"] if w.isalpha() and len(w) > 3), key=len, reverse=True)
    words = sorted(lex["number_words"], key=len, reverse=True)
    # the number: digits or number words ('2-billion-dollar', 'a two-billion-dollar deal', 'twenty-five-million')
    number = rf"(?:\d[\d,]*(?:\.\d+)?|(?<!-)(?i:{'|'.join(words)})(?:-(?i:{'|'.join(words)}))?\b)"
    scale = rf"-(?:{'|'.join(scales)})"
    named = r"(?:-(?:[A-Z][A-Za-z.]*|US|HK))"
    rx = re.compile(rf"(?<![\w.])({number})(?:(?:{scale})?{named}*-(?i:{'|'.join(money)})"
                    rf"|(?:{scale}{named}*|{named}+)-(?i:{'|'.join(weights)}))s?\b")
    return tuple(f"-{h}" for h in heads), rx


def spaced_money_compounds(text: str) -> str:
    """`text` with the hyphens inside hyphenated money adjectives read as spaces (module doc); the text itself when
    it holds none."""
    gates, rx = _compound()
    if not any(g in text for g in gates):  # (lower-case currency words: no copy of the text is folded)
        return text
    out = text
    for m in rx.finditer(text):
        out = out[:m.end(1)] + text[m.end(1):m.end()].replace("-", " ") + out[m.end():]  # ('twenty-five' stays)
    return out
