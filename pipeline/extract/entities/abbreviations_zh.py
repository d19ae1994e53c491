"""Folded Chinese text + the matches found in it → single-character place abbreviations after a verb of travel.

Chinese writes a place by one character after a verb of coming and going: 訪港旅客, 來港投資, 赴港, 抵港, 返港
(Hong Kong); 來琼, 在琼 (Hainan). DECISIONS rule 30 makes them aliases of the place. The character alone is
also the head of many words (港口, 港區, 港鐵, 港人 …), so it counts only right after one of its verbs and not
before one of its blocked next characters, and only in a document of one of its locales (a Mainland report's
船舶離港 leaves a port). Rules are data (pipeline/data/entities_zh.json, "verb_abbreviations").
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def verb_abbreviations(folded: str, matches: list[Match], locale: str, rules: dict[str, Any]) -> list[Match]:
    """`matches` with a PLACE match added for each abbreviation written after one of its verbs."""
    taken = [(m.start, m.end) for m in matches]
    added = []
    for char, rule in rules.items():
        if char.startswith("_") or locale not in rule["locales"]:
            continue
        verbs, blocked = tuple(rule["verbs"]), tuple(rule["not_before"])
        i = folded.find(char, 1)
        while i > 0:
            if folded.endswith(verbs, 0, i) and not folded.startswith(blocked, i + 1) and \
                    not any(s <= i < e for s, e in taken):
                added.append(Match(i, i + 1, f"id:{rule['entity']}", "PLACE", char))
            i = folded.find(char, i + 1)
    return sorted(matches + added, key=lambda m: m.start) if added else matches
