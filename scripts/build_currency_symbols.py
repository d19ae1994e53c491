"""CLDR (via Babel) → pipeline/data/currency_symbols.cldr.json: the symbol each country writes before an
amount of its own currency in English ('R' rand in en_ZA, 'RM' ringgit in en_MY, '₦' naira in en_NG), with
the country's English name as the cue a one-letter symbol needs in a text.

Run: python scripts/build_currency_symbols.py (needs babel, a project dependency)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import babel
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_symbol, get_territory_currencies

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
    return {
        "_doc": "Currency symbols written before amounts in English, by country (CLDR, through Babel). A "
                "symbol of letters only needs its country named in the text (or its ISO code), or a scale word "
                "after the amount ('R36 billion'); other symbols ('₦', '₱') are read as they stand.",
        "source": f"Unicode CLDR via Babel {babel.__version__}: get_territory_currencies(tender=True) and "
                  "get_currency_symbol(code, locale=en_<territory>)",
        "symbols": {s: {code: sorted(names) for code, names in sorted(by_code.items())}
                    for s, by_code in sorted(symbols.items())},
    }


def main() -> None:
    data = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(dir=OUT.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(data)
    os.replace(tmp, OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
