"""Chinese matches of one document → a Hong Kong district's bare name + a locality in it, written as one list item, one
place (沙田水泉澳, 元朗東頭: the longest span, README's session-11 ruling applied to Hong Kong texts).

Hong Kong writes a locality after the district that holds it (荃灣大窩口及元朗東頭, 位於大欖及沙田水泉澳). Where the
locality is no gazetteer name, the district's match stops short and the locality is lost, the district listed in its
stead. So a district's bare name (no 區 after it) followed by two or three Chinese characters that end a list item
(、 及 和 與 ， 。 …) is one place with them, when those characters are no common word (沙田居民、: jieba's reviewed
dictionary, zh_common_words.json; 東部, 西北 are in it), hold no other match, open with neither 區 / 市 (元朗市區) nor
a conjunction or particle (大埔和太和, 屯門等地區) and end in no street word (元朗福康街: 街, 路, 道; a street is no
place, DECISIONS 20). Compass points alone after the district (元朗南、, 元朗西北，) are read by compass_zh. Rules are
data (entities_zh.json "district_localities"). An item opened by a preposition (在, 於) and closed by a clause's
punctuation (，。；) is no list item but a clause (在元朗建屋，: the district, then a verb and its object).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.quoted_zh import Match

_CJK = re.compile(r"[\u4e00-\u9fff]+")


def district_localities(folded: str, matches: list[Match], districts: dict[str, str], rules: dict[str, Any]
                        ) -> list[Match]:
    """`matches` with each district + locality list item made one place (no gazetteer id: named as written)."""
    words = common_words(str(rules["common_words"]))
    ends, not_first, not_last = str(rules["item_ends"]), str(rules["not_first"]), str(rules["not_last"])
    compass = set(str(rules["compass"]))
    opens, clause_ends = str(rules["clause_opens"]), str(rules["clause_ends"])
    starts = {m.start for m in matches}
    for m in matches:
        if m.label != "PLACE" or folded[m.start:m.end] not in districts:
            continue
        for n in (3, 2):
            w, e = folded[m.end:m.end + n], m.end + n
            if _CJK.fullmatch(w) and len(w) == n and folded[e:e + 1] in ends and folded[e:e + 1] and \
                    w not in words and w[0] not in not_first and w[-1] not in not_last and not set(w) <= compass and \
                    not any(m.end <= s < e for s in starts) and \
                    not (m.start > 0 and folded[m.start - 1] in opens and folded[e:e + 1] in clause_ends):
                m.end, m.entity, m.alias = e, "", ""
                break
    return matches
