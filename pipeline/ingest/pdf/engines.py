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

ENGINES = ("pdfium", "pdfplumber")
MIN_TABLE_PATHS = 4  # a ruled table needs at least a few drawn lines or rectangles
NO_BOX: Box = (0.0, 0.0, 0.0, 0.0)
MAX_RULE_SEGMENTS = 40  # paths with more segments are drawings; rules and cell boxes have a few
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
    except IngestError:
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


def path_edges(paths: list[Any], raw: Any, rotation: int, media: Box) -> list[dict[str, Any]]:
    """Straight horizontal/vertical segments of the page's drawn paths as pdfplumber edges."""
    edges: list[dict[str, Any]] = []
    matrix = raw.FS_MATRIX()
    xy = (ctypes.c_float * 2)()
    px, py = ctypes.addressof(xy), ctypes.addressof(xy) + 4
    # bare function pointers: these run a few times per path segment (see _LOOSE_BOX)
    get_segment = _SEGMENT(ctypes.cast(raw.FPDFPath_GetPathSegment, ctypes.c_void_p).value)
    get_point = _POINT(ctypes.cast(raw.FPDFPathSegment_GetPoint, ctypes.c_void_p).value)
    get_type = _INT_OF(ctypes.cast(raw.FPDFPathSegment_GetType, ctypes.c_void_p).value)
    get_close = _INT_OF(ctypes.cast(raw.FPDFPathSegment_GetClose, ctypes.c_void_p).value)
    for path in paths:
        raw.FPDFPageObj_GetMatrix(path, ctypes.byref(matrix))
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points: list[tuple[float, float, int, bool]] = []
        count = raw.FPDFPath_CountSegments(path)
        if count > MAX_RULE_SEGMENTS:  # a map outline or a glyph drawing, not table rules
            continue
        handle = ctypes.cast(path, ctypes.c_void_p).value
        for i in range(count):
            seg = get_segment(handle, i)
            get_point(seg, px, py)
            x, y = xy
            points.append((a * x + c * y + e, b * x + d * y + f, get_type(seg), bool(get_close(seg))))
        start = prev = None
        for x, y, kind, close in points:
            if kind == raw.FPDF_SEGMENT_MOVETO or prev is None:
                start = prev = (x, y)
                continue
            if kind == raw.FPDF_SEGMENT_LINETO:
                add_edge(edges, prev, (x, y), rotation, media)
                if close and start is not None:
                    add_edge(edges, (x, y), start, rotation, media)
            prev = (x, y)
    return edges


def add_edge(edges: list[dict[str, Any]], p: tuple[float, float], q: tuple[float, float], rotation: int,
             media: Box) -> None:
    x0, top, x1, bottom = rotate((min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1])),
                                 rotation, media) if rotation else \
        (min(p[0], q[0]) - media[0], media[3] - max(p[1], q[1]), max(p[0], q[0]) - media[0],
         media[3] - min(p[1], q[1]))
    w, h = x1 - x0, bottom - top
    if h < 0.5 and w >= 0.5:
        orientation = "h"
    elif w < 0.5 and h >= 0.5:
        orientation = "v"
    else:
        return
    edges.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": w, "height": h,
                  "orientation": orientation, "object_type": "line"})


class EdgePage:
    """Just enough of a pdfplumber Page for its TableFinder with the 'lines' strategy."""

    def __init__(self, edges: list[dict[str, Any]], width: float, height: float) -> None:
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)


def pdfium_table_grids(paths: list[Any], raw: Any, rotation: int, media: Box, width: float, height: float
                       ) -> list[TableGrid]:
    """pdfplumber's table finder (lines strategy) on the edges pdfium reads from the page."""
    from pdfplumber.table import TableFinder

    finder = TableFinder(EdgePage(path_edges(paths, raw, rotation, media), width, height))  # type: ignore[arg-type]
    grids = []
    for table in finder.tables:
        rows = [list(row.cells) for row in table.rows]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            grids.append(TableGrid(table.bbox, rows))  # type: ignore[arg-type]
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


# FPDFText_GetLooseCharBox called through a bare function pointer: ctypes' argument conversion
# costs more than pdfium's work, and this runs once per glyph
_LOOSE_BOX = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_SEGMENT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_POINT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_INT_OF = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


def read_pdfium_page(page: Any, number: int) -> RawPage:
    import pypdfium2.raw as raw

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
    loose_box = _LOOSE_BOX(ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)
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


def rotate(box: Box, rotation: int, media: Box) -> Box:
    """A glyph box in PDF user space (y up) → the displayed page's space (origin top-left)."""
    x0, y0, x1, y1 = box
    left, bottom, right, top = media
    if rotation == 90:
        return (y0 - bottom, x0 - left, y1 - bottom, x1 - left)
    if rotation == 180:
        return (right - x1, y0 - bottom, right - x0, y1 - bottom)
    return (top - y1, right - x1, top - y0, right - x0)  # 270


def path_objects(page: Any, raw: Any, limit: int = 5000) -> list[Any]:
    """The page's top-level path objects (raw handles: pypdfium2's wrappers cost ~10 µs each)."""
    handle = page.raw
    out = []
    for k in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, k)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_PATH:
            out.append(obj)
            if len(out) >= limit:
                break
    return out


def may_hold_table(paths: list[Any], raw: Any, limit: int = 400) -> bool:
    """Do the page's drawn paths cross like table rules (≥2 vertical × ≥2 horizontal edges)?"""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    lf, bf, rf, tf = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (lf, bf, rf, tf)]
    for obj in paths[:limit]:
        raw.FPDFPageObj_GetBounds(obj, *refs)
        left, bottom, right, top = lf.value, bf.value, rf.value, tf.value
        w, h = right - left, top - bottom
        if min(w, h) <= 6:  # a rule (thin line or bar) counts in its long direction only
            if w > h:
                horizontal.append(((bottom + top) / 2, left, right))
            else:
                vertical.append(((left + right) / 2, bottom, top))
        else:
            horizontal += [(bottom, left, right), (top, left, right)]
            vertical += [(left, bottom, top), (right, bottom, top)]
    xs: set[int] = set()
    ys: set[int] = set()
    for x, y0, y1 in vertical:
        for y, x0, x1 in horizontal:
            if y0 - 2 <= y <= y1 + 2 and x0 - 2 <= x <= x1 + 2:
                xs.add(round(x))
                ys.add(round(y))
                if len(xs) >= 2 and len(ys) >= 2:
                    return True
    return False


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
