"""Places and institutions: gazetteers (data in pipeline/data), alias matching, acronym references, Chinese matching."""

from pipeline.extract.entities.gazetteer import Entry, Gazetteer, load_gazetteer, parse_file

__all__ = ["Entry", "Gazetteer", "load_gazetteer", "parse_file"]
