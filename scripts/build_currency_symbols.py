"""CLDR (via Babel) → pipeline/data/currency_symbols.cldr.json: the symbol each country writes before an
amount of its own currency in English ('R' rand in en_ZA, 'RM' ringgit in en_MY, '₦' naira in en_NG), with
the country's English name as the cue a one-letter symbol needs in a text; and every country's ISO 4217 code
('PHP', 'IDR', 'THB'), read before an amount like a letters-only symbol (glued to it, a scale word after it, or its
country named: 'TOP 10' in a heading is not Tonga's pa'anga).

Run: python scripts/build_currency_symbols.py (needs babel, a project dependency)."""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_symbol, get_territory_currencies

from pipeline.fileio import write_text_atomic

# Hand entries, each with its source (CLDR lists only '₱' for the Philippine peso).
HAND_SYMBOLS: dict[str, dict[str, list[str]]] = {
    "P": {"PHP": ["Philippines", "Philippine", "Filipino", "Manila"]},
    "Php": {"PHP": ["Philippines", "Philippine", "Filipino", "Manila"]},
    "PhP": {"PHP": ["Philippines", "Philippine", "Filipino", "Manila"]},
}
HAND_SOURCES = [
    "'P', 'Php' and 'PhP' for the Philippine peso: the Philippine government's own budget documents (DBM, "
    "'Technical Notes on the Proposed National Budget': 'Php 5.768 trillion') and the Philippine News Agency "
    "('P5.768-T', 'PHP2.183 trillion') write the peso so; read only where the text names the Philippines "
    "(or with a scale word, like every letters-only symbol)",
]

# A symbol several currencies share, read where the text names none of their countries and a scale word
# follows the amount (or the text writes the symbol so elsewhere): the currency of by far the larger economy
# and press writing it, each with its source. 'P': the Philippine peso (the Philippines, about 112 million people,
# 2020 census, Philippine Statistics Authority) over Botswana's pula (2.3 million, 2022 census, Statistics
# Botswana). Not 'K', 'Rs', 'kr' (no such margin between kina/kwacha, the Mauritian/Pakistani rupee, NOK/SEK).
HAND_DEFAULTS: dict[str, str] = {"P": "PHP"}

OUT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "currency_symbols.cldr.json"


def build() -> dict[str, object]:
    english = Locale("en")
    symbols: dict[str, dict[str, set[str]]] = {}
    for lid in sorted(locale_identifiers()):
        parts = lid.split("_")
        if parts[0] != "en" or len(parts) != 2 or not (parts[1].isalpha() and len(parts[1]) == 2):
            continue
        territory = parts[1]
        tender = get_territory_currencies(territory, tender=True)
        if not tender:
            continue
        code = tender[0]
        symbol = get_currency_symbol(code, locale=lid)
        if symbol == code or "$" in symbol:
            continue  # an ISO code is read as such; '$' is decided by a text's locale cues
        names = symbols.setdefault(symbol, {}).setdefault(code, set())
        names.add(english.territories.get(territory, territory))
    codes: dict[str, set[str]] = {}
    for territory, name in english.territories.items():
        if len(territory) != 2 or not territory.isalpha():
            continue  # regions ('001', '419') have no currency of their own
        tender = get_territory_currencies(territory, tender=True)
        if tender:
            codes.setdefault(tender[0], set()).add(name)
    for symbol, by_code in HAND_SYMBOLS.items():
        for code, cues in by_code.items():
            symbols.setdefault(symbol, {}).setdefault(code, set()).update(cues)
    return {
        "_doc": "Currency symbols written before amounts in English, by country (CLDR, through Babel). A "
                "symbol of letters only needs its country named in the text (or its ISO code), or a scale word "
                "after the amount ('R36 billion'); other symbols ('₦', '₱') are read as they stand.",
        "source": f"Unicode CLDR via Babel {babel.__version__}: get_territory_currencies(tender=True) and "
                  "get_currency_symbol(code, locale=en_<territory>)",
        "symbols": {s: {code: sorted(names) for code, names in sorted(by_code.items())}
                    for s, by_code in sorted(symbols.items())},
        "_codes_doc": "Every country's current ISO 4217 code (its first tender currency in CLDR) with the country's "
                      "English names: an ISO code before an amount is that currency when glued to it ('PHP5.7'), "
                      "when a scale word follows ('IDR 516.1 trillion') or when the text names the country.",
        "codes": {code: sorted(names) for code, names in sorted(codes.items())},
        "_hand_doc": "Symbols CLDR does not list, merged into 'symbols' above: " + "; ".join(HAND_SOURCES),
        "_shared_defaults_doc": "A symbol several currencies share ('P': pula, peso), where the text names none of "
                                "their countries, before an amount with a scale word (or in a text that writes it so "
                                "elsewhere): this currency, by the sizes of the countries writing it (hand data: "
                                "Philippine Statistics Authority 2020 census, Statistics Botswana 2022 census).",
        "shared_defaults": dict(sorted(HAND_DEFAULTS.items())),
    }


def main() -> None:
    data = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    write_text_atomic(OUT, data)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
