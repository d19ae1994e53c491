"""Chinese place matches → without the countries written as a nationality (葡萄牙人, 英國人: 'the Portuguese').

A country's name + 人 ('person') names its people, a demonym; GUIDELINES: demonyms are no place mentions (as
'American' is not). 人 starting a longer word keeps the place: 中国人民银行 (人民), 日本人口 (the population of Japan,
the country as a modifier), 英国人才 (talent), 美国人工智能 (AI). Only gazetteer entries of the types given
(countries) are read so; 香港人 / 港人 are left to the Hong Kong rules. Rules are data (pipeline/data/entities_zh.json,
"demonyms").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def drop_demonyms(folded: str, matches: list[Match], type_of: Callable[[str], str], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the country names written before 人 as a nationality."""
    people, kept, types = rules["person"], rules["not_before"], set(rules["types"])
    return [m for m in matches if not (
        m.label == "PLACE" and folded.startswith(people, m.end) and folded[m.end + 1:m.end + 2] not in kept
        and m.entity.startswith("id:") and type_of(m.entity[3:]) in types)]
