"""Figure recognizers: the English reader (`english`, `reader`, `numbers`) and the Chinese one (`chinese`, `numbers_zh`)."""

from pipeline.extract.figures.english import find_figures, infer_currency
from pipeline.extract.figures.numbers_zh import header_money_words

__all__ = ["find_figures", "header_money_words", "infer_currency"]
