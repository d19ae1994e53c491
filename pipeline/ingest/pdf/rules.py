"""Drawn paths of a pdfium page → the ruled `TableGrid`s they draw (pdfplumber's lines strategy).

pdfium reads the paths; their straight horizontal and vertical segments become pdfplumber edges and
pdfplumber's table finder joins them into cells and tables. The finder's cell search is pdfplumber's
own, with each intersection's edge sets built once (it rebuilds them for every pair of points it
compares: a third of a form-heavy PDF's ingest).
"""

from __future__ import annotations

import ctypes
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
from typing import Any

from pipeline.ingest.pdf.layout import Box, TableGrid

MAX_RULE_SEGMENTS = 40  # paths with more segments are drawings; rules and cell boxes have a few
_VOID, _INT = ctypes.c_void_p, ctypes.c_int


def bare(function: Any, restype: Any, *argtypes: Any) -> Any:
    """A pdfium function called through a bare pointer on plain ints (handles and addresses): these
    run a few times per path segment, and pypdfium2's typed handles and ctypes' argument conversion
    cost more than pdfium's work."""
    address = ctypes.cast(function, _VOID).value
    if address is None:  # ctypes would refuse it anyway; say which function
        raise TypeError(f"pdfium function {function!r} has a NULL address")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def path_objects(page: Any, raw: Any, limit: int = 5000) -> list[int]:
    """The page's top-level path objects, as plain handles."""
    handle = ctypes.cast(page.raw, _VOID).value
    get_object, get_type = bare(raw.FPDFPage_GetObject, _VOID, _VOID, _INT), bare(raw.FPDFPageObj_GetType, _INT, _VOID)
    out = []
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = get_object(handle, k)
        if obj is not None and get_type(obj) == raw.FPDF_PAGEOBJ_PATH:
            out.append(obj)
            if len(out) >= limit:
                break
    return out


def may_hold_table(paths: list[int], raw: Any, limit: int = 400) -> bool:
    """Do the page's drawn paths cross like table rules (≥2 vertical × ≥2 horizontal edges)?"""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    bounds = (ctypes.c_float * 4)()  # left, bottom, right, top
    at = ctypes.addressof(bounds)
    get_bounds = bare(raw.FPDFPageObj_GetBounds, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
    for obj in paths[:limit]:
        get_bounds(obj, at, at + 4, at + 8, at + 12)
        left, bottom, right, top = bounds
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


def path_edges(paths: list[int], raw: Any, rotation: int, media: Box) -> list[dict[str, Any]]:
    """Straight horizontal/vertical segments of the page's drawn paths as pdfplumber edges."""
    segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
    add = segments.append
    matrix = raw.FS_MATRIX()
    where = ctypes.addressof(matrix)
    xy = (ctypes.c_float * 2)()
    px, py = ctypes.addressof(xy), ctypes.addressof(xy) + 4
    get_segment = bare(raw.FPDFPath_GetPathSegment, _VOID, _VOID, _INT)
    get_point = bare(raw.FPDFPathSegment_GetPoint, _INT, _VOID, _VOID, _VOID)
    get_type = bare(raw.FPDFPathSegment_GetType, _INT, _VOID)
    get_close = bare(raw.FPDFPathSegment_GetClose, _INT, _VOID)
    count_segments = bare(raw.FPDFPath_CountSegments, _INT, _VOID)
    get_matrix = bare(raw.FPDFPageObj_GetMatrix, _INT, _VOID, _VOID)
    moveto, lineto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_LINETO
    for path in paths:
        count = count_segments(path)
        if count > MAX_RULE_SEGMENTS:  # a map outline or a glyph drawing, not table rules
            continue
        get_matrix(path, where)
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start = prev = None
        for i in range(count):
            seg = get_segment(path, i)
            get_point(seg, px, py)
            x, y = xy
            point = (a * x + c * y + e, b * x + d * y + f)
            kind = get_type(seg)
            if kind == moveto or prev is None:
                start = prev = point
                continue
            if kind == lineto:
                add((prev, point))
                if start is not None and get_close(seg):
                    add((point, start))
            prev = point
    edges: list[dict[str, Any]] = []
    left, _, _, top_y = media
    for (x, y), (u, v) in segments:
        # min() and max() spelt out (they keep the first of equals: 0.0 before -0.0)
        lo_x, hi_x = (u, x) if u < x else (x, u if u > x else x)
        lo_y, hi_y = (v, y) if v < y else (y, v if v > y else y)
        if rotation:
            x0, top, x1, bottom = rotate((lo_x, lo_y, hi_x, hi_y), rotation, media)
        else:
            x0, top, x1, bottom = lo_x - left, top_y - hi_y, hi_x - left, top_y - lo_y
        w, h = x1 - x0, bottom - top
        if h < 0.5 and w >= 0.5:
            orientation = "h"
        elif w < 0.5 and h >= 0.5:
            orientation = "v"
        else:
            continue
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": w, "height": h,
                      "orientation": orientation, "object_type": "line"})
    return edges


