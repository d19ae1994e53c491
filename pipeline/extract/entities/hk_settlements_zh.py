"""Folded Chinese text + the matches found in it → the matches with a locale's own reading of settlements.

Hong Kong has no 社區 division (the Mainland's village-level community, read by the suffix 社区): in a Hong Kong
text 天水圍社區 / 東涌社區 is 'the community' of a known area, that area (DECISIONS 24, as 某市都市区 is the city),
and an unknown name + 社區 names no place. 新圍村 / 老圍村 are 'the new / old walled village' as a kind in a
Guangdong county text (suffix_kind_bodies 村), but recognised villages of the New Territories (San Wai Tsuen,
Lo Wai Tsuen) written bare in a Hong Kong one. Rules are data (pipeline/data/entities_zh.json, "locale_settlements").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def locale_settlements(folded: str, matches: list[Match], locale: str, rules: dict[str, Any],
                       place_id: Callable[[str], str]) -> list[Match]:
    """`matches` with an unknown place X + a community suffix read as the known place X (else dropped), and the
    locale's listed village names, written outside any match, added as places, in a document of that locale."""
    rule = rules.get(locale)
    if not isinstance(rule, dict):
        return matches
    suffixes = tuple(rule.get("community_suffixes", ()))
    out = []
    for m in matches:
        suffix = next((s for s in suffixes if folded.endswith(s, m.start, m.end)), "") \
            if m.label == "PLACE" and not m.entity.startswith("id:") else ""
        if not suffix:
            out.append(m)
        elif eid := place_id(folded[m.start:m.end - len(suffix)]):
            out.append(Match(m.start, m.end - len(suffix), f"id:{eid}", "PLACE", folded[m.start:m.end - len(suffix)]))
    taken = [(m.start, m.end) for m in out]
    for name in rule.get("villages", ()):
        i = folded.find(name)
        while i >= 0:
            if not any(s < i + len(name) and i < e for s, e in taken):
                out.append(Match(i, i + len(name), "", "PLACE", "", "", {"suffix": "1"}))
            i = folded.find(name, i + 1)
    return sorted(out, key=lambda m: m.start)
