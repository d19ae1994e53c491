"""`Mention` list → `Figure`, `Place` and `Institution` records with canonical names and values."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from pipeline.extract import Entry
from pipeline.ids import mention_id
from pipeline.records import Document, Figure, Institution, Mention, Place

_SPACES = re.compile(r"\s+")


def to_float(raw: str) -> float | None:
    return float(Decimal(raw)) if raw else None


def clean_name(surface: str) -> str:
    """Canonical form of a name no gazetteer knows: whitespace collapsed, quotes straightened."""
    s = re.sub(r"\s+", " ", surface).strip()
    s = s.replace("’", "'").replace("‘", "'")
    return re.sub(r"^(?:the|The)\s+", "", s)


def entity_fields(m: Mention, entries: dict[str, Entry]) -> tuple[str, str, str, str, str]:
    """(canonical, type, country code, entity id, acronym) of a place/institution mention.

    The recognizer's hints win (they also describe entities no gazetteer lists, such as '<place>
    Government'); a gazetteer id alone (mentions.jsonl of older runs) is looked up in the entries.
    """
    key = m.hint("entity")
    entry = entries.get(key[3:]) if key.startswith("id:") else None
    eid = m.hint("entity_id") or (entry.id if entry is not None else "")
    canonical = m.hint("canonical") or (entry.canonical if entry is not None else "")
    if not canonical:
        canonical = clean_name(key[5:] if key.startswith("name:") else m.text)
    etype = m.hint("type") or (entry.type if entry is not None else "")
    cc = m.hint("country_code") or (entry.country_code if entry is not None else "")
    acronym = m.hint("acronym") or (entry.acronym if entry is not None else "")
    if not eid:
        eid = ("place:" if m.label == "PLACE" else "inst:") + "x-" + \
            hashlib.sha1(canonical.lower().encode()).hexdigest()[:10]
    if m.label != "PLACE" and not acronym and re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", m.text) \
            and sum(ch.isupper() for ch in m.text) >= 2:
        acronym = m.text
    return canonical, etype, cc, eid, acronym


def normalize_document(document: Document, mentions: list[Mention], entries: dict[str, Entry]
                       ) -> tuple[list[Figure], list[Place], list[Institution]]:
    figures: list[Figure] = []
    places: list[Place] = []
    institutions: list[Institution] = []
    text = document.text
    sentences: dict[tuple[int, int], str] = {}  # a sentence with several figures is cleaned once
    for m in mentions:
        mid = mention_id(document.doc_id, m.label, m.start, m.end, m.text)
        page = document.page_of(m.start)
        if m.label == "FIGURE":
            hints = dict(reversed(m.hints))  # the first value of a key wins, as in Mention.hint
            span = int(hints.get("sent_start", m.start)), int(hints.get("sent_end", m.end))
            if span not in sentences:
                sentences[span] = _SPACES.sub(" ", text[span[0]:span[1]]).strip()
            figures.append(Figure(
                mid, document.doc_id, document.source, page, m.start, m.end, m.text, hints.get("kind", ""),
                to_float(hints.get("value", "")), to_float(hints.get("value_max", "")), hints.get("unit", ""),
                hints.get("qualifier", ""), _SPACES.sub(" ", hints.get("subject", "")),
                sentences[span], m.method, m.confidence,
                currency_inferred=hints.get("currency_inferred") == "1", lang=hints.get("lang", "en")))
            continue
        canonical, etype, cc, eid, acronym = entity_fields(m, entries)
        if m.label == "PLACE":
            places.append(Place(mid, document.doc_id, document.source, page, m.start, m.end, m.text,
                                canonical, etype, cc, m.method, m.confidence, eid, lang=m.hint("lang", "en")))
        else:
            institutions.append(Institution(mid, document.doc_id, document.source, page, m.start, m.end,
                                            m.text, canonical, acronym, etype, m.method, m.confidence, eid,
                                            lang=m.hint("lang", "en")))
    if document.layout is not None:  # a PDF: table cells become figures; every row gets its boxes
        from pipeline.ingest import with_boxes
        from pipeline.normalize.tables import table_figures

        figures = with_boxes(document, table_figures(document, figures))
        places, institutions = with_boxes(document, places), with_boxes(document, institutions)
    return figures, places, institutions
