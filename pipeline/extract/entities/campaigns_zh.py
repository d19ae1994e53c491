"""Chinese place matches → without the known places that only name a campaign (绿美揭阳生态建设, 平安某某建设).

A Mainland report names its campaigns by a quality and the place it is for: 绿美广东生态建设 ('a green and beautiful
Guangdong', the province's greening campaign, run by every city as 绿美揭阳, 绿美肇庆), 平安中国, 法治广东, 幸福东莞.
The campaign's name is a designation (DECISIONS 21): the place right after the quality word is inside it, no mention
of the place (as the report's own division written short after one is not: written_short_zh.own_short). Only
gazetteer places are dropped (a name built on a suffix, 美丽乡村, is no such place); the qualities are data
(pipeline/data/entities_zh.json, "written_short_forms" "campaign_before").
"""

from __future__ import annotations

from pipeline.extract.entities.quoted_zh import Match


def campaign_names(folded: str, matches: list[Match], qualities: tuple[str, ...]) -> list[Match]:
    """`matches` less the gazetteer places written right after a campaign's quality word (绿美 + 揭阳)."""
    return [m for m in matches if not (m.label == "PLACE" and m.entity.startswith("id:") and
                                       folded.endswith(qualities, 0, m.start))]
