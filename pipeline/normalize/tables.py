"""PDF tables → figures (header subject, header scale/currency).

A table cell's number means little alone: "85.5" under "2020-21 Estimate ($ billion)" in the row
"Education" is HK$85.5 billion of education spending. Header rows are the rows above the first
row with a number; a column's header is its header cells top to bottom; a scale ("million",
"$m", "'000") or currency ("HK$", "US$", "$") or "%" in it applies to the cells below.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from pipeline.extract import period_of_header
from pipeline.ids import mention_id
from pipeline.records import Document, Figure, PdfTable, TableCell

_VALUE = re.compile(r"(?P<neg>\()?\s*(?P<sign>[+\-−–])?\s*(?P<cur>(?:HK|US|NT|S|A|C|NZ)\$|[$€£¥])?\s*"
                    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*\)?")
_CURRENCY = (("HK$", "HKD"), ("US$", "USD"), ("NT$", "TWD"), ("S$", "SGD"), ("A$", "AUD"), ("C$", "CAD"),
             ("RMB", "CNY"), ("MOP", "MOP"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"))
_SCALE = re.compile(r"(?i)(?:\b|(?<=\$)|(?<=[€£¥]))(thousands?|millions?|billions?|trillions?|mn|bn|m|b|k)\b|('000)")
_SCALES = {"thousand": 1e3, "k": 1e3, "'000": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12}
_YEAR = re.compile(r"(?:19|20)\d\d")


def header_unit(header: str, default_currency: str) -> tuple[str, str, float] | None:
    """(kind, unit, scale) a column header states: 'HK$ million' → (money, HKD, 1e6)."""
    if re.search(r"%|\bper ?cent\b", header, re.I):
        return "percent", "", 1.0
    unit = ""
    for mark, code in _CURRENCY:
        if mark in header:
            unit = code
            break
    if not unit and "$" in header:
        unit = default_currency
    scale = 1.0
    if unit:  # bare 'm'/'b' are scales only next to a currency: '$m', '(in $m)', 'HK$ million'
        m = _SCALE.search(header)
        if m:
            scale = _SCALES[(m.group(1) or m.group(2)).lower().rstrip("s")]
        return "money", unit, scale
    m = re.search(r"(?i)\b(thousands?|millions?|billions?)\b|('000)", header)
    if m:
        return "count", "", _SCALES[(m.group(1) or m.group(2)).lower().rstrip("s")]
    return None


def cell_value(text: str) -> tuple[float, bool, str] | None:
    """(value, is_percent, currency mark) of a cell that is just a number, else None."""
    m = _VALUE.fullmatch(text.strip())
    if m is None:
        return None
    value = float(m.group("num").replace(",", ""))
    if m.group("neg") and text.strip().endswith(")") or m.group("sign") in ("-", "−", "–"):
        value = -value
    return value, bool(m.group("pct")), m.group("cur") or ""


def header_rows(table: PdfTable) -> int:
    """Number of leading rows that are headers: those above the first row holding a number."""
    for r, row in enumerate(table.rows):
        for cell in row[1:]:
            if cell_value(cell.text) is not None and not _YEAR.fullmatch(cell.text.strip()):
                return r
    return 0


def column_headers(table: PdfTable, n_header: int) -> dict[int, str]:
    """Header text of each column; an empty header cell under a merged one takes its left neighbour's."""
    headers: dict[int, list[str]] = {}
    for row in table.rows[:n_header]:
        last = ""
        for cell in row:
            text = cell.text.strip() or (last if cell.col > 1 else "")
            last = text
            if text:
                headers.setdefault(cell.col, []).append(text)
    return {c: " ".join(parts) for c, parts in headers.items()}


def table_figures(document: Document, figures: list[Figure], default_currency: str = "HKD"
                  ) -> list[Figure]:
    """Figures of the document's PDF tables: a number cell is a figure; every figure inside a
    cell takes 'row header / column header' as its subject."""
    layout = document.layout
    if layout is None or not layout.tables:
        return figures
    by_span = {(f.start, f.end): f for f in figures}
    out = sorted(figures, key=lambda f: (f.start, f.end))
    starts = [f.start for f in out]
    added: list[Figure] = []
    for table in layout.tables:
        n_header = header_rows(table)
        if n_header == 0:
            continue
        headers = column_headers(table, n_header)
        units = {u for c in headers.values() if (u := header_unit(c, default_currency))}
        table_unit = units.pop() if len(units) == 1 else None
        col_periods = {c: period_of_header(h) for c, h in headers.items()}
        for row in table.rows[n_header:]:
            row_header = row[0].text.strip() if row and cell_value(row[0].text) is None else ""
            row_period = period_of_header(row_header) if row_header else ""
            sentence = document.text[row[0].start:row[-1].end].replace("\t", " | ") if row else ""
            for cell in row:
                col_header = headers.get(cell.col, "")
                subject = " / ".join(p for p in (row_header, col_header) if p)
                # a cell takes a time written in it, else its column header's, else its row header's
                # (PERIOD-GUIDELINES.md section 6: '2020-21 Estimate' → 2020-21)
                header_period = col_periods.get(cell.col, "") or (row_period if cell.col > 0 else "")
                lo, hi = bisect.bisect_left(starts, cell.start), bisect.bisect_left(starts, cell.end)
                inside = [k for k in range(lo, hi) if out[k].end <= cell.end]
                if inside:
                    own = period_of_header(cell.text) if cell.col > 0 else ""
                    for k in inside:
                        out[k] = replace(out[k], subject=subject, period=own or header_period or out[k].period)
                    continue
                if cell.col == 0 and row_header:
                    continue
                figure = cell_figure(document, cell, subject, sentence, col_header, table_unit,
                                     default_currency, mention_id)
                if figure is not None and (figure.start, figure.end) not in by_span:
                    added.append(replace(figure, period=header_period))
    return sorted(out + added, key=lambda f: (f.start, f.end))


def cell_figure(document: Document, cell: TableCell, subject: str, sentence: str, header: str,
                table_unit: tuple[str, str, float] | None, default_currency: str, make_id: Any
                ) -> Figure | None:
    parsed = cell_value(cell.text)
    if parsed is None:
        return None
    value, is_percent, mark = parsed
    if not header.strip() or (_YEAR.fullmatch(cell.text.strip()) and not is_percent):
        return None
    unit_info = header_unit(header, default_currency) or table_unit
    if is_percent or (unit_info and unit_info[0] == "percent"):
        kind, unit, scale = "percent", "", 1.0
    elif mark:
        kind, unit = "money", dict(_CURRENCY).get(mark, default_currency)
        scale = unit_info[2] if unit_info else 1.0
    elif unit_info:
        kind, unit, scale = unit_info
    else:
        kind, unit, scale = "count", "", 1.0
    lead = len(cell.text) - len(cell.text.lstrip())
    start = cell.start + lead
    end = start + len(cell.text.strip())
    text = document.text[start:end]
    return Figure(make_id(document.doc_id, "FIGURE", start, end, text), document.doc_id, document.source,
                  document.page_of(start), start, end, text, kind, round(value * scale, 6), None, unit, "",
                  subject, re.sub(r"\s+", " ", sentence).strip(), "table", 0.9)


