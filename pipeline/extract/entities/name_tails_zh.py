"""Folded Chinese text + a document's matches → without the places that only open the name of something else.

Two facts of Chinese naming where a place written right before a word is part of a longer common name, not a mention:
- a named site directly before 体系 ('system') names a system or a network anchored on the site, a programme that
  other sites join (推动某某森林公园入选某某国家植物园体系: the park joins the garden's system) — the garden as a
  site (市民到某某国家植物园参观, 某某国家植物园建成开放) stays a place; only sites built by kind words (植物园, 公园,
  保护区 …: rules "site_ends") are read so, so a division before 体系 (香港金融体系, 'Hong Kong's financial system'
  is no such name: a word stands between) is never touched;
- a place directly before 肺炎 ('pneumonia') names a disease as the press named it (武汉肺炎, like 'Spanish flu'):
  the place inside it is no mention (DECISIONS-zh 21: a place inside a name does not count by itself); the place
  elsewhere in the text stays.
Rules: entities_zh.json "name_tails" (session 28, zhplfp).
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def name_tails(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places right before a tail word that makes them part of another thing's name."""
    if not rules:
        return matches
    site_tails, site_ends = tuple(rules.get("site_tails", ())), tuple(rules.get("site_ends", ()))
    any_tails = tuple(rules.get("any_tails", ()))

    def tail(m: Match) -> bool:
        if m.label != "PLACE":
            return False
        if any_tails and folded.startswith(any_tails, m.end):
            return True
        return bool(site_tails) and folded.startswith(site_tails, m.end) and folded[m.start:m.end].endswith(site_ends)
    return [m for m in matches if not tail(m)]
