"""PDFs with known layouts for the PDF tests, drawn with reportlab line by line.

Every line is placed by hand, so the expected reading-order text is known exactly: two justified
columns, a running header, a footer with the page number, words hyphenated across lines, a
footnote marker and a ruled table whose header carries 'HK$ million'.
"""

from __future__ import annotations

from pathlib import Path

PAGE_W, PAGE_H = 612.0, 792.0
HEADER = "Smart City Review 2024"
FOOTER = "Innovation and Technology Bureau"
COLUMNS = ((72.0, 288.0), (324.0, 540.0))
FONT, SIZE, LEADING = "Helvetica", 8.0, 11.0

# Each column is a list of paragraphs; each paragraph a list of lines (as drawn). A line ending in
# '-' is a hyphenated break.
PAGE1_LEFT = [
    ["The government will strengthen its support for innova-",
     "tion and technology in the Greater Bay Area, with new",
     "research centres along the Shenzhen-",
     "Hong Kong boundary and more funding."],
    ["A total of 2,000{1} new places will be provided for post-",
     "graduate students at local universities from 2025."],
]
PAGE1_RIGHT = [
    ["The Innovation and Technology Fund will receive an",
     "injection of HK$10 billion to support applied research",
     "and development projects in the coming five years."],
    ["The Hetao Shenzhen-Hong Kong Science and Technology",
     "Innovation Co-operation Zone covers an area of about",
     "87 hectares next to the Lok Ma Chau Loop."],
]
PAGE2_LEFT = [
    ["The Government will set up a new Office for Attracting",
     "Strategic Enterprises to bring in high-potential firms",
     "from the Mainland and overseas."],
]
PAGE2_RIGHT = [
    ["Some 300 enterprises have expressed interest so far,",
     "and the Office expects to sign agreements with a fur-",
     "ther 50 companies by the end of 2025."],
]
TABLE = [
    ["Programme", "2024-25 Estimate (HK$ million)", "Change (%)"],
    ["Innovation Fund", "1,250.5", "+4.2%"],
    ["Smart Mobility", "380.0", "-1.5%"],
]
FOOTNOTE = "1 Including 500 places funded by the University Grants Committee."


def paragraphs_text(columns: list[list[list[str]]]) -> str:
    """The text a faithful reader gives for these columns: paragraphs, hyphenation undone."""
    out = []
    for column in columns:
        for para in column:
            text = ""
            for line in para:
                line = line.replace("{1}", "")
                if text.endswith("-") and text[-2].islower() and line[0].islower():
                    text = text[:-1] + line
                elif text.endswith("-"):
                    text += line
                else:
                    text += (" " if text else "") + line
            out.append(text)
    return "\n\n".join(out)


def expected_text() -> str:
    page1 = paragraphs_text([PAGE1_LEFT, PAGE1_RIGHT])
    page2 = paragraphs_text([PAGE2_LEFT, PAGE2_RIGHT])
    table = "\n".join("\t".join(row) for row in TABLE)
    return page1 + "\n\n" + FOOTNOTE + "\n\n" + page2 + "\n\n" + table + "\n\n"


