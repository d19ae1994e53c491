"""The project's exception families; every message says what failed, where, and how to fix it."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class: an error the user can act on (shown without a traceback)."""


class ConfigError(PipelineError):
    """A bad option, flag or configuration file."""


class ModelError(PipelineError):
    """The spaCy model could not be loaded."""


class IngestError(PipelineError):
    """A document could not be read; the message becomes its `error` cell."""

    def __init__(self, message: str, status: str = "error") -> None:
        super().__init__(message)
        self.status = status


class DataFileError(PipelineError):
    """A rule or gazetteer data file is invalid (the message lists every bad line as file:line)."""


class GoldError(PipelineError):
    """A gold annotation file for `eval` is missing or malformed."""
