"""Pure functions: number surfaces ("2 100", "12,500", "twenty-two", "a hundred and fifty") → Decimal."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=4)
def load_lexicon(lang: str = "en") -> dict[str, Any]:
    """The figure lexicon of one language (pipeline/data/figure_lexicon.<lang>.json)."""
    text = resources.files("pipeline.data").joinpath(f"figure_lexicon.{lang}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def load_currency_symbols() -> dict[str, Any]:
    """CLDR's currency symbols by country (pipeline/data/currency_symbols.cldr.json, scripts/build_currency_symbols.py)."""
    text = resources.files("pipeline.data").joinpath("currency_symbols.cldr.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


# the last alternative is Indian grouping (lakh, crore): '5,23,958' = 523958
_DIGITS = re.compile(r"^[0-9]{1,3}(?:[, \u00a0\u202f\u2009][0-9]{3})+(?:\.[0-9]+)?$|^[0-9]+(?:\.[0-9]+)?$"
                     r"|^[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?$")
_SEPARATORS = re.compile(r"[, \u00a0\u202f\u2009]")
_WORD_BREAKS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=65536)  # the same surfaces recur (years, small counts); a Decimal is immutable
def parse_digits(surface: str) -> Decimal | None:
    """'12,500' / '2 100' / '1.2' / '10 000.5' / '5,23,958' → Decimal; None for anything else ('1,2,3', '2.0.1')."""
    s = surface.strip()
    if not _DIGITS.match(s):
        return None
    try:
        return Decimal(_SEPARATORS.sub("", s))
    except InvalidOperation:
        return None


def parse_words(surface: str, lang: str = "en") -> Decimal | None:
    """'twenty-two' → 22, 'a hundred and fifty' → 150, 'two million' → 2000000; None if not a number."""
    lex = load_lexicon(lang)
    units: dict[str, int] = lex["number_words"]
    mults: dict[str, int] = lex["multiplier_words"]
    words = [w for w in _WORD_BREAKS.split(surface.lower().strip()) if w]
    if not words:
        return None
    total = Decimal(0)
    current = Decimal(0)
    seen_number = False
    for i, w in enumerate(words):
        if w == "and" and seen_number:
            continue
        if w in ("a", "an") and i == 0 and len(words) > 1:
            current = Decimal(1)
            continue
        if w in units:
            current += Decimal(units[w])
            seen_number = True
        elif w in mults:
            m = Decimal(mults[w])
            if current == 0:
                current = Decimal(1)
            if m == 100:
                current *= m
            else:
                total += current * m
                current = Decimal(0)
            seen_number = True
        else:
            return None
    if not seen_number:
        return None
    return total + current


def format_decimal(value: Decimal | None) -> float | None:
    """Decimal → float for the tables (exact for every value a policy text states)."""
    if value is None:
        return None
    return float(value)