def draw_justified(c: object, x0: float, x1: float, y: float, line: str, last: bool) -> None:
    """Words placed one by one (no space glyphs), stretched to the column width unless `last`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = line.split(" ")
    widths = [stringWidth(w.replace("{1}", ""), FONT, SIZE) for w in words]
    natural = sum(widths) + stringWidth(" ", FONT, SIZE) * (len(words) - 1)
    gap = stringWidth(" ", FONT, SIZE)
    if not last and len(words) > 1 and line.endswith("-") or not last and len(words) > 1:
        gap += (x1 - x0 - natural) / (len(words) - 1)
    x = x0
    for word, w in zip(words, widths):
        if "{1}" in word:  # footnote marker: small, raised
            base = word.replace("{1}", "")
            c.setFont(FONT, SIZE)  # type: ignore[attr-defined]
            c.drawString(x, y, base)  # type: ignore[attr-defined]
            c.setFont(FONT, 6)  # type: ignore[attr-defined]
            c.drawString(x + w + 0.3, y + 4, "1")  # type: ignore[attr-defined]
            c.setFont(FONT, SIZE)  # type: ignore[attr-defined]
        else:
            c.drawString(x, y, word)  # type: ignore[attr-defined]
        x += w + gap


def draw_columns(c: object, columns: list[list[list[str]]], top: float) -> None:
    for (x0, x1), paras in zip(COLUMNS, columns):
        y = top
        for para in paras:
            for k, line in enumerate(para):
                draw_justified(c, x0, x1, y, line, last=k == len(para) - 1)
                y -= LEADING
            y -= LEADING  # blank line between paragraphs


def draw_margins(c: object, page: int) -> None:
    c.setFont(FONT, 8)  # type: ignore[attr-defined]
    c.drawString(72, PAGE_H - 40, HEADER)  # type: ignore[attr-defined]
    c.drawString(72, 30, FOOTER)  # type: ignore[attr-defined]
    c.drawCentredString(PAGE_W / 2, 30, f"Page {page}")  # type: ignore[attr-defined]
    c.setFont(FONT, SIZE)  # type: ignore[attr-defined]


def draw_table(c: object, top: float) -> None:
    xs = [72.0, 200.0, 400.0, 540.0]
    row_h = 20.0
    ys = [top - k * row_h for k in range(len(TABLE) + 1)]
    c.setLineWidth(0.5)  # type: ignore[attr-defined]
    c.grid(xs, ys)  # type: ignore[attr-defined]
    c.setFont(FONT, 9)  # type: ignore[attr-defined]
    for r, row in enumerate(TABLE):
        for k, cell in enumerate(row):
            c.drawString(xs[k] + 4, ys[r] - 14, cell)  # type: ignore[attr-defined]


def make_layout_pdf(path: Path) -> Path:
    """Two pages of two columns with a running header and footer; a table on page 2."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setTitle("Smart City Review")
    draw_margins(c, 1)
    c.setFont(FONT, SIZE)
    draw_columns(c, [PAGE1_LEFT, PAGE1_RIGHT], PAGE_H - 100)
    c.setFont(FONT, 8)
    c.drawString(72, 90, FOOTNOTE)
    c.showPage()
    draw_margins(c, 2)
    c.setFont(FONT, SIZE)
    draw_columns(c, [PAGE2_LEFT, PAGE2_RIGHT], PAGE_H - 100)
    draw_table(c, PAGE_H - 300)
    c.showPage()
    c.save()
    return path


