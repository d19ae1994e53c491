"""Figure recognizers: the English reader (`english`, `reader`, `numbers`) and the Chinese one (`chinese`, `numbers_zh`)."""

from pipeline.extract.figures.english import find_figures, infer_currency

__all__ = ["find_figures", "infer_currency"]
