"""Unruled PDF tables: cells found from glyph alignment on generated pages whose cells are known,
look-alikes (lists, two columns, footnotes) left alone, real pages, text kept once."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.pdf.document import pdf_to_text
from pipeline.write.pdf_artefacts import table_csv
from pipeline.ingest.pdf.unruled import is_value

import pdfgen  # tests/pdfgen.py (pytest puts tests/ on the path)

ENGINES = ("pdfium", "pdfplumber")
BUDGET = "hk-budget-2020-21-media-sheets.pdf"


@pytest.mark.parametrize("text, expected", [
    ("1,133.1", True), ("(118.0)", True), ("+7.8%", True), ("-1.5%", True), ("$3,400", True),
    ("–", True), ("N.A.", True), ("(22,313)#", True), ("^71,008", True), ("0.9%", True),
    ("2019-20", False), ("Estimate", False), ("Total", False), ("($ billion)", False), ("1.", False),
])
def test_is_value(text: str, expected: bool) -> None:
    assert is_value(text) is expected


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, set[tuple[int, str, str, str]]]]:
    folder = tmp_path_factory.mktemp("unruled")
    return [(folder / f"t{seed}.pdf", pdfgen.make_unruled_pdf(folder / f"t{seed}.pdf", seed)) for seed in range(8)]


@pytest.mark.parametrize("engine", ENGINES)
def test_generated_cells_precision_and_recall(generated: list[tuple[Path, set[tuple[int, str, str, str]]]],
                                              engine: str) -> None:
    """80 pages: tables with 1-7 figure columns, stacked period/status/unit headers, a phrase over two
    columns, wrapped and indented labels, dashes, blanks, totals; every fourth page only look-alikes."""
    expected: set[tuple[object, ...]] = set()
    found: set[tuple[object, ...]] = set()
    for path, cells in generated:
        layout = pdf_to_text(path, path.name, None, engine)[3]
        expected |= {(path.name, *c) for c in cells}
        found |= {(path.name, *c) for c in pdfgen.found_cells(layout.tables)}
    precision, recall = pdfgen.cell_scores(expected, found)  # type: ignore[arg-type]
    assert len(expected) > 1000
    assert precision >= 0.98 and recall >= 0.98, (precision, recall)


def test_look_alikes_are_not_tables(tmp_path: Path) -> None:
    """Numbered lists with an amount at the right, two columns of prose with figures, footnotes."""
    import random

    from reportlab.pdfgen import canvas

    rng = random.Random(7)
    path = tmp_path / "prose.pdf"
    c = canvas.Canvas(str(path), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H))
    for _page in range(6):
        y = pdfgen.PAGE_H - 72
        while y > 200:
            y = pdfgen.draw_distractors(c, rng, y, rng.choice(["Helvetica", "Times-Roman"]), 10.0)
        c.showPage()
    c.save()
    for engine in ENGINES:
        assert pdf_to_text(path, path.name, None, engine)[3].tables == (), engine


def test_real_documents_without_unruled_tables(shared_dir: Path) -> None:
    """Three-column prose, a line-numbered transcript, charts with value labels, ruled tables."""
    for name in ("federal-register-2020-17221.pdf", "scotus-transcript-p1.pdf", "chelsea_pdta.pdf",
                 "WARN-Report-for-7-1-2015-to-03-25-2016.pdf", "2023-06-20-PV.pdf", "cupertino_usd_4-6-16.pdf"):
        tables = pdf_to_text(shared_dir / "realworld" / "pdfs" / name, name, None, "pdfium")[3].tables
        assert [t.page for t in tables if not t.ruled] == [], name


@pytest.mark.parametrize("engine", ENGINES)
def test_budget_first_page_table(shared_dir: Path, engine: str) -> None:
    _, text, spans, layout = pdf_to_text(shared_dir / "realworld" / "pdfs" / BUDGET, BUDGET, None, engine)
    [table] = [t for t in layout.tables if t.page == 1]
    assert table_csv(table) == (
        ",2019-20,2020-21,\n"
        ",Revised Estimate,Estimate,Increase\n"
        ",($ billion),($ billion),\n"
        "Operating expenditure,528.2,617.7,16.9%\n"
        "\"- of which, recurrent government expenditure\",442.4,486.6,10.0%\n"
        "Capital expenditure,83.2,113.4,36.3%\n"
        "\"- of which, capital works expenditure\",64.2,74.0,15.3%\n"
        "Government expenditure,611.4,731.1,19.6%\n"
        "Government revenue,567.3,572.5,0.9%\n"
        "Consolidated deficit after issuance and repayment of bonds and notes,37.8,139.1,267.7%\n")
    # every cell's text sits at its offsets, once: the table is the text of its region
    page1 = text[spans[0].start:spans[0].end]
    for row in table.rows:
        for cell in row:
            assert text[cell.start:cell.end] == cell.text
    assert page1.count("617.7") == 1 and page1.count("Operating expenditure") == 1
    assert "GDP in nominal terms is forecast to increase by 0.5% to 2.5% in 2020." in page1


def test_budget_tables_found_and_deterministic(shared_dir: Path) -> None:
    path = shared_dir / "realworld" / "pdfs" / BUDGET
    first = pdf_to_text(path, BUDGET, None, "pdfium")
    again = pdf_to_text(path, BUDGET, None, "pdfium")
    assert first[1] == again[1]
    assert [table_csv(t) for t in first[3].tables] == [table_csv(t) for t in again[3].tables]
    assert [t.page for t in first[3].tables if not t.ruled] == [1, 2, 11, 14, 20, 21]
    [p2] = [t for t in first[3].tables if t.page == 2]
    assert [c.text for c in p2.rows[0]] == ["", "2015-16", "2020-21", "2020-21 Versus 2015-16"]  # one phrase, two columns
    assert [c.text for c in p2.rows[-1]] == ["Nominal GDP", "2,398.3", "2,911.2", "21.4%", "4.0%"]


def test_years_label_rows(tmp_path: Path) -> None:
    """A first column of years labels the rows (line numbers and list numbers do not)."""
    from reportlab.pdfgen import canvas

    from pipeline.normalize.tables import table_figures
    from pipeline.records import Document

    path = tmp_path / "years.pdf"
    c = canvas.Canvas(str(path), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H))
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, "Revenue and expenditure of the Fund are as follows:")
    rows = [("", "Revenue", "Expenditure"), ("", "($ million)", "($ million)"),
            ("2017", "512.3", "498.1"), ("2018", "530.0", "505.7"), ("2019", "548.2", "520.4")]
    for k, (year, a, b) in enumerate(rows):
        y = 690 - 14 * k
        c.drawString(72, y, year)
        for x, text in ((250, a), (350, b)):
            (c.drawCentredString if k < 2 else c.drawRightString)(x if k < 2 else x + 25, y, text)
    c.showPage()
    c.save()
    title, text, spans, layout = pdf_to_text(path, path.name, None, "pdfium")
    [table] = layout.tables
    assert not table.ruled and [c.text for c in table.rows[-1]] == ["2019", "548.2", "520.4"]
    doc = Document("d", path.name, "pdf", title, text, "sha", len(spans), spans, layout=layout)
    by_subject = {f.subject: f for f in table_figures(doc, [])}
    revenue = by_subject["2018 / Revenue"]
    assert (revenue.value, revenue.unit, revenue.period) == (530_000_000, "HKD", "2018")


def test_two_row_tables_under_a_period_header(tmp_path: Path) -> None:
    """Two rows of figures are a table under a header naming each figure column with a period
    ('2019-20 / Revised Estimate'); the same rows under a header without one are left as text."""
    import random

    from reportlab.pdfgen import canvas

    path = tmp_path / "two.pdf"
    c = canvas.Canvas(str(path), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H))
    expected: set[tuple[int, str, str, str]] = set()
    for seed in range(12):
        rng = random.Random(seed)
        table = pdfgen.random_table(rng)
        table["rows"] = table["rows"][:2]  # type: ignore[index]
        headed = seed % 3 != 2
        if not headed:  # status and unit lines only: no period over the figures
            table["headers"] = [[line for line in h if not any(ch.isdigit() for ch in line)] or ["Amount"]
                                for h in table["headers"]]  # type: ignore[attr-defined]
        font, size = rng.choice(["Helvetica", "Times-Roman"]), rng.choice([9.0, 10.0, 11.0])
        y = pdfgen.draw_prose(c, rng, 72, pdfgen.PAGE_H - 72, 460, font, size, 2)
        pdfgen.draw_unruled_table(c, rng, table, 72, y, font, size)
        if headed:
            expected |= pdfgen.expected_cells(table, seed + 1)
        c.showPage()
    c.save()
    for engine in ENGINES:
        tables = pdf_to_text(path, path.name, None, engine)[3].tables
        assert {t.page for t in tables} <= {p + 1 for p in range(12) if p % 3 != 2}, engine
        precision, recall = pdfgen.cell_scores(expected, pdfgen.found_cells(tables))
        assert len(expected) > 20 and precision >= 0.98 and recall >= 0.9, (engine, precision, recall)


def draw_rows(c: object, rows: list[tuple[str, ...]], y: float, xs: tuple[float, ...]) -> None:
    for k, (label, *cells) in enumerate(rows):
        c.drawString(72, y - 14 * k, label)  # type: ignore[attr-defined]
        for x, text in zip(xs, cells):
            c.drawRightString(x, y - 14 * k, text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("aligned", [True, False])
def test_continued_table_takes_the_header_of_the_page_before(tmp_path: Path, aligned: bool) -> None:
    """A table that opens a page without a header continues the one that closed the page before
    when its columns line up: its figures take that header's period and unit; a table whose
    columns do not line up keeps none."""
    from reportlab.pdfgen import canvas

    from pipeline.normalize.tables import table_figures
    from pipeline.records import Document

    path = tmp_path / "continued.pdf"
    c = canvas.Canvas(str(path), pagesize=(pdfgen.PAGE_W, pdfgen.PAGE_H))
    c.setFont("Helvetica", 10)
    c.drawString(72, 400, "Spending on the main programmes is set out below.")
    for k, (a, b) in enumerate([("2019-20", "2020-21"), ("Revised Estimate", "Estimate"), ("($ million)", "($ million)")]):
        c.drawCentredString(330, 370 - 14 * k, a)
        c.drawCentredString(430, 370 - 14 * k, b)
    draw_rows(c, [("Education", "8,120.5", "8,402.0"), ("Health", "7,310.2", "7,655.9"),
                  ("Housing", "2,201.0", "2,350.4")], 320, (355, 455))
    c.showPage()
    c.setFont("Helvetica", 10)
    rows = [("Transport", "1,904.3", "1,988.1"), ("Environment", "1,122.8", "1,260.0"), ("Security", "4,410.7", "4,530.2")]
    draw_rows(c, rows if aligned else [(label, b) for label, _, b in rows], 760, (355, 455) if aligned else (520,))
    c.showPage()
    c.save()
    title, text, spans, layout = pdf_to_text(path, path.name, None, "pdfium")
    assert [(t.page, t.ruled) for t in layout.tables] == [(1, False), (2, False)]
    doc = Document("d", path.name, "pdf", title, text, "sha", len(spans), spans, layout=layout)
    by_subject = {f.subject: f for f in table_figures(doc, []) if f.page == 2}
    if aligned:
        assert layout.tables[1].header_from == 1
        from pipeline.ingest.pdf.document import layout_from_json, layout_json

        assert layout_from_json(layout_json(doc)).tables[1].header_from == 1  # the staged `tables` command
        security = by_subject["Security / 2020-21 Estimate"]
        assert (security.value, security.unit, security.period) == (4_530_200_000, "HKD", "2020-21")
    else:
        assert layout.tables[1].header_from == 0 and by_subject == {}