class EdgePage:
    """Just enough of a pdfplumber Page for its TableFinder with the 'lines' strategy."""

    def __init__(self, edges: list[dict[str, Any]], width: float, height: float) -> None:
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)


def pdfium_table_grids(paths: list[int], raw: Any, rotation: int, media: Box, width: float, height: float
                       ) -> list[TableGrid]:
    """pdfplumber's table finder (lines strategy) on the edges pdfium reads from the page."""
    from pdfplumber.table import Table, TableSettings, cells_to_tables

    page = EdgePage(path_edges(paths, raw, rotation, media), width, height)
    settings = TableSettings.resolve(None)  # TableFinder's steps, the first three done faster
    crossings = edges_to_intersections(table_edges(page.edges), settings.intersection_x_tolerance,
                                       settings.intersection_y_tolerance)
    grids = []
    for cells in cells_to_tables(intersections_to_cells(crossings)):
        table = Table(page, cells)  # type: ignore[arg-type]
        rows = [list(row.cells) for row in table.rows]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            grids.append(TableGrid(table.bbox, rows))  # type: ignore[arg-type]
    return grids


SNAP = JOIN = 3.0  # pdfplumber's default snap and join tolerances
MIN_PREFILTER, MIN_LENGTH = 1.0, 3.0  # its default edge lengths before and after merging