def make_long_pdf(path: Path, pages: int = 200) -> Path:
    """A long plain two-column report (the benchmark's generated document)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    body = PAGE1_LEFT + PAGE1_RIGHT + PAGE2_LEFT + PAGE2_RIGHT
    for page in range(1, pages + 1):
        draw_margins(c, page)
        c.setFont(FONT, SIZE)
        draw_columns(c, [body * 2, body * 2], PAGE_H - 80)
        c.showPage()
    c.save()
    return path


# -- unruled tables with known cells ------------------------------------------------------------------

LABEL_WORDS = ["Operating", "Capital", "Recurrent", "Government", "Education", "Social welfare", "Health",
               "Housing", "Transport", "Security", "Environment", "Infrastructure", "Economic",
               "Community", "Land", "Public", "District", "Innovation", "Tourism", "Labour"]
LABEL_TAILS = ["expenditure", "revenue", "spending", "services", "programmes", "grants", "subventions",
               "works", "support", "measures"]
LONG_TAILS = ["after issuance and repayment of bonds and notes", "including provisions for the",
              "under the capital works reserve fund", "and related administrative overheads"]
PERIODS = ["2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23"]
STATUSES = ["Actual", "Revised Estimate", "Estimate", "Forecast", "Original Estimate"]
UNITS = ["($ million)", "($ billion)", "(HK$ million)", "(US$'000)"]
PROSE = ("The Government will continue to invest in infrastructure and services for the community, "
         "with spending on education rising by 4.5% to $99.6 billion in 2020-21 and a further "
         "2,000 places for students at local universities over the coming five years. These measures "
         "aim to support enterprises, safeguard jobs and relieve the burden on families while the "
         "economy recovers from the downturn of 2019.").split(" ")


def prose_lines(rng: object, n: int, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = PROSE[rng.randrange(len(PROSE)):] + PROSE  # type: ignore[attr-defined]
    lines, line = [], ""
    for w in words:
        if stringWidth(line + " " + w, font, size) > width and line:
            lines.append(line)
            line = w
            if len(lines) == n:
                break
        else:
            line = (line + " " + w).strip()
    return lines


def number_text(rng: object, scale: int, decimals: int) -> str:
    value = rng.uniform(0.1, 1.0) * scale  # type: ignore[attr-defined]
    text = f"{value:,.{decimals}f}"
    if rng.random() < 0.08:  # type: ignore[attr-defined]
        return f"({text})"
    return text


def random_table(rng: object) -> dict[str, object]:
    """Headers (one entry per column, stacked lines) and rows (label lines, cells) of a table."""
    n_cols = rng.randint(1, 5)  # type: ignore[attr-defined]
    first = rng.randrange(len(PERIODS) - n_cols)  # type: ignore[attr-defined]
    unit = rng.choice(UNITS)  # type: ignore[attr-defined]
    status_line = rng.random() < 0.7  # type: ignore[attr-defined]
    unit_line = rng.random() < 0.7  # type: ignore[attr-defined]
    headers: list[list[str]] = []
    for k in range(n_cols):
        lines = [PERIODS[first + k]]
        if status_line:
            lines.append(rng.choice(STATUSES))  # type: ignore[attr-defined]
        if unit_line:
            lines.append(unit)
        headers.append(lines)
    percent = rng.random() < 0.5  # type: ignore[attr-defined]
    if percent:
        headers.append([rng.choice(["Increase", "Change (%)", "Growth"])])  # type: ignore[attr-defined]
    versus = not percent and n_cols >= 2 and rng.random() < 0.4  # type: ignore[attr-defined]
    if versus:  # one phrase over two columns: '2020-21 versus', then a line per column
        headers += [[f"{PERIODS[first + n_cols - 1]} versus", PERIODS[first]],
                    [f"{PERIODS[first + n_cols - 1]} versus", PERIODS[first + 1]]]
    depth = max(len(h) for h in headers)
    headers = [[""] * (depth - len(h)) + h for h in headers]  # header lines align at the bottom
    scale = rng.choice([100, 1000, 100000])  # type: ignore[attr-defined]
    decimals = rng.choice([0, 1])  # type: ignore[attr-defined]
    rows: list[tuple[list[str], list[str], bool]] = []
    used: set[str] = set()
    for _ in range(rng.randint(3, 9)):  # type: ignore[attr-defined]
        sub = bool(rows) and rng.random() < 0.2  # type: ignore[attr-defined]
        while True:
            label = rng.choice(LABEL_WORDS) + " " + rng.choice(LABEL_TAILS)  # type: ignore[attr-defined]
            if sub:
                label = "- of which, " + label.lower()
            if label not in used:
                used.add(label)
                break
        label_lines = [label]
        if rng.random() < 0.25:  # type: ignore[attr-defined]
            label_lines.append(rng.choice(LONG_TAILS))  # type: ignore[attr-defined]
        cells = []
        for _k in range(n_cols):
            roll = rng.random()  # type: ignore[attr-defined]
            blank = roll < 0.08 and any(cells)  # a row keeps a figure: three rows with figures make a table
            cells.append("–" if roll < 0.05 else "" if blank else number_text(rng, scale, decimals))
        if percent:
            cells.append(f"{rng.uniform(-20, 40):.1f}%")  # type: ignore[attr-defined]
        if versus:
            cells += [f"{rng.uniform(-20, 40):+.1f}%", f"{rng.uniform(-20, 40):+.1f}%"]  # type: ignore[attr-defined]
        rows.append((label_lines, cells, sub))
    if rng.random() < 0.5:  # type: ignore[attr-defined]
        rows.append((["Total"], [number_text(rng, scale * 5, decimals) for _ in range(n_cols)] +
                     ([f"{rng.uniform(0, 20):.1f}%"] if percent else []) +
                     (["+1.0%", "+2.0%"] if versus else []), False))  # type: ignore[attr-defined]
    return {"headers": headers, "rows": rows}


def draw_unruled_table(c: object, rng: object, table: dict[str, object], x: float, y: float, font: str,
                       size: float) -> float:
    """Draw `table` with its top at y; numbers right-aligned; returns the y below it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    headers: list[list[str]] = table["headers"]  # type: ignore[assignment]
    rows: list[tuple[list[str], list[str], bool]] = table["rows"]  # type: ignore[assignment]
    lead = size * 1.25
    label_w = max(stringWidth(line, font, size) + (8 if sub else 0) + (10 if k else 0)
                  for lines, _, sub in rows for k, line in enumerate(lines))
    widths = []
    for k, h in enumerate(headers):
        cells = [r[1][k] for r in rows]
        widths.append(max([stringWidth(t, font, size) for t in h + cells]))
    gap = rng.uniform(1.0, 2.5) * size  # type: ignore[attr-defined]
    versus = headers[-1][-2:-1] != [""] and headers[-1][0].endswith("versus")
    while len(widths) > 1 and x + label_w + sum(w + gap for w in widths) > PAGE_W - 60:
        if versus:  # the pair under one phrase goes together
            versus = False
            widths.pop()
            headers.pop()
            for _, cells, _ in rows:
                cells.pop()
        widths.pop()  # the page is full: the table keeps the columns that fit
        headers.pop()
        for _, cells, _ in rows:
            cells.pop()
    x_cols, at = [], x + label_w + gap
    for w in widths:
        x_cols.append((at, at + w))
        at += w + gap
    c.setFont(font, size)  # type: ignore[attr-defined]
    if rng.random() < 0.3 and not headers[0][0]:  # type: ignore[attr-defined]
        c.drawString(x, y, "(in the units below)")  # type: ignore[attr-defined]
    for line in range(len(headers[0])):
        for k, ((x0, x1), h) in enumerate(zip(x_cols, headers)):
            spans = h[line].endswith("versus")  # a phrase over two columns
            if not h[line] or (spans and k and headers[k - 1][line] == h[line]):
                continue
            if spans and k + 1 < len(headers) and headers[k + 1][line] == h[line]:
                x1 = x_cols[k + 1][1]
            c.drawCentredString((x0 + x1) / 2, y, h[line])  # type: ignore[attr-defined]
        y -= lead
    y -= 0.4 * lead
    spaced = rng.random() < 0.5  # type: ignore[attr-defined]
    decimal = rng.random() < 0.3  # type: ignore[attr-defined]
    for k, (lines, cells, sub) in enumerate(rows):
        if lines == ["Total"] or (spaced and k and not sub):
            y -= 0.6 * lead
        for j, line in enumerate(lines):
            c.drawString(x + (8 if sub else 0) + (10 if j else 0), y - j * lead, line)  # type: ignore[attr-defined]
        for (x0, x1), cell in zip(x_cols, cells):
            if "." in cell and decimal:  # aligned on the decimal point
                c.drawAlignedString(x1 - size, y, cell)  # type: ignore[attr-defined]
            else:
                c.drawRightString(x1, y, cell)  # type: ignore[attr-defined]
        y -= lead * len(lines)
    return y - lead


