"""An honour list named by its size: 入选中国十大魅力小镇, 获评全国十大… — the N of N大 after a verb of being selected
and an optional scope word is part of the list's name (DECISIONS-zh 5: a ranking list named by a number, 中国企业500强,
gives no figure), not a count of items the text states.
Words: figure_lexicon.zh.json honour_lists.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import lexicon

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["honour_list"]


@lru_cache(maxsize=1)
def _lead() -> re.Pattern[str]:
    lex = lexicon()["honour_lists"]
    verbs = "|".join(map(re.escape, sorted(lex["verbs"], key=len, reverse=True)))
    scopes = "|".join(map(re.escape, sorted(lex["scopes"], key=len, reverse=True)))
    scoped = "|".join(map(re.escape, sorted(lex["scoped_verbs"], key=len, reverse=True)))
    return re.compile(rf"(?:(?:{verbs})[为為]?[“「]?(?:{scopes})?|(?:{scoped})[“「]?(?:{scopes}))$")


def honour_list(reader: ZhReader, first: int) -> bool:
    """Whether the N大 starting at `first` names an honour list (a verb of being selected and an optional scope, or a verb of winning and a scope, before it)."""
    return bool(_lead().search(reader.text, max(0, first - 10), first))