def table_edges(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """pdfplumber's TableFinder.get_edges (lines strategy, default settings): edges snapped to the
    mean of their neighbours within 3 pt, joined where they meet along one line, short ones
    dropped. The same values from the same float operations, without rebuilding each edge's dict
    at every step."""
    v = [e for e in edges if e["orientation"] == "v" and e["height"] >= MIN_PREFILTER]
    h = [e for e in edges if e["orientation"] == "h" and e["width"] >= MIN_PREFILTER]
    snapped = snap(v, "x0", ("x0", "x1")) + snap(h, "top", ("top", "bottom"))

    def group(e: dict[str, Any]) -> tuple[str, float]:
        return ("h", e["top"]) if e["orientation"] == "h" else ("v", e["x0"])

    merged: list[dict[str, Any]] = []
    for (orientation, _), items in groupby(sorted(snapped, key=group), key=group):
        lo, hi, size = ("x0", "x1", "width") if orientation == "h" else ("top", "bottom", "height")
        ordered = sorted(items, key=itemgetter(lo))
        joined = [ordered[0]]
        for e in ordered[1:]:
            last = joined[-1]
            if e[lo] <= last[hi] + JOIN:
                if e[hi] > last[hi]:  # pdfplumber's resize_object: x1 and width, or bottom and height
                    grown = dict(last)
                    grown[hi] = e[hi]
                    grown[size] = e[hi] - last["x0"] if hi == "x1" else last["height"] + (e[hi] - last["bottom"])
                    joined[-1] = grown
            else:
                joined.append(e)
        merged += joined
    return [e for e in merged if e["height" if e["orientation"] == "v" else "width"] >= MIN_LENGTH]


def snap(edges: list[dict[str, Any]], attr: str, moved: tuple[str, str]) -> list[dict[str, Any]]:
    """pdfplumber's snap_objects: values of `attr` chained within SNAP pt form a cluster; each edge
    moves by (cluster mean - its value); clusters in order of value, edges in their order within."""
    cluster: dict[float, int] = {}
    last: float | None = None
    k = -1
    for x in sorted({e[attr] for e in edges}):
        if last is None or not x <= last + SNAP:
            k += 1
        cluster[x] = k
        last = x
    out: list[dict[str, Any]] = []
    for _, members in groupby(sorted(edges, key=lambda e: cluster[e[attr]]), key=lambda e: cluster[e[attr]]):
        group = list(members)
        mean = sum(e[attr] for e in group) / len(group)
        for e in group:
            shift = mean - e[attr]
            e = dict(e)
            e[moved[0]], e[moved[1]] = e[moved[0]] + shift, e[moved[1]] + shift
            out.append(e)
    return out


def edges_to_intersections(edges: list[dict[str, Any]], x_tolerance: float, y_tolerance: float
                           ) -> dict[tuple[float, float], dict[str, list[dict[str, Any]]]]:
    """pdfplumber.table.edges_to_intersections with the horizontal edges sorted once, not per vertical one."""
    crossings: dict[tuple[float, float], dict[str, list[dict[str, Any]]]] = {}
    vertical = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    horizontal = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    for v in vertical:
        vx, vtop, vbottom = v["x0"], v["top"], v["bottom"]
        for h in horizontal:
            htop = h["top"]
            if vtop <= htop + y_tolerance and vbottom >= htop - y_tolerance and \
                    h["x0"] - x_tolerance <= vx <= h["x1"] + x_tolerance:
                vertex = (vx, htop)
                if vertex not in crossings:
                    crossings[vertex] = {"v": [], "h": []}
                crossings[vertex]["v"].append(v)
                crossings[vertex]["h"].append(h)
    return crossings


def intersections_to_cells(crossings: dict[tuple[float, float], dict[str, list[dict[str, Any]]]]
                           ) -> list[tuple[float, float, float, float]]:
    """pdfplumber.table.intersections_to_cells: the same cells in the same order, with each point's
    edge sets built once and the points below and right of a point looked up, not searched for."""
    from pdfplumber.utils import obj_to_bbox

    vs = {p: set(map(obj_to_bbox, e["v"])) for p, e in crossings.items()}
    hs = {p: set(map(obj_to_bbox, e["h"])) for p, e in crossings.items()}

    def connects(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return (p[0] == q[0] and not vs[p].isdisjoint(vs[q])) or (p[1] == q[1] and not hs[p].isdisjoint(hs[q]))

    points = sorted(crossings)
    same_x: dict[float, list[tuple[float, float]]] = defaultdict(list)
    same_y: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for p in points:  # in sorted order, so each list runs top to bottom / left to right
        same_x[p[0]].append(p)
        same_y[p[1]].append(p)
    cells = []
    for pt in points:
        below = [q for q in same_x[pt[0]] if q > pt]
        right = [q for q in same_y[pt[1]] if q > pt]
        cell = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in crossings and connects(corner, right_pt) and connects(corner, below_pt):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def rotate(box: Box, rotation: int, media: Box) -> Box:
    """A glyph box in PDF user space (y up) → the displayed page's space (origin top-left)."""
    x0, y0, x1, y1 = box
    left, bottom, right, top = media
    if rotation == 90:
        return (y0 - bottom, x0 - left, y1 - bottom, x1 - left)
    if rotation == 180:
        return (right - x1, y0 - bottom, right - x0, y1 - bottom)
    return (top - y1, right - x1, top - y0, right - x0)  # 270


