"""Stable ids shared by the stages: a mention's id from its document, label, span and text."""

from __future__ import annotations

import hashlib


def mention_id(doc_id: str, label: str, start: int, end: int, text: str) -> str:
    """Stable for the same document text and span."""
    raw = f"{doc_id}|{label}|{start}|{end}|{text}".encode()
    return hashlib.sha1(raw).hexdigest()[:16]
