"""An article of a law named by its number without 第: 二十三條立法, 《基本法》二十三條.

Hong Kong and Mainland writing names an article of a law by its bare number and 條 (the Basic Law's Article 23 is
二十三條 in '二十三條立法', 'legislation under Article 23'); like 第N條, that is a label, no count of items
(GUIDELINES: numbers inside names and legal citations are no figures). The number names an article where the law
is written right before it (基本法, 憲法, a title in 《》 that ends in 法 or 條例) or legislation follows it (立法).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import ZhReader

__all__ = ["article_number"]


def article_number(reader: ZhReader, first: int, after: int, cls: str) -> bool:
    """Whether the number at `first` with the classifier `cls` (ending at `after`) names an article of a law."""
    lex = reader.lex["article_numbers"]
    if cls not in lex["classifiers"]:
        return False
    return bool(reader.at(after, lex["after"]) or reader.before(first, lex["laws_before"]))
