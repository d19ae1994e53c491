"""Plain-text clean-up shared by every format reader: normalized text, a document's first line."""

from __future__ import annotations

import re
import unicodedata

from pipeline.ingest.line_breaks import restore_line_breaks
from pipeline.textfold import drop_invisible

# Unicode category Cc (C0 and C1 controls, fixed by Unicode's stability policy) except tab and newline:
# one regex pass instead of a category lookup per character
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# a scraped page's line-break tag kept as text, with the line breaks a converter put after it ('…grew by 14.6% in<br />',
# a blank line, '2013, while …'): one line break inside its paragraph, as the page showed it; two tags in a row still
# make a blank line (a paragraph break)
_BR_TAG = re.compile(r"[ \t]*<br\s*/?>[ \t]*(?:\n[ \t]*)*", re.IGNORECASE)
# ... except in a pipe-table row ('| Item | 2030<br>(HK$ million) |'): there the tag breaks a cell's text, as converters
# write every multi-line header cell, and a line break would split the row; it is a space (review reven M5)
_BR_GATE = re.compile("<br", re.IGNORECASE)
_BR_IN_CELL = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)
_PIPE_ROW_WITH_BR = re.compile(r"^[^\n|]*\|[^\n]*<br\s*/?>[^\n]*$", re.IGNORECASE | re.MULTILINE)


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no NULs or other control characters, no invisible format characters
    (pipeline.textfold.drop_invisible), a '<br />' tag kept as text one line break, at most one blank line in a row,
    the line breaks a scraper lost between a heading and the next sentence put back (pipeline.ingest.line_breaks)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = drop_invisible(text)[0]
    if _BR_GATE.search(text):  # (a literal search first: most texts have no tag)
        if "|" in text:
            text = _PIPE_ROW_WITH_BR.sub(lambda m: _BR_IN_CELL.sub(" ", m.group()), text)
        text = _BR_TAG.sub("\n", text)
    text = restore_line_breaks(_CONTROLS.sub("", text))
    if " \n" in text or "\t\n" in text:  # (substring tests first: each regex would visit every space)
        text = re.sub(r"[ \t]+\n", "\n", text)
    if "\n\n\n" in text:
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return ""