def expected_cells(table: dict[str, object], page: int) -> set[tuple[int, str, str, str]]:
    """(page, row label, column header, cell text) of every filled cell right of the labels."""
    headers: list[list[str]] = table["headers"]  # type: ignore[assignment]
    out = set()
    for lines, cells, _ in table["rows"]:  # type: ignore[attr-defined]
        label = " ".join(lines)
        for h, cell in zip(headers, cells):
            if cell:
                out.add((page, label, " ".join(p for p in h if p), cell))
    return out


def draw_prose(c: object, rng: object, x: float, y: float, width: float, font: str, size: float, n: int) -> float:
    c.setFont(font, size)  # type: ignore[attr-defined]
    for line in prose_lines(rng, n, font, size, width):
        c.drawString(x, y, line)  # type: ignore[attr-defined]
        y -= size * 1.25
    return y - size


def draw_distractors(c: object, rng: object, y: float, font: str, size: float) -> float:
    """Things that are not tables: a numbered list with a hanging indent, two columns of prose with
    figures in them, footnotes."""
    kind = rng.choice(["list", "columns", "footnotes"])  # type: ignore[attr-defined]
    c.setFont(font, size)  # type: ignore[attr-defined]
    if kind == "list":
        for k in range(1, rng.randint(4, 7)):  # type: ignore[attr-defined]
            lines = prose_lines(rng, 2, font, size, 380)
            c.drawString(72, y, f"{k}.")  # type: ignore[attr-defined]
            for j, line in enumerate(lines):
                c.drawString(100, y - j * size * 1.25, line)  # type: ignore[attr-defined]
            c.drawRightString(540, y, f"{rng.randint(10, 900):,}")  # type: ignore[attr-defined]
            y -= size * 1.25 * (len(lines) + 0.5)
    elif kind == "columns":
        left = prose_lines(rng, 8, font, size, 210)
        right = prose_lines(rng, 8, font, size, 210)
        for j, (a, b) in enumerate(zip(left, right)):
            c.drawString(72, y - j * size * 1.25, a)  # type: ignore[attr-defined]
            c.drawString(320, y - j * size * 1.25, b)  # type: ignore[attr-defined]
        y -= size * 1.25 * (len(left) + 1)
    else:
        for k in range(1, 4):
            c.setFont(font, size - 1)  # type: ignore[attr-defined]
            c.drawString(72, y, f"{k}")  # type: ignore[attr-defined]
            c.drawString(80, y, " ".join(prose_lines(rng, 1, font, size - 1, 420)))  # type: ignore[attr-defined]
            y -= size * 1.3
    return y - size


