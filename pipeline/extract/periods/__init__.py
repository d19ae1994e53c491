"""Figure periods (issue 18): document text + figure spans → the normalized period each figure holds for.

`model` holds the records (`FigureSpan`, `When`, `TimeExpr`) and the English lexicon; `english` finds
English time expressions (its core grammar in `grammar_en`; words in pipeline/data/periods.en.json),
`chinese` Chinese ones (periods.zh.json); `scope` decides which time covers which figure in its sentence
(`clauses` reads its clauses, `resolve` anchors relative times and durations, `patterns` compiles the
scope words); `structure` reads headings, list lead-ins and tab-separated table rows. Public face:
`figure_periods` for a document's figures, `period_of_header` for a table's column or row header and
`is_change_header` for a 'Change' column (the table readers call them).
"""

from pipeline.extract.periods.english import find_times
from pipeline.extract.periods.scope import (
    FigureSpan,
    figure_periods,
    is_change_header,
    period_of_header,
    sentence_periods,
)

__all__ = ["FigureSpan", "figure_periods", "find_times", "is_change_header", "period_of_header", "sentence_periods"]
