"""Session 28 (speed): the cheaper forms of the rule stages give exactly what the forms they replace gave.

Each rewritten pattern is compared with its previous form, match by match, on made-up text and on the real texts of
the repository (corpus/ and the tests' own sources, which hold many names in context)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
MADE_UP = [
    "Singapore, xSingapore, 1Singapore, _Singapore, Singapore_ and Singaporean; South Korea and Korea, Republic of",
    "the Hong Kong SAR's HKSAR, Hong Kong, China; United States of America, the United States, United Kingdom",
    "’s-Land x's-Land 's-Land; Macao SAR, Macau, Mainland China, the People's Republic of China and China's",
    "", "SingaporeHong Kong SAR", "JAPAN Japan Japanese New Zealand Newzealand",
]


def real_texts() -> list[str]:
    texts = [p.read_text("utf-8", errors="ignore") for p in sorted((ROOT / "corpus").glob("*")) if
             p.suffix in (".txt", ".md", ".html")]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests").glob("test_*.py"))]
    return MADE_UP + texts


def spans(pattern: re.Pattern[str], texts: Iterable[str]) -> list[tuple[int, int]]:
    return [m.span() for text in texts for m in pattern.finditer(text)]


def old_word_alternation(names: Iterable[str]) -> str:
    """word_alternation before session 28: one branch per name, longest first."""
    branches = []
    for name in sorted(names, key=len, reverse=True):
        first = re.escape(name[0])
        boundary = f"(?<!\\w{first})" if re.match(r"\w", name[0]) else f"(?<=\\w{first})"
        branches.append(first + boundary + re.escape(name[1:]))
    return "(?:" + "|".join(branches) + ")"


def test_country_names_grouped_by_first_character_match_as_before() -> None:
    from pipeline.extract.entities.country_context import country_names, word_alternation
    from pipeline.extract.entities.gazetteer import load_gazetteer
    by_code = country_names(load_gazetteer())
    texts = real_texts()
    every = set().union(*by_code.values())
    assert re.compile(word_alternation(["Korea", "South Korea", "Singapore"])).pattern.count("S(?<!\\wS)") == 1
    for names in [every, by_code["SG"], by_code["HK"], {"Korea", "Korean Peninsula", "Kor", "'s-Land", "’s-Land"}]:
        new = re.compile(word_alternation(names) + r"\b")
        old = re.compile(old_word_alternation(names) + r"\b")
        found = spans(old, texts)
        assert spans(new, texts) == found
        assert found or names is not every


def test_glued_sites_led_by_their_capital_match_as_before() -> None:
    from pipeline.extract.entities.gazetteer import load_json_data
    from pipeline.extract.entities.glued_sites_en import glued_site
    data = load_json_data("not_entities.en.json")
    tails = "|".join(sorted(map(re.escape, data.get("glued_site_tails", [])), key=len, reverse=True)) or "(?!)"
    compass = "|".join(map(re.escape, data.get("compass_words", []))) or "(?!)"
    old = re.compile(rf"(?<![\w·@#/.-])(?:(?!Mac[A-Z])[A-Z][a-z]{{2,}}(?:{tails})(?:(?=['’]s\b)|(?![A-Za-z_·'’@-]))"
                     rf"|[A-Z][A-Za-z]*(?:[ ][A-Z][A-Za-z]*){{0,2}}·(?i:{tails}|{compass})(?:\d(?!\d))?"
                     rf"(?![A-Za-z_·'’@-])(?!\d(?!\d)))")
    texts = real_texts() + [
        "MacPark McPark EcoPark WestPark's SunQuay I·PARK2 O·PARK118 Lantau·North Tai Po·North xEcoPark .EcoPark",
        "-EcoPark\nEcoPark MacQuay MacaPark Mac EcoParkx EcoPark_ EcoPark2 I·PARK22 A B C·park ·North ecoPark",
        "EcoPark", "Ab·North", "the new SmartPark and the I·PARK facilities; Once O·PARK2 opens",
    ]
    found = [[m.span() for m in old.finditer(text)] for text in texts]
    assert [[m.span() for m in glued_site("·" in text).finditer(text)] for text in texts] == found
    assert [[m.span() for m in glued_site().finditer(text)] for text in texts] == found
    assert sum(map(len, found)) > 10
    assert glued_site().pattern.startswith("[A-Z]") and "·(?i:" not in glued_site(False).pattern
