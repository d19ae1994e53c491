"""A web page's view counter (浏览次数：1192, 阅读量: 3056): the page states how many times it was read, a count
of views (the fc21 gold reads it so; words in figure_lexicon.zh.json "page_counters").

    浏览次数 : 1192  -> count 1192 view
    浏览次数:-       -> no figure (no number)
    阅读量：10万+    -> no figure (a rounded scale, no count the page states)
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.figures.reading_zh import FigureZh

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["page_counters"]


@lru_cache(maxsize=4)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alt})[ \t\u3000]*[:：][ \t\u3000]*([0-9]{{1,9}})(?![0-9.,，万萬亿億千])")


def page_counters(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """The counts of views a page's counter states in text[start:end] that no figure of `found` already covers."""
    lex = reader.lex["page_counters"]
    out = []
    for m in _pattern(tuple(lex["words"])).finditer(reader.text, start, end):
        s, e = m.start(1), m.end(1)
        if not any(f.start < e and s < f.end for f in found):
            out.append(FigureZh(s, e, "count", Decimal(m.group(1)), None, lex["unit"], "", ""))
    return out
