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
