"""Typed mentions (`FigureMention`, `EntityMention`) → `Figure`, `Place` and `Institution` records with canonical names and values."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from pipeline.extract import Entry, FigureSpan, figure_periods
from pipeline.ids import mention_id
from pipeline.records import Document, EntityMention, Figure, FigureMention, Institution, Mention, Place

_SPACES = re.compile(r"\s+")


def to_float(raw: str) -> float | None:
    return float(Decimal(raw)) if raw else None


def clean_name(surface: str) -> str:
    """Canonical form of a name no gazetteer knows: whitespace collapsed, quotes straightened."""
    s = re.sub(r"\s+", " ", surface).strip()
    s = s.replace("’", "'").replace("‘", "'")
    return re.sub(r"^(?:the|The)\s+", "", s)


def entity_fields(m: EntityMention, entries: dict[str, Entry]) -> tuple[str, str, str, str, str]:
    """(canonical, type, country code, entity id, acronym) of a place/institution mention.

    What the recognizer says wins (it also describes entities no gazetteer lists, such as '<place>
    Government'); the gazetteer entry the name matched fills the rest.
    """
    entry = entries.get(m.gazetteer_id) if m.gazetteer_id else None
    eid = m.entity_id or (entry.id if entry is not None else "")
    canonical = m.canonical or (entry.canonical if entry is not None else "") or clean_name(m.text)
    etype = m.type or (entry.type if entry is not None else "")
    cc = m.country_code or (entry.country_code if entry is not None else "")
    acronym = m.acronym or (entry.acronym if entry is not None else "")
    if not eid:
        eid = ("place:" if m.label == "PLACE" else "inst:") + "x-" + \
            hashlib.sha1(canonical.lower().encode()).hexdigest()[:10]
    if m.label != "PLACE" and not acronym and re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", m.text) \
            and sum(ch.isupper() for ch in m.text) >= 2:
        acronym = m.text
    return canonical, etype, cc, eid, acronym


def normalize_document(document: Document, mentions: list[Mention], entries: dict[str, Entry]
                       ) -> tuple[list[Figure], list[Place], list[Institution]]:
    places: list[Place] = []
    institutions: list[Institution] = []
    text = document.text
    sentences: dict[tuple[int, int], str] = {}  # a sentence with several figures is cleaned once
    spans: list[FigureSpan] = []
    figure_rows: list[tuple[FigureMention, str, int | None, str]] = []
    for m in mentions:
        mid = mention_id(document.doc_id, m.label, m.start, m.end, m.text)
        page = document.page_of(m.start)
        if isinstance(m, FigureMention):
            span = m.sentence
            if span not in sentences:
                sentences[span] = _SPACES.sub(" ", text[span[0]:span[1]]).strip()
            spans.append(FigureSpan(m.start, m.end, span[0], span[1], m.kind))
            figure_rows.append((m, mid, page, sentences[span]))
            continue
        canonical, etype, cc, eid, acronym = entity_fields(m, entries)
        if m.label == "PLACE":
            places.append(Place(mid, document.doc_id, document.source, page, m.start, m.end, m.text,
                                canonical, etype, cc, m.method, m.confidence, eid, lang=m.lang))
        else:
            institutions.append(Institution(mid, document.doc_id, document.source, page, m.start, m.end,
                                            m.text, canonical, acronym, etype, m.method, m.confidence, eid,
                                            lang=m.lang))
    # the period each figure holds for (issue 18), read with the document's headings, goes into the
    # record as it is built (a dataclasses.replace per figure cost as much as building it)
    periods = figure_periods(text, spans) if spans else []
    figures = [Figure(
        mid, document.doc_id, document.source, page, m.start, m.end, m.text, m.kind,
        float(m.value), None if m.value_max is None else float(m.value_max), m.unit,
        m.qualifier, _SPACES.sub(" ", m.subject), sentence, m.method, m.confidence,
        currency_inferred=m.currency_inferred, lang=m.lang, period=period)
        for (m, mid, page, sentence), period in zip(figure_rows, periods)]
    if document.layout is not None:  # a PDF: table cells become figures; every row gets its boxes
        from pipeline.ingest import with_boxes
        from pipeline.normalize.tables import table_figures

        # a bare '$' in a table means what it means in the text: the currency the text figures took
        # for it (the document's cues, else --currency); HKD when the text has no bare '$'
        local = next((f.unit for f in figures if f.currency_inferred and f.kind == "money" and f.unit), "HKD")
        figures = with_boxes(document, table_figures(document, figures, local))
        places, institutions = with_boxes(document, places), with_boxes(document, institutions)
    else:  # tables written as text (DOCX, tab-separated .txt, Markdown): their number cells are figures too
        from pipeline.normalize.tables import table_figures
        from pipeline.normalize.text_tables import text_tables

        found = text_tables(text)
        if found:
            local = next((f.unit for f in figures if f.currency_inferred and f.kind == "money" and f.unit), "HKD")
            figures = table_figures(document, figures, local, tuple(t.table for t in found),
                                    {t.table.n: t.caption for t in found})
    return figures, places, institutions
