"""Stage 2, extract: `Document` → typed mentions (figures, places, institutions).

`extractor` runs one spaCy pipeline (statistical NER + sentencizer) and the rule recognizers of
`figures/` (English and Chinese figure grammars, number parsing) and `entities/` (gazetteers,
aliases, acronym references, Chinese matching); `chinese` routes Chinese blocks. spaCy is imported
only when a model is loaded.
"""

from pipeline.extract.entities import Entry, Gazetteer, load_gazetteer, parse_file
from pipeline.extract.extractor import Extractor, load_model

__all__ = ["Entry", "Extractor", "Gazetteer", "load_gazetteer", "load_model", "parse_file"]
