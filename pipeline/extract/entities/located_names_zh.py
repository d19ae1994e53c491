"""Chinese entity mentions → a place written with and without the places that locate it is one place (某市某县某某园).

A report names a park or a site once with the city or county that holds it and once without (茂名高州市某某产业园,
高州某某产业园, 某某产业园): the names differ only by known places written before them, and they are one place. A name no
gazetteer knows takes its canonical as written, so each form would be an entity of its own; here two unknown place
names whose cores agree share one canonical, the first mention's. The core is what is left after the known places
written at a name's start (the surfaces of the text's gazetteer place mentions, longest first, repeatedly, each with
the level character written after a short form: 高州 + 市). Only a
core that is a proper name is compared: at least `_MIN_CORE` characters, not opening with a frequent word (经济技术开发区
after two different cities names two zones: 经济 is an everyday word) — word_bounds_zh.frequent_words.
A town written in full (某某镇, 某某街道) and by its short name (某某) in the same text is one place too (`town_short_forms`):
the short name takes the full name's canonical, also where a Hong Kong or Macao place of that name matched it (小榄 in a
Zhongshan town's profile is the town, no Hong Kong 小欖).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.entities.word_bounds_zh import frequent_words
from pipeline.lang import fold
from pipeline.records import EntityMention

_MIN_CORE = 5
_TOWN_ENDS = ("镇", "街道")
_ELSEWHERE = ("HK", "MO")
_LEVELS = "省市县区镇"


def located_canonicals(mentions: list[EntityMention], locale: str = "") -> list[EntityMention]:
    """`mentions` with the unknown place names that share a core given the first such mention's canonical."""
    mentions = town_short_forms(mentions, locale)
    unknown = [m for m in mentions if m.label == "PLACE" and not m.entity_id and not m.gazetteer_id and m.canonical]
    if len(unknown) < 2:
        return mentions
    known = sorted({fold(m.text) for m in mentions if m.label == "PLACE" and m.gazetteer_id and len(m.text) >= 2},
                   key=len, reverse=True)
    frequent = frequent_words()

    def core(name: str) -> tuple[tuple[str, ...], str]:
        """The places stripped from `name`'s start (levels dropped) and what is left."""
        name, leads = fold(name), []
        while (lead := next((k for k in known if name.startswith(k) and len(name) - len(k) >= _MIN_CORE), "")):
            name = name[len(lead):]
            leads.append(lead.rstrip(_LEVELS) or lead)
            if name[:1] in _LEVELS and lead[-1] not in _LEVELS and len(name) > _MIN_CORE:
                name = name[1:]  # 高州 written 高州市 before the park: the level goes with the place
        return tuple(leads), name

    def nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        # 茂名高州某园, 高州某园, 某园: one locates the other; 汕头某区 and 揭阳某区 are two cities' zones
        return a[len(a) - len(b):] == b if len(a) >= len(b) else b[len(b) - len(a):] == a
    firsts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    renamed: dict[str, str] = {}
    for m in sorted(unknown, key=lambda m: m.start):
        leads, c = core(m.canonical)
        if len(c) < _MIN_CORE or c[:2] in frequent or c[:3] in frequent or m.canonical in renamed:
            continue
        seen = firsts.setdefault(c, [])
        renamed[m.canonical] = next((name for lds, name in seen if nested(lds, leads)), m.canonical)
        seen.append((leads, m.canonical))
    if all(k == v for k, v in renamed.items()):
        return mentions
    unknown_ids = {id(m) for m in unknown}
    return [replace(m, canonical=renamed[m.canonical]) if id(m) in unknown_ids and
            renamed.get(m.canonical, m.canonical) != m.canonical else m for m in mentions]


_VILLAGE_WORDS = ("村", "社区")  # a short name a list's count and kind named a village or community (counted_lists_zh)


def town_short_forms(mentions: list[EntityMention], locale: str = "") -> list[EntityMention]:
    """`mentions` with a town's short name given the canonical of the town written in full in the text (see the module):
    only a short name that is unknown or a Hong Kong or Macao place's outside a text of that place's own locale (沙田 in
    a Hong Kong text is Sha Tin even where 東莞沙田鎮 is named too), and a full name no gazetteer knows."""
    towns = {fold(m.text)[:-len(end)]: m.canonical for m in mentions for end in _TOWN_ENDS
             if m.label == "PLACE" and not m.gazetteer_id and m.canonical and fold(m.text).endswith(end)
             and len(m.text) - len(end) >= 2}
    if not towns:
        return mentions
    return [replace(m, entity_id="", gazetteer_id="", canonical=towns[fold(m.text)], type="", country_code="",
                    acronym="") if m.label == "PLACE" and fold(m.text) in towns and m.canonical != towns[fold(m.text)]
            and (not m.gazetteer_id or m.country_code in _ELSEWHERE and m.country_code.lower() != locale.lower())
            and fold(m.canonical)[len(m.text):] not in _VILLAGE_WORDS  # 黄溪口 of 甲、黄溪口4村: the village, named so
            else m for m in mentions]
