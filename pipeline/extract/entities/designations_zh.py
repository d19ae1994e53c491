"""Chinese place matches → without the country or province that only opens a designation's or a ranking's name.

A title conferred on a place, a firm or a project is named by the level that confers it, written first and run
together with the title's words: 广东省全域旅游示范区, 国家生态文明建设示范市, 中国骨干冷链运输基地, 中国企业“走出去”
综合服务基地, 中国民企500强, 广东百强企业. The place there only qualifies the title (GUIDELINES: a place named only
inside a longer name is not listed; DECISIONS-zh 21 designations, 5 a ranking named by a number is a name), as it
does in an honour's name (positioning_zh `honour_after`). A place is in such a title when the words after it run,
unbroken by punctuation, a function word or a verb that makes the place the actor (建设, 打造, 成为, 获评 …, and
jieba's verbs: 跻身, 共建),
to a designation's head (示范区, 示范市, 基地, 典型案例) or a ranking (N强, 百强). A scope word between them (首个, 首批,
唯一, 第一: 广东省首个某某示范基地 'Guangdong's first …') makes the place the scope of an ordinal, a modifier that still
counts (DECISIONS-zh 22), and so does 的. Data: pipeline/data/entities_zh.json "designation_after".
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs
from pipeline.extract.entities.quoted_zh import Match


_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")


@lru_cache(maxsize=4)
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def designation_places(folded: str, matches: list[Match], pattern: str) -> list[Match]:
    """`matches` less the gazetteer places that open a designation's or a ranking's name."""
    after = _pattern(pattern)
    verbs = clause_verbs("zh_clause_verbs.json")

    def titled(m: Match) -> bool:  # 简阳市跻身全国百强县: a verb (jieba's) in the run makes the place its actor
        run = after.match(folded, m.end) if m.label == "PLACE" and m.entity.startswith("id:") else None
        return run is not None and not clause_end(_QUOTED.sub("，", run.group()), verbs)  # “走出去”: the slogan's own
    return [m for m in matches if not titled(m)]
