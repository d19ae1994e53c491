"""Chinese place matches → without the known places that only name a campaign (绿美揭阳生态建设, 平安某某建设).

A Mainland report names its campaigns by a quality and the place it is for: 绿美广东生态建设 ('a green and beautiful
Guangdong', the province's greening campaign, run by every city as 绿美揭阳, 绿美肇庆), 平安中国, 法治广东, 幸福东莞.
The campaign's name is a designation (DECISIONS 21): the place right after the quality word is inside it, no mention
of the place (as the report's own division written short after one is not: written_short_zh.own_short). Only
gazetteer places are dropped (a name built on a suffix, 美丽乡村, is no such place); the qualities are data
(pipeline/data/entities_zh.json, "written_short_forms" "campaign_before"). Some qualities (活力, 健康, 数字) also end
an ordinary clause (激发市场活力广州持续领跑: 广州 is the subject): after one of them ("campaign_plain") the place is
dropped only where a campaign's head is written just before the quality or right after the place (建设健康广州,
数字广东建设: "campaign_heads"; 提升居民健康深圳加快建设: a clause).
"""

from __future__ import annotations

from pipeline.extract.entities.quoted_zh import Match


def campaign_names(folded: str, matches: list[Match], qualities: tuple[str, ...],
                   plain: tuple[str, ...] = (), heads: tuple[str, ...] = ()) -> list[Match]:
    """`matches` less the gazetteer places written right after a campaign's quality word (绿美 + 揭阳); after a
    `plain` quality only with one of `heads` near."""
    def campaign(m: Match) -> bool:
        quality = next((q for q in qualities if folded.endswith(q, 0, m.start)), "")
        if not quality or quality not in plain:
            return bool(quality)
        q = m.start - len(quality)
        return folded.endswith(heads, 0, q) or folded.startswith(heads, m.end)
    return [m for m in matches if not (m.label == "PLACE" and m.entity.startswith("id:") and campaign(m))]
