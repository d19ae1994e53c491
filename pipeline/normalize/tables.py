"""PDF tables → figures (header subject, header scale/currency).

A table cell's number means little alone: "85.5" under "2020-21 Estimate ($ billion)" in the row
"Education" is HK$85.5 billion of education spending. Header rows are the rows above the first
row with a number; a column's header is its header cells top to bottom; a scale ("million",
"$m", "'000") or currency ("HK$", "US$", "$") or "%" in it applies to the cells below, and leaves
the subject ("Education / 2020-21 Estimate"); a row label may state its own unit ("no. of months").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pipeline.extract import header_money_words, is_change_header, period_of_header
from pipeline.ids import mention_id
from pipeline.records import Document, Figure, PdfTable, TableCell

_VALUE = re.compile(r"(?P<neg>\()?\s*(?P<sign>[+\-−–])?\s*(?P<cur>(?:HK|US|NT|S|A|C|NZ)\$|[$€£¥])?\s*"
                    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*\)?[*†‡]{0,3}")  # '38*': a note mark
_CURRENCY = (("HK$", "HKD"), ("US$", "USD"), ("NT$", "TWD"), ("S$", "SGD"), ("A$", "AUD"), ("C$", "CAD"),
             ("RMB", "CNY"), ("MOP", "MOP"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"))
_SCALE = re.compile(r"(?i)(?:\b|(?<=\$)|(?<=[€£¥]))(thousands?|millions?|billions?|trillions?|mn|bn|m|b|k)\b|('000)")
_SCALES = {"thousand": 1e3, "k": 1e3, "'000": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12}
_YEAR = re.compile(r"(?:19|20)\d\d")
# a unit stated in a header: '($ billion)', '(HK$ million)', '(%)', 'US$'000', '$m'; it becomes the
# figure's unit and scale, and leaves the subject
_UNIT_GROUP = re.compile(r"\(([^()]*)\)")
_UNIT_WORDS = re.compile(r"(?i)(?:(?:HK|US|NT|S|A|C|NZ)\$|[$€£¥]|\bRMB\b|\bMOP\b)\s*(?:'000|(?:thousands?|millions?|"
                         r"billions?|trillions?|mn|bn|m|b|k)\b)?|(?<!\w)%|\bper ?cent\b|\s'000\b")
# a row that counts or compares in its own unit, whatever the columns say ('In terms of no. of
# months of government expenditure' in a '$ billion' table)
_ROW_PERCENT = re.compile(r"(?i)%|\bper ?cent(?:age)?\b")
_ROW_COUNT = re.compile(r"(?i)\b(?:no\.|number) of\b|\b(?:months?|days?|weeks?|ratio|times)\b")
_NIL = frozenset({"-", "–", "—", "−", "n.a.", "n/a", "n.a", "nil", "--"})
_LEAD_DASH = re.compile(r"^\s*[-–—•]\s+")




def header_unit(header: str, default_currency: str) -> tuple[str, str, float] | None:
    """(kind, unit, scale) a column header states: 'HK$ million' → (money, HKD, 1e6)."""
    if re.search(r"%|\bper ?cent\b", header, re.IGNORECASE):
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
    return header_unit_zh(header, default_currency)


# Chinese headers: '(億元)', '(百萬港元)', '人民幣萬元', '(萬人)'; a bare 元 is the document's currency. The scale
# words and named currencies are the figure lexicon's (figure_lexicon.zh.json), as the running text reads them.
_ZH_SCALES, _ZH_CODES = header_money_words()
_ZH_SCALE_ALT = "|".join(sorted(_ZH_SCALES, key=len, reverse=True))
_ZH_MONEY = re.compile(rf"({_ZH_SCALE_ALT})?"
                       rf"({'|'.join(sorted(_ZH_CODES, key=len, reverse=True))}|元|圓)(?![\u4e00-\u9fff])")  # not 元朗
_ZH_COUNT = re.compile(rf"({_ZH_SCALE_ALT})(?:人|個|个|宗|件|戶|户|間|间|家)(?![\u4e00-\u9fff])")


def header_unit_zh(header: str, default_currency: str) -> tuple[str, str, float] | None:
    """(kind, unit, scale) a Chinese header states: '(億元)' → (money, the local currency, 1e8)."""
    if "百分比" in header or "百分率" in header:
        return "percent", "", 1.0
    m = _ZH_MONEY.search(header)
    if m:
        code = next((c for w, c in _ZH_CODES.items() if w in header), default_currency)  # 人民幣萬元
        return "money", code, _ZH_SCALES.get(m.group(1) or "", 1.0)
    m = _ZH_COUNT.search(header)
    if m:
        return "count", "", _ZH_SCALES[m.group(1)]
    return None


def header_subject(header: str) -> str:
    """A column header without the unit it states: '2020-21 Estimate ($ billion)' → '2020-21 Estimate'."""
    def drop(m: re.Match[str]) -> str:
        inner = m.group(1)
        return "" if header_unit(inner, "HKD") is not None and not _YEAR.search(inner) else m.group(0)

    out = _UNIT_WORDS.sub("", _UNIT_GROUP.sub(drop, header))
    return re.sub(r"\s+", " ", out).strip(" -–,;:")


def row_unit(label: str) -> tuple[str, str, float] | None:
    """(kind, unit, scale) a row label imposes on its cells: a percent or a count of its own."""
    if _ROW_PERCENT.search(label):
        return "percent", "", 1.0
    if _ROW_COUNT.search(label):
        return "count", "", 1.0
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
    """Number of leading rows that are headers: those above the first row holding a number (or a
    dash or 'n.a.' standing for one)."""
    for r, row in enumerate(table.rows):
        for cell in row:
            if cell.col == 0:
                continue
            text = cell.text.strip()
            if text.lower() in _NIL or cell_value(text) is not None and not _YEAR.fullmatch(text):
                return r
    return 0


def column_headers(table: PdfTable, n_header: int) -> dict[int, str]:
    """Header text of each column, its header lines top to bottom."""
    return {c: " ".join(parts) for c, parts in column_header_lines(table, n_header).items()}


def column_header_lines(table: PdfTable, n_header: int) -> dict[int, list[str]]:
    """Header cells of each column top to bottom. A header cell merged into its left neighbour
    ('2020-21' over three columns) takes that cell's text: in a ruled table it is an empty cell
    right of the second column, in an unruled one a missing cell."""
    width = max((c.col for row in table.rows for c in row), default=-1) + 1
    headers: dict[int, list[str]] = {}
    for row in table.rows[:n_header]:
        by_col = {cell.col: cell.text.strip() for cell in row}
        last = ""
        for col in range(width):
            if table.ruled:  # an empty cell was merged into its left neighbour; a missing one is
                # under the header cell above (already taken)
                text = (by_col[col] or (last if col > 1 else "")) if col in by_col else ""
            else:
                text = by_col.get(col, last if col >= 1 else "")
            last = text
            if text:
                headers.setdefault(col, []).append(text)
    return headers


def table_figures(document: Document, figures: list[Figure], default_currency: str = "HKD",
                  tables: tuple[PdfTable, ...] | None = None, captions: dict[int, str] | None = None
                  ) -> list[Figure]:
    """Figures of the document's tables (its PDF tables, else `tables` read from its text): a number
    cell is a figure; every figure inside a cell takes 'row header / column header' as its subject
    (the header's unit left out: it is the figure's unit) and the period the headers state. A
    table's caption (`captions` by table n) states a unit no header states ('Key figures (S$B)')."""
    if tables is None:
        tables = document.layout.tables if document.layout is not None else ()
    if not tables:
        return figures
    by_span = {(f.start, f.end): f for f in figures}
    out = sorted(figures, key=lambda f: (f.start, f.end))
    starts = [f.start for f in out]
    added: list[Figure] = []
    by_key = {(t.page, t.n): t for t in tables}
    for table in tables:
        n_header = header_rows(table)
        head, n_head = table, n_header
        earlier = by_key.get((table.page - 1, table.header_from)) if table.header_from else None
        if n_header == 0 and earlier is not None:  # rows continued from the page before, under its header
            head, n_head = earlier, header_rows(earlier)
        if n_head == 0:
            continue
        headers = column_headers(head, n_head)
        units = {u for c in headers.values() if (u := header_unit(c, default_currency))}
        table_unit = units.pop() if len(units) == 1 else None
        caption = (captions or {}).get(table.n, "")
        # a caption that states a time is the table's title ('Budget outline 2021–2022'): it dates the cells
        # no header dates (PERIOD-GUIDELINES 6, as a box title heads its box)
        caption_time = period_of_header(caption) if caption else ""
        if table_unit is None and not units and caption:
            table_unit = header_unit(caption, default_currency)
        # the whole header's period, else its first line that states one (a period line over a
        # status line: '2021-22' / 'Forecast')
        col_periods = {c: period_of_header(" ".join(lines)) or
                       next((p for line in lines if (p := period_of_header(line))), "")
                       for c, lines in column_header_lines(head, n_head).items()}
        for c in sorted(col_periods):  # a 'Change' column: the period of the latest dated column before it
            if not col_periods[c] and is_change_header(headers.get(c, "")):
                col_periods[c] = max((col_periods[k] for k in col_periods if k < c and col_periods[k]), default="")
        for row in table.rows[n_header:]:
            # the row's label: its first cell, or where that is empty (a payee under an empty
            # 'DOCUMENT NO.') its first cell with words
            label = next((c.text.strip() for c in row if c.col == 0), "") or \
                next((c.text.strip() for c in row if c.text.strip() and cell_value(c.text) is None
                      and c.text.strip().lower() not in _NIL), "")
            labelled = cell_value(label) is None or _YEAR.fullmatch(label)  # a year labels its row
            row_header = re.sub(r"\s+", " ", _LEAD_DASH.sub("", label)) if labelled else ""
            row_period = period_of_header(row_header) if row_header else ""
            own_unit = row_unit(row_header) if row_header else None
            sentence = document.text[row[0].start:row[-1].end].replace("\t", " | ") if row else ""
            sentence = re.sub(r"\s+", " ", sentence).strip()
            for cell in row:
                col_header = headers.get(cell.col, "")
                subject = " / ".join(p for p in (row_header, header_subject(col_header)) if p)
                # a cell takes a time written in it, else its column header's, else its row header's
                # (PERIOD-GUIDELINES.md section 6: '2020-21 Estimate' → 2020-21)
                header_period = col_periods.get(cell.col, "") or (row_period if cell.col > 0 else "") or caption_time
                lo, hi = bisect.bisect_left(starts, cell.start), bisect.bisect_left(starts, cell.end)
                inside = [k for k in range(lo, hi) if out[k].end <= cell.end]
                if cell.col == 0 and row_header:
                    for k in inside:
                        out[k] = replace(out[k], subject=subject)
                    continue
                figure = cell_figure(document, cell, subject, sentence, col_header, own_unit or table_unit,
                                     default_currency, mention_id, own_unit is not None)
                if inside:
                    own = period_of_header(cell.text) if cell.col > 0 else ""
                    for k in inside:  # the row is the figure's sentence, not the run of rows spaCy saw
                        out[k] = replace(out[k], subject=subject, sentence=sentence,
                                         period=own or header_period or out[k].period)
                    # a cell that is just a number means what its header says: '2,911.2' under
                    # '2020-21 Estimate ($ billion)' is HK$2,911.2 billion, whatever the text read
                    f = out[inside[0]]
                    if figure is not None and len(inside) == 1 and (f.start, f.end) == (figure.start, figure.end) \
                            and (f.kind, f.value, f.unit) != (figure.kind, figure.value, figure.unit):
                        out[inside[0]] = replace(f, kind=figure.kind, value=figure.value, value_max=None,
                                                 unit=figure.unit, qualifier="", method="table",
                                                 currency_inferred=figure.currency_inferred)
                    continue
                if figure is not None and (figure.start, figure.end) not in by_span:
                    added.append(replace(figure, period=header_period))
    return sorted(out + added, key=lambda f: (f.start, f.end))