def make_unruled_pdf(path: Path, seed: int, pages: int = 10) -> set[tuple[int, str, str, str]]:
    """Pages of prose, unruled tables and look-alikes (lists, two columns, footnotes); returns the
    cells a reader should find."""
    import random

    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    expected: set[tuple[int, str, str, str]] = set()
    for page in range(1, pages + 1):
        font = rng.choice(["Helvetica", "Times-Roman"])
        size = rng.choice([9.0, 10.0, 11.0, 12.0])
        y = PAGE_H - 72
        c.setFont(font, size + 2)
        c.drawString(72, y, f"({page}) Key Figures")
        y -= 2 * size
        y = draw_prose(c, rng, 72, y, 460, font, size, rng.randint(2, 4))
        if page % 4 == 0:
            y = draw_distractors(c, rng, y, font, size)
        else:
            table = random_table(rng)
            y = draw_unruled_table(c, rng, table, 72, y, font, size)
            expected |= expected_cells(table, page)
        if y > 260:
            y = draw_distractors(c, rng, y, font, size)
        c.showPage()
    c.save()
    return expected


def found_cells(tables: object) -> set[tuple[int, str, str, str]]:
    """(page, row label, column header, cell text) of every filled body cell right of the labels
    of the tables a reader found (`PdfLayout.tables`)."""
    from pipeline.normalize.tables import column_headers, header_rows

    out = set()
    for t in tables:  # type: ignore[attr-defined]
        n = header_rows(t)
        headers = column_headers(t, n)
        for row in t.rows[n:]:
            label = " ".join(next((c.text for c in row if c.col == 0), "").split())
            for cell in row:
                if cell.col and cell.text.strip():
                    out.add((t.page, label, " ".join(headers.get(cell.col, "").split()), cell.text.strip()))
    return out


def cell_scores(expected: set[tuple[int, str, str, str]], found: set[tuple[int, str, str, str]]
                ) -> tuple[float, float]:
    """(precision, recall) of found cells against the known ones."""
    hit = len(expected & found)
    return (hit / len(found) if found else 1.0), (hit / len(expected) if expected else 1.0)
