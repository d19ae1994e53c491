"""Folded Chinese text + name matches → the governments and ministries of countries: a country's name written
right before 政府 (日本政府, 美國政府, 英國政府, 中國政府) names that country's government, not the document's own;
before a Chinese central body's generic name (美國國務院, 英国财政部, 日本国会) that country's body of that kind;
before a ministry's or agency's own name (新加坡國家發展部, 日本外务省) that body; 甲国驻乙国大使馆 an embassy (but an
office 駐 a region that holds several such offices, 香港駐內地辦事處, is a kind of office, no one body).

政府 alone means the government of the document's locale (GUIDELINES-zh 13: 政府 in a Hong Kong text is the
SAR Government), but a country's name glued to it makes a name of its own. A country whose government the
gazetteer holds resolves to that entry (中國政府 → Central People's Government); any other keeps its name as
written. Rules: entities_zh.json "country_governments".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.quoted_zh import Match


def country_governments(folded: str, matches: list[Match], entries: dict[str, Entry],
                        rules: dict[str, Any]) -> list[Match]:
    """`matches` with every country name + 政府 made one institution (the 政府 match is the locale alias)."""
    known: dict[str, str] = rules["country_governments"]["known"]
    heads = tuple(rules["country_governments"]["heads"])
    generic = set(rules["country_governments"]["bodies"])
    verbs = tuple(rules["name_body_verbs"])
    own_ok = set(rules["country_governments"]["own_body_skip"])  # China's bodies are the gazetteer's
    false_words = tuple(rules["suffix_false_words"])  # 美国总统签署: 签署 'signs', no 署
    embassy = re.compile(rules["country_governments"]["embassy"])
    own_body = re.compile(rules["country_governments"]["own_body"])
    senders = set(rules["country_governments"]["embassy_senders"])
    kinds = set(rules["country_governments"]["embassy_kind_places"])  # 香港駐內地辦事處: a kind of office
    out: list[Match] = []
    for n, m in enumerate(matches):
        country = entries.get(m.entity[3:]) if m.entity.startswith("id:") else None
        sender = m.special == "locale" and m.alias.endswith("政府") or m.entity[3:] in senders  # 特區政府駐曼谷經貿辦事處
        if country is not None and country.type == "country" or sender:
            nxt = matches[n + 1] if n + 1 < len(matches) else None
            e = embassy.match(folded, nxt.end) if nxt is not None and nxt.label == "PLACE" and \
                folded[m.end:nxt.start] in ("驻", "駐") and nxt.entity[3:] not in kinds else None
            if e is not None:  # 中国驻新加坡大使馆: a country's embassy in another
                out.append(Match(m.start, e.end(), "", "INSTITUTION", "", "", {"government": "1", "until": str(e.end())}))
                continue
        if country is not None and country.type == "country":
            b = own_body.match(folded, m.end) if country.id not in own_ok else None
            if b is not None and not any(v in b.group(1) for v in verbs) and not b.group().endswith(false_words) and \
                    not any(x.start < b.end() for x in matches[n + 1:n + 3] if x.start >= m.end):  # 美国政府的…部
                out.append(Match(m.start, b.end(), "", "INSTITUTION", "", "", {"government": "1", "until": str(b.end())}))
                continue  # 新加坡国家发展部, 日本外务省: another country's ministry by its own name
        if out and "until" in out[-1].extra and m.start < int(out[-1].extra["until"]):
            continue
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