def cell_figure(document: Document, cell: TableCell, subject: str, sentence: str, header: str,
                table_unit: tuple[str, str, float] | None, default_currency: str, make_id: Any,
                row_wins: bool = False) -> Figure | None:
    """The figure of a number cell; `table_unit` stands in for a header without a unit, or wins
    over the header when `row_wins` (the row label states its own unit)."""
    parsed = cell_value(cell.text)
    if parsed is None:
        return None
    value, is_percent, mark = parsed
    if not header.strip() or (_YEAR.fullmatch(cell.text.strip()) and not is_percent):
        return None
    unit_info = table_unit if row_wins else header_unit(header, default_currency) or table_unit
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
    end = start + len(cell.text.strip().rstrip("*†‡"))
    text = document.text[start:end]
    # a bare '$' (in the cell, else in the header) leaves the currency to the document
    inferred = kind == "money" and not any(m in (mark or header) for m, _ in _CURRENCY)
    return Figure(make_id(document.doc_id, "FIGURE", start, end, text), document.doc_id, document.source,
                  document.page_of(start), start, end, text, kind, scaled(value, scale), None, unit, "",
                  subject, re.sub(r"\s+", " ", sentence).strip(), "table", 0.9, currency_inferred=inferred)


def scaled(value: float, scale: float) -> float:
    """value × scale without binary noise: 528.2 × 1e9 is 528200000000, not 528200000000.00006."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))
