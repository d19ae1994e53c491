"""Folded Chinese text + built place names → a station named with its operator's word takes the plain station's name.

Hong Kong writes a station with or without its operator's word: 調景嶺港鐵站 and 調景嶺站, 大埔墟鐵路站 and 大埔墟站
name one station (the railway's word says which kind of 站 it is, as 港鐵 does before the name: 港鐵調景嶺站). So one
station is one row: the built name with the word (港鐵站, 地鐵站, 鐵路站, 輕鐵站 …) takes the plain name's canonical
(the words are data: pipeline/data/entities_zh.json, "place_names": "operator_station_words").
"""

from __future__ import annotations

from pipeline.extract.entities.quoted_zh import Match


def operator_stations(text: str, folded: str, matches: list[Match], words: list[str]) -> list[Match]:
    """Give each built station name written with an operator's word the plain station name (in place)."""
    for m in matches:
        name = folded[m.start:m.end]
        word = next((w for w in words if name.endswith(w + "站") and len(name) > len(w) + 2), "")
        if m.label == "PLACE" and not m.entity and word and "canonical_name" not in m.extra:
            m.extra["canonical_name"] = text[m.start:m.end - len(word) - 1] + text[m.end - 1]
    return matches
