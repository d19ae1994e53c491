"""Chinese matches → a division written right before a place inside it, one place (广州番禺, 深圳前海, 茂名高州).

A report writes a district, zone or county-level city after the city (or province) that holds it, with no separator:
在广州番禺对口帮扶下, 深圳前海, 亲自挂点联系茂名高州. The two names are one place, the inner one, and the written span is
its name: the longest span wins (lead's ruling, session 11: 汕尾市红海湾经济开发区 is one place). So does a city before a
zone's name that opens with a district of that city (广州南沙某某全面合作示范区: the zone is Nansha's, its name the city's). The gazetteer's
parent chain says which place holds which, so a list written without separators (广州深圳) stays two places, and a
country or a province before its city (中国深圳, 广东深圳) is not joined (the province is a mention of its own, as the
older gold reads it), nor a city before a river or hill in it (a natural feature is no part of the city's name). An address
of full division names (汕头市潮阳区谷饶镇: 市, 区, 镇 each written) stays its parts, as before: only a city written
by its short name joins a division after it; a zone or site (not a division) joins a city in either form.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract.entities.quoted_zh import Match

_OUTER_TYPES = ("prefecture", "prefecture-level city", "municipality", "city")
# an autonomous county or banner is a county-level division as a county is (贺州市富川瑶族自治县: the city and the county,
# two places, as 茂名市电白区 is)
_DIVISION_TYPES = ("county", "district", "county-level city", "town", "township", "subdistrict", "autonomous county",
                   "banner", "autonomous banner", "forestry district", "special district", *_OUTER_TYPES)
_NATURAL_TYPES = ("river", "lake", "sea", "bay", "strait", "reservoir", "mountain", "island", "water")
_LEVELS = "省市县区縣區"


def nested_places(folded: str, matches: list[Match], ancestors: Callable[[str], list[str]],
                  type_of: Callable[[str], str], place_id: Callable[[str], str] = lambda _: "") -> list[Match]:
    """`matches` with each place directly followed by a place it holds made one match of the inner place, and a city
    directly followed by a body named after a division inside it made part of that body's name (汕头市龙湖区人民政府
    区长: the district's government, 汕头市 no mention of its own; `place_id`: the id a folded name is known by)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PLACE" and m.label == "INSTITUTION" and prev.end == m.start and \
                prev.entity.startswith("id:") and type_of(prev.entity[3:]) in _OUTER_TYPES and any(
                folded[m.start + n - 1] in _LEVELS and prev.entity[3:] in ancestors(place_id(folded[m.start:m.start + n]))[1:]
                for n in (2, 3, 4) if m.start + n <= m.end):
            m.start = prev.start
            out[-1] = m
            continue
        if prev is not None and prev.label == m.label == "PLACE" and prev.end == m.start and \
                prev.entity.startswith("id:") and m.entity.startswith("id:") and \
                type_of(prev.entity[3:]) in _OUTER_TYPES and prev.entity[3:] in ancestors(m.entity[3:])[1:] and \
                type_of(m.entity[3:]) not in _NATURAL_TYPES and \
                (folded[prev.end - 1] not in _LEVELS or type_of(m.entity[3:]) not in _DIVISION_TYPES):
            m.start = prev.start
            out[-1] = m
            continue
        if prev is not None and prev.label == m.label == "PLACE" and prev.end == m.start and not m.entity and \
                prev.entity.startswith("id:") and type_of(prev.entity[3:]) in _OUTER_TYPES and any(
                prev.entity[3:] in ancestors(place_id(folded[m.start:m.start + n]))[1:] for n in (2, 3, 4)
                if m.start + n < m.end):  # 广州 + 南沙某某示范区: a zone named by a district of the city before it
            m.start = prev.start
            out[-1] = m
            continue
        out.append(m)
    return out
