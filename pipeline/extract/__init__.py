"""Stage 2, extract: `Document` → typed mentions (figures, places, institutions).

`extractor` runs one spaCy pipeline (statistical NER + sentencizer) and the rule recognizers of
`figures/` (English and Chinese figure grammars, number parsing) and `entities/` (gazetteers,
aliases, acronym references, Chinese matching); `chinese` routes Chinese blocks; `periods/` reads the
period each figure holds for (`figure_periods`, `period_of_header` for table headers). spaCy is imported
only when a model is loaded.
"""

from pipeline.extract.entities import Entry, Gazetteer, load_gazetteer, parse_file
from pipeline.extract.extractor import Extractor, load_model
from pipeline.extract.figures import header_money_words
from pipeline.extract.periods import (
    FigureSpan,
    figure_periods,
    is_change_header,
    period_of_header,
)

__all__ = ["Entry", "Extractor", "FigureSpan", "Gazetteer", "figure_periods", "header_money_words",
           "is_change_header", "load_gazetteer",
           "load_model", "parse_file", "period_of_header"]
