"""The typed records that stages exchange (frozen dataclasses) and the table contract."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageSpan:
    """Characters [start, end) of a document's text come from 1-based `page`."""

    page: int
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One input file after ingest: normalized text plus provenance."""

    doc_id: str
    source: str
    format: str
    title: str
    text: str
    sha256: str
    pages: int | None = None
    page_spans: tuple[PageSpan, ...] = ()
    status: str = "ok"
    error: str = ""
    encoding: str = ""

    def page_of(self, offset: int) -> int | None:
        for span in self.page_spans:
            if span.start <= offset < span.end:
                return span.page
        if self.page_spans and offset >= self.page_spans[-1].end:
            return self.page_spans[-1].page
        return None


@dataclass(frozen=True)
class Mention:
    """A span of a document's text that names a figure, place or institution.

    `label` is FIGURE, PLACE or INSTITUTION; `hints` carries what the recognizer already
    knows (gazetteer id, entity label, figure kind) as sorted key/value pairs.
    """

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    method: str
    confidence: float
    hints: tuple[tuple[str, str], ...] = ()

    def hint(self, key: str, default: str = "") -> str:
        for k, v in self.hints:
            if k == key:
                return v
        return default


@dataclass(frozen=True)
class Figure:
    mention_id: str
    doc_id: str
    source: str
    page: int | None
    start: int
    end: int
    text: str
    kind: str
    value: float | None
    value_max: float | None
    unit: str
    qualifier: str
    subject: str
    sentence: str
    method: str
    confidence: float


@dataclass(frozen=True)
class Place:
    mention_id: str
    doc_id: str
    source: str
    page: int | None
    start: int
    end: int
    text: str
    canonical: str
    place_type: str
    country_code: str
    method: str
    confidence: float
    entity_id: str = ""


@dataclass(frozen=True)
class Institution:
    mention_id: str
    doc_id: str
    source: str
    page: int | None
    start: int
    end: int
    text: str
    canonical: str
    acronym: str
    institution_type: str
    method: str
    confidence: float
    entity_id: str = ""


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document contributes to the tables."""

    document: Document
    figures: tuple[Figure, ...] = ()
    places: tuple[Place, ...] = ()
    institutions: tuple[Institution, ...] = ()
    processed_at: str = ""
    pipeline_version: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


# The table contract: exact file names and column order.
DOCUMENT_COLUMNS = (
    "doc_id", "source", "format", "title", "pages", "n_chars", "n_words", "sha256",
    "status", "error", "pipeline_version", "processed_at",
)
FIGURE_COLUMNS = (
    "mention_id", "doc_id", "source", "page", "start", "end", "text", "kind", "value",
    "value_max", "unit", "qualifier", "subject", "sentence", "method", "confidence",
)
PLACE_COLUMNS = (
    "mention_id", "doc_id", "source", "page", "start", "end", "text", "canonical",
    "place_type", "country_code", "method", "confidence",
)
INSTITUTION_COLUMNS = (
    "mention_id", "doc_id", "source", "page", "start", "end", "text", "canonical",
    "acronym", "institution_type", "method", "confidence",
)
TABLES = {
    "documents": DOCUMENT_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "places": PLACE_COLUMNS,
    "institutions": INSTITUTION_COLUMNS,
}
FIGURE_KINDS = (
    "money", "count", "area", "length", "volume", "mass", "energy", "power", "speed",
    "percent", "fraction", "ratio", "duration", "quantity",
)
