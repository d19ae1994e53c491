"""Folded Chinese text + name matches → the governments and ministries of countries: a country's name written
right before 政府 (日本政府, 美國政府, 英國政府, 中國政府) names that country's government, not the document's own;
before a Chinese central body's generic name (美國國務院, 英国财政部, 日本国会) that country's body of that kind.

政府 alone means the government of the document's locale (GUIDELINES-zh 13: 政府 in a Hong Kong text is the
SAR Government), but a country's name glued to it makes a name of its own. A country whose government the
gazetteer holds resolves to that entry (中國政府 → Central People's Government); any other keeps its name as
written. Rules: entities_zh.json "country_governments".
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.quoted_zh import Match


def country_governments(folded: str, matches: list[Match], entries: dict[str, Entry],
                        rules: dict[str, Any]) -> list[Match]:
    """`matches` with every country name + 政府 made one institution (the 政府 match is the locale alias)."""
    known: dict[str, str] = rules["country_governments"]["known"]
    heads = tuple(rules["country_governments"]["heads"])
    generic = set(rules["country_governments"]["bodies"])
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        country = entries.get(prev.entity[3:]) if prev is not None and prev.entity.startswith("id:") else None
        if prev is not None and country is not None and country.type == "country" and prev.end == m.start and \
                m.special == "locale" and m.alias in heads:
            own = known.get(country.id, "")
            out[-1] = Match(prev.start, m.end, f"id:{own}" if own in entries else "", "INSTITUTION",
                            folded[prev.start:m.end], "", {"government": "1"})
            continue
        body = entries.get(m.entity[3:]) if m.entity.startswith("id:") else None
        if prev is not None and country is not None and country.type == "country" and prev.end == m.start and \
                country.id not in known and body is not None and body.table == "institution" and \
                body.country_code == "CN" and m.alias in generic:  # 美國國務院: the US's, not the State Council
            out[-1] = Match(prev.start, m.end, "", "INSTITUTION", "", "", {"government": "1"})
            continue
        out.append(m)
    return out
