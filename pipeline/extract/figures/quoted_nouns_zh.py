"""A count written with a scale word right before a quoted noun (大約 20萬 “雙非嬰孩 ”, 逾3萬「新來港人士」): the text
quotes its term for the people or things it counts, and the noun that ends the quoted term is the unit (lexicon nouns),
as it is after a classifier (20萬名嬰孩). Layout spaces may stand inside the quotes; a quoted name that ends in no
counted noun (20萬“開心”) is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.figures.numbers_zh import parse_number
from pipeline.extract.figures.reading_zh import FigureZh

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["quoted_nouns"]

_COUNT_QUOTE = re.compile(r"([0-9０-９][0-9０-９.]*[ \t]*[萬万億亿])[ \t\u3000]*[“「]([^”」\n]{1,12}?)[ \t\u3000]*[”」]")


def quoted_nouns(reader: ZhReader, found: list[FigureZh], start: int, end: int) -> list[FigureZh]:
    """The counts before quoted nouns in text[start:end] that no figure of `found` covers."""
    text, lex = reader.text, reader.lex
    if "“" not in text[start:end] and "「" not in text[start:end]:
        return []
    out = []
    for m in _COUNT_QUOTE.finditer(text, start, end):
        inner = m.group(2)
        noun = next((n for n in lex["_nouns"] if inner.endswith(n)), "")
        s, e = m.start(1), m.end(1)
        value = parse_number(re.sub(r"[ \t]", "", m.group(1)))
        if noun and value is not None and not any(f.start < e and s < f.end for f in found):
            out.append(reader.finish(s, e, "count", value, None, lex["nouns"][noun], subject=noun))
    return out
