"""The typed records that stages exchange (frozen dataclasses) and the table contract."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any, Union


@dataclass(frozen=True)
class PageSpan:
    """Characters [start, end) of a document's text come from 1-based `page`."""

    page: int
    start: int
    end: int


@dataclass(frozen=True)
class BoxRun:
    """Characters [start, end) of a document's text lie on one line of PDF page `page`.

    `xs` holds x0, x1 of every character in turn (PDF points, origin top-left like pdfplumber);
    `top`/`bottom` are the line's.
    """

    page: int
    start: int
    end: int
    top: float
    bottom: float
    xs: tuple[float, ...]


@dataclass(frozen=True)
class LayoutBlock:
    """A region of a PDF page: paragraph, table, or header/footer/page_number/footnote_marker left
    out of the text (start = end = -1 for those)."""

    page: int
    kind: str
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class TableCell:
    """One cell of a PDF table: its text and where that text sits in the document text."""

    row: int
    col: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PdfTable:
    """A table found on a PDF page (n-th on that page, 1-based), cells row by row."""

    page: int
    n: int
    bbox: tuple[float, float, float, float]
    rows: tuple[tuple[TableCell, ...], ...]
    ruled: bool = True  # False: a table aligned by whitespace alone, found from the glyph positions
    header_from: int = 0  # n of the table on the page before whose header this one's rows continue under


class PdfLayout:
    """Layout artefact of a PDF document: char box runs, blocks and tables (read-only).

    Deliberately not a dataclass: `dataclasses.asdict(document)` must not walk its many floats;
    it is written to OUT/layout/<doc_id>.json on its own (see pipeline.ingest.pdf.document.layout_json).
    """

    __slots__ = ("runs", "blocks", "tables", "engine")
    runs: tuple[BoxRun, ...]
    blocks: tuple[LayoutBlock, ...]
    tables: tuple[PdfTable, ...]
    engine: str

    def __init__(self, runs: tuple[BoxRun, ...], blocks: tuple[LayoutBlock, ...],
                 tables: tuple[PdfTable, ...] = (), engine: str = "") -> None:
        object.__setattr__(self, "runs", runs)
        object.__setattr__(self, "blocks", blocks)
        object.__setattr__(self, "tables", tables)
        object.__setattr__(self, "engine", engine)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("PdfLayout is read-only")

    def __deepcopy__(self, memo: dict[int, object]) -> PdfLayout:
        return self

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return PdfLayout, (self.runs, self.blocks, self.tables, self.engine)


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
    layout: PdfLayout | None = field(default=None, compare=False, repr=False)

    def page_of(self, offset: int) -> int | None:
        for span in self.page_spans:
            if span.start <= offset < span.end:
                return span.page
        if self.page_spans and offset >= self.page_spans[-1].end:
            return self.page_spans[-1].page
        return None


@dataclass(frozen=True)
class FigureMention:
    """A figure the recognizers read, crossing extract → normalize: the value as a Decimal (exact),
    its range end, unit, qualifier as written (`qualifier_norm`: the English vocabulary, Chinese
    figures), the subject counted, and the [start, end) of the sentence it sits in."""

    doc_id: str
    start: int
    end: int
    text: str
    method: str
    confidence: float
    kind: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str
    subject: str
    sentence: tuple[int, int]
    currency_inferred: bool = False
    lang: str = "en"
    qualifier_norm: str = ""
    label: str = "FIGURE"


@dataclass(frozen=True)
class EntityMention:
    """A place (`label` PLACE) or institution (INSTITUTION) name, crossing extract → normalize.

    `entity_id` is the id the recognizer vouches for (a gazetteer id, or a synthetic one for a
    name no gazetteer lists); `gazetteer_id` the gazetteer entry the name matched, whose fields
    fill what the recognizer left empty; `canonical`, `type`, `country_code`, `acronym` as the
    recognizer knows them ("" = not known).
    """

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    method: str
    confidence: float
    entity_id: str = ""
    gazetteer_id: str = ""
    canonical: str = ""
    type: str = ""
    country_code: str = ""
    acronym: str = ""
    lang: str = "en"


Mention = Union[FigureMention, EntityMention]


def mention_to_json(m: Mention) -> dict[str, Any]:
    """A mention as JSON-ready fields (Decimals as strings, exact), for OUT/mentions.jsonl."""
    d = asdict(m)
    if isinstance(m, FigureMention):
        d["value"] = str(m.value)
        d["value_max"] = None if m.value_max is None else str(m.value_max)
        d["sentence"] = list(m.sentence)
    return d


def mention_from_json(d: dict[str, Any]) -> Mention:
    if d.get("label") == "FIGURE":
        d = dict(d, value=Decimal(d["value"]), sentence=tuple(d["sentence"]),
                 value_max=None if d.get("value_max") is None else Decimal(d["value_max"]))
        return FigureMention(**d)
    return EntityMention(**d)


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
    bbox: str = ""
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    currency_inferred: bool = False  # money whose currency came from the document's locale (a bare '$')
    lang: str = "en"  # language of the block the figure is in: en, zh-Hant, zh-Hans (pipeline.lang)
    period: str = ""  # the time the figure holds for, normalized (extract/periods; PERIOD-GUIDELINES.md)


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
    bbox: str = ""
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    lang: str = "en"


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
    bbox: str = ""
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    lang: str = "en"


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
    "status", "error", "pipeline_version", "processed_at", "encoding", "lang",
)
FIGURE_COLUMNS = (
    "mention_id", "doc_id", "source", "page", "start", "end", "text", "kind", "value",
    "value_max", "unit", "qualifier", "subject", "sentence", "method", "confidence",
    "bbox", "x0", "top", "x1", "bottom", "currency_inferred", "lang", "period",
)
PLACE_COLUMNS = (
    "mention_id", "doc_id", "source", "page", "start", "end", "text", "canonical",
    "place_type", "country_code", "method", "confidence",
    "bbox", "x0", "top", "x1", "bottom", "lang", "entity_id",
)
INSTITUTION_COLUMNS = (
    "mention_id", "doc_id", "source", "page", "start", "end", "text", "canonical",
    "acronym", "institution_type", "method", "confidence",
    "bbox", "x0", "top", "x1", "bottom", "lang", "entity_id",
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


@dataclass(frozen=True)
class Entity:
    """One distinct place or institution across the corpus (a row of entities.csv)."""

    entity_id: str
    entity_table: str  # place | institution
    canonical: str
    aliases: str  # every surface form seen, ' | '-separated, sorted
    entity_type: str
    n_mentions: int
    n_documents: int


ENTITY_COLUMNS = ("entity_id", "entity_table", "canonical", "aliases", "entity_type", "n_mentions", "n_documents")
