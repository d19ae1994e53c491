"""PDF file → `RawPage` list (glyphs with boxes, table grids): one reader per engine.

pypdfium2 ("pdfium") reads the text layer and glyph boxes about two orders of magnitude faster
than pdfminer; pdfplumber is the better table finder, so with either engine the pages that draw
enough ruling paths to hold a ruled table go through pdfplumber's `find_tables`.
"""

from __future__ import annotations

import ctypes
import math
from pathlib import Path
from typing import Any

from pipeline.errors import IngestError
from pipeline.ingest.pdf.layout import Box, RawPage, TableGrid
from pipeline.ingest.pdf.rules import bare, may_hold_table, path_objects, pdfium_table_grids, rotate

ENGINES = ("pdfium", "pdfplumber")
MIN_TABLE_PATHS = 4  # a ruled table needs at least a few drawn lines or rectangles
NO_BOX: Box = (0.0, 0.0, 0.0, 0.0)
WHITESPACE = frozenset(" \t\r\n\x0b\x0c\xa0\u3000")


def classify(exc: Exception, source: str, password: str | None = None) -> IngestError:
    name = type(exc).__name__
    text = (str(exc) + repr(exc)).lower()  # pdfplumber wraps PDFPasswordIncorrect() with an empty message
    if "password" in name.lower() or "encrypt" in name.lower() or "password" in text:
        hint = "the --password given is wrong" if password else "supply it with --password"
        return IngestError(f"password-protected PDF: {source} ({hint})", status="encrypted")
    if "eof" in text or "data format error" in text:  # cut short (download, copy) or otherwise damaged
        return IngestError(f"truncated or damaged PDF ({name}: {exc}): {source}")
    return IngestError(f"unreadable PDF ({name}: {exc}): {source}")


def read_pdf(path: Path, source: str, password: str | None, engine: str
             ) -> tuple[str, list[RawPage]]:
    """(metadata title, pages) with the chosen engine; IngestError when the file cannot be read."""
    if engine not in ENGINES:
        raise IngestError(f"unknown PDF engine '{engine}' (choose one of {', '.join(ENGINES)})")
    try:
        if engine == "pdfium":
            return read_pdfium(path, password)
        return read_pdfplumber(path, password)
    except (IngestError, MemoryError):  # MemoryError: over --memory-limit, the worker reports it
        raise
    except Exception as exc:  # pdfminer/pdfium raise many types on broken files
        raise classify(exc, source, password) from exc


# -- table finding (pdfplumber) -----------------------------------------------------------------

def table_grids(plumber_page: Any) -> list[TableGrid]:
    """Ruled tables on a pdfplumber page with at least two rows and two columns."""
    grids = []
    for table in plumber_page.find_tables():
        rows = [list(row.cells) for row in table.rows]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        x0, top, _, _ = plumber_page.bbox
        shift = lambda b: None if b is None else (b[0] - x0, b[1] - top, b[2] - x0, b[3] - top)  # noqa: E731
        grids.append(TableGrid(shift(table.bbox), [[shift(c) for c in row] for row in rows]))  # type: ignore[arg-type]
    return grids


# -- pypdfium2 ----------------------------------------------------------------------------------

def read_pdfium(path: Path, password: str | None) -> tuple[str, list[RawPage]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path), password=password or None)
    try:
        title = str(doc.get_metadata_dict().get("Title") or "")
        pages = [read_pdfium_page(doc[index], index + 1) for index in range(len(doc))]
    finally:
        doc.close()
    return title, pages



def read_pdfium_page(page: Any, number: int) -> RawPage:
    from pypdfium2 import raw

    left, bottom_y, right, top_y = page.get_mediabox()
    rotation = page.get_rotation() % 360
    width, height = right - left, top_y - bottom_y
    if rotation in (90, 270):
        width, height = height, width
    upright = math.radians(-rotation) % (2 * math.pi)  # the angle of upright text
    textpage = page.get_textpage()
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    if len(text) != n:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n))
    tp = textpage.raw
    handle = ctypes.cast(tp, ctypes.c_void_p).value
    # a bare function pointer: ctypes' argument conversion costs more than pdfium's work, and this
    # runs once per glyph
    loose_box = bare(raw.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
    char_angle = raw.FPDFText_GetCharAngle
    rect = raw.FS_RECTF()  # left, top, right, bottom (floats)
    where = ctypes.addressof(rect)
    read = memoryview(rect).cast("B").cast("f").tolist
    boxes: list[Box] = []
    rotated: set[int] = set()
    append = boxes.append
    media = (left, bottom_y, right, top_y)
    for i, c in enumerate(text):
        if c in WHITESPACE:
            append(NO_BOX)
            continue
        loose_box(handle, i, where)
        x0, y1, x1, y0 = read()
        if rotation == 0:
            append((x0 - left, top_y - y1, x1 - left, top_y - y0))
        else:
            append(rotate((x0, y0, x1, y1), rotation, media))
        # a loose box is as tall as the font and as wide as the advance: a box wider than tall
        # on an unrotated page is worth asking pdfium for the glyph's angle
        if (rotation or x1 - x0 > 0.9 * (y1 - y0)) and 0.05 < abs(char_angle(tp, i) - upright) < 6.23:
            rotated.add(i)
    tables: list[TableGrid] = []
    paths = path_objects(page, raw) if n else []
    if paths and may_hold_table(paths, raw):
        tables = pdfium_table_grids(paths, raw, rotation, media, width, height)
    textpage.close()
    page.close()
    return RawPage(number, width, height, text, boxes, tables, rotated)


# -- pdfplumber ---------------------------------------------------------------------------------

def read_pdfplumber(path: Path, password: str | None) -> tuple[str, list[RawPage]]:
    import pdfplumber

    pages: list[RawPage] = []
    with pdfplumber.open(path, password=password or "") as pdf:
        title = str((pdf.metadata or {}).get("Title") or "")
        for index, page in enumerate(pdf.pages):
            x0, top, x1, bottom = page.bbox
            chars = page.chars
            parts: list[str] = []
            boxes: list[Box] = []
            rotated: set[int] = set()
            for c in chars:
                glyph = c["text"] or " "
                if not c.get("upright", True):
                    rotated.update(range(len(parts), len(parts) + len(glyph)))
                cx0, ctop, cx1, cbottom = c["x0"] - x0, c["top"] - top, c["x1"] - x0, c["bottom"] - top
                step = (cx1 - cx0) / len(glyph)  # pdfminer spells some ligature glyphs as two letters
                for j, ch in enumerate(glyph):
                    parts.append(ch)
                    boxes.append((cx0 + j * step, ctop, cx0 + (j + 1) * step, cbottom))
            text = "".join(parts)
            ruled = len(page.rects) + len(page.lines) + len(page.curves)
            tables = table_grids(page) if chars and ruled >= MIN_TABLE_PATHS else []
            pages.append(RawPage(index + 1, x1 - x0, bottom - top, text, boxes, tables, rotated))
            page.close()
    return title, pages
