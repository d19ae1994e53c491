"""A Chinese figure that labels an annex, not a quantity (words in figure_lexicon.zh.json annex_heads):

    附件二列載的答覆 / 詳情見附錄3 / 見附表1 -> no figure: the number after 附件 / 附錄 / 附表 / 附圖 numbers the annex,
                                           like 'Annex 2' (a label, GUIDELINES: numbers inside names)

Called from afterpass_zh.second_look for each figure the scan found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["annex_label"]


def annex_label(reader: ZhReader, fig: FigureZh) -> bool:
    """Whether `fig` is the number of an annex (附件二: its number right after the annex word)."""
    return reader.before(fig.start, reader.lex["annex_heads"]) != ""
