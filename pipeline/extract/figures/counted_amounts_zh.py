"""An amount of money inside the noun a count counts: 三個超千億元產業, 10個億元以上項目.

A count's noun may be classed by its value (industries of over 100 billion yuan, projects of 100 million yuan or
more); the count keeps its noun, and the class is a figure of its own, money like the size class 百億級 (README,
session 17: a size class by value is money). The scan reads the count whole and goes on after it, so the amount is
read here: a number inside the count's noun that reads as money, with its qualifier (超, 以上).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from pipeline.extract.figures.reading_zh import FigureZh, ZhReader

__all__ = ["amounts_in_counts"]


def amounts_in_counts(reader: ZhReader, found: list[FigureZh],
                      figure_at: Callable[[int, int], FigureZh | None]) -> list[FigureZh]:
    """The money figures that sit inside the noun of a count in `found` (none already found there)."""
    out: list[FigureZh] = []
    for fig in found:
        if fig.kind != "count" or "元" not in reader.text[fig.start:fig.end]:
            continue
        first = reader.num_re.search(reader.text, fig.start, fig.end)
        if first is None:
            continue
        m = reader.num_re.search(reader.text, first.end(), fig.end)
        while m is not None:
            inner = figure_at(m.start(), fig.end + 4)
            if inner is not None and inner.kind == "money" and fig.start < inner.start and inner.end <= fig.end + 2:
                out.append(inner)
                break
            m = reader.num_re.search(reader.text, m.end(), fig.end)
    return out
