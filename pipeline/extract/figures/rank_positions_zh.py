"""A place in a ranking written without 第: 全省考核排名12位, 2016年排76名, 位列全国12位.

DECISIONS-zh 5: a rank position is an ordinal (全国第一), no figure; a move in rank (排名提升6位) is a count.
Chinese also writes the position with the bare number and 位 / 名 right after a verb of ranking (排名, 排位, 位列,
名列, 位居; 排 or 居 alone where a clause break or a year comes before them, 居 also where a scope word follows it), with at most a scope word between
(全省, 全国, 同类城市 …): the number is the position, no count of people. A verb of moving (排名提升6位, 前进7位) sits
between the ranking verb and the number, so the move keeps its count, unless 至/到 ends it (排名上升至12位: a move to a
position, lexicon moves_to); a cut-off (前10位) is read before this.
Words: figure_lexicon.zh.json rank_position_leads.

Called from afterpass_zh.second_look for each figure the scan found.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import lexicon

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["rank_position"]

_WINDOW = 14  # characters before the number: a verb of ranking and a scope word


@lru_cache(maxsize=1)
def _lead() -> re.Pattern[str]:
    """A verb of ranking, then an optional scope word, at the end of the window before the number (built once)."""
    lex = lexicon()["rank_position_leads"]
    verbs = "|".join(map(re.escape, sorted(lex["verbs"], key=len, reverse=True)))
    bare = "|".join(map(re.escape, lex["bare_verbs"]))
    opens = re.escape(lex["bare_verb_opens"])
    scopes = "|".join(map(re.escape, sorted(lex["scopes"], key=len, reverse=True)))
    scoped = "|".join(map(re.escape, lex["scoped_verbs"]))
    moves = "|".join(map(re.escape, sorted(lex["moves_to"], key=len, reverse=True)))
    tail = rf"(?:[^\W\d]{{0,4}}?(?:{scopes}))"
    after = re.escape(lex["verbs_not_after"])  # 安排議程: 'arrange the agenda', no verb of ranking
    return re.compile(rf"(?:(?<![{after}])(?:{verbs})|(?:^|(?<=[{opens}0-9０-９]))(?:{bare}))(?:{scopes})?(?:{moves})?{tail}?$"
                      rf"|(?:{scoped})(?:{scopes}){tail}?$")


def rank_position(reader: ZhReader, fig: FigureZh) -> bool:
    """Whether `fig` (a count ending in 位 / 名) is a place in a ranking (see the module note)."""
    if fig.kind != "count" or fig.value_max is not None or reader.text[fig.end - 1:fig.end] not in ("位", "名"):
        return False
    return bool(_lead().search(reader.text, max(0, fig.start - _WINDOW), fig.start))
