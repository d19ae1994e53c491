"""Folded Chinese text + a document's matches → without the places that only open the name of something else.

Two facts of Chinese naming where a place written right before a word is part of a longer common name, not a mention:
- a named site directly before 体系 ('system') names a system or a network anchored on the site, a programme that
  other sites join (推动某某森林公园入选某某国家植物园体系: the park joins the garden's system) — the garden as a
  site (市民到某某国家植物园参观, 某某国家植物园建成开放) stays a place; only sites built by kind words (植物园, 公园,
  保护区 …: rules "site_ends") are read so, so a division before 体系 (香港金融体系, 'Hong Kong's financial system'
  is no such name: a word stands between) is never touched;
- a place directly before 肺炎 ('pneumonia') names a disease as the press named it (武汉肺炎, like 'Spanish flu'):
  the place inside it is no mention (DECISIONS-zh 21: a place inside a name does not count by itself); the place
  elsewhere in the text stays; before a word of cases or patients (香港肺炎个案, 北京肺炎患者: rules "case_words") the
  place locates the cases and stays a mention;
- a local area or zone directly before 枢纽 ('hub') names a planned hub of a development area (某某樞紐鄰近某站:
  one of a new town's hubs, a site of its own), one place spanning both, not the area it is named after; a city
  or any division before 枢纽 (某市枢纽, a transport hub) is left alone (rules "hub_types": the gazetteer types read so).
Rules: entities_zh.json "name_tails" (session 28, zhplfp).
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match


def name_tails(folded: str, matches: list[Match], rules: dict[str, Any],
               type_of: Callable[[str], str] | None = None) -> list[Match]:
    """`matches` less the places right before a tail word that makes them part of another thing's name, and with a
    local area before 枢纽 read as the hub named after it."""
    if not rules:
        return matches
    matches = _hubs(folded, matches, rules, type_of)
    site_tails, site_ends = tuple(rules.get("site_tails", ())), tuple(rules.get("site_ends", ()))
    any_tails, cases = tuple(rules.get("any_tails", ())), tuple(rules.get("case_words", ()))

    def tail(m: Match) -> bool:
        if m.label != "PLACE":
            return False
        if any_tails and folded.startswith(any_tails, m.end):  # 香港肺炎个案: cases located in the place, a mention
            return not (cases and any(folded.startswith(t + c, m.end) for t in any_tails for c in cases))
        return bool(site_tails) and folded.startswith(site_tails, m.end) and folded[m.start:m.end].endswith(site_ends)
    return [m for m in matches if not tail(m)]


def _hubs(folded: str, matches: list[Match], rules: dict[str, Any], type_of: Callable[[str], str] | None) -> list[Match]:
    words, types = tuple(rules.get("hub_words", ())), frozenset(rules.get("hub_types", ()))
    if not words or type_of is None:
        return matches
    out = []
    for m in matches:
        word = next((w for w in words if folded.startswith(w, m.end)), "")
        if word and m.label == "PLACE" and m.entity.startswith("id:") and type_of(m.entity[3:]) in types:
            m = Match(m.start, m.end + len(word), "", "PLACE", "", m.special, {**m.extra, "suffix": "1"})
        out.append(m)
    return out
