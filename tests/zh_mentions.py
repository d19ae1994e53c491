"""What the Chinese entity matcher finds in a text, for the Chinese entity tests (the matcher itself is
conftest's session fixture `matcher`)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.lang import blocks, locale


def found(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> list[tuple[str, str, str]]:
    """(surface, label, canonical) of every mention in `text`."""
    spans = [(b.start, b.end, b.lang) for b in blocks(text)]
    return [(m.text, m.label, m.canonical) for m in matcher.mentions("d", text, spans, loc or locale(text))]
