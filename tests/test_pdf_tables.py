"""PDF tables: header units, number cells, header-scaled figures with row/column subjects, CSV artefacts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from pipeline.ingest.pdf.document import pdf_to_text
from pipeline.normalize.tables import cell_value, header_unit, table_figures
from pipeline.write.pdf_artefacts import save_pdf_artefacts, table_csv, write_pdf_table_index
from pipeline.records import Document, DocumentResult

import pdfgen  # tests/pdfgen.py (pytest puts tests/ on the path)

ENGINES = ("pdfium", "pdfplumber")


@pytest.mark.parametrize("header, expected", [
    ("HK$ million", ("money", "HKD", 1e6)),
    ("2024-25 Estimate (HK$ million)", ("money", "HKD", 1e6)),
    ("(in $m)", ("money", "HKD", 1e6)),
    ("2018-19 Actual ($ billion)", ("money", "HKD", 1e9)),
    ("US$'000", ("money", "USD", 1e3)),
    ("Amount (€bn)", ("money", "EUR", 1e9)),
    ("Change (%)", ("percent", "", 1.0)),
    ("%", ("percent", "", 1.0)),
    ("Staff ('000)", ("count", "", 1e3)),
    ("2019-20", None),
    ("No. Of Employees", None),
    ("Programme", None),
    # Chinese headers: a bare 元 is the document's currency
    ("二零三零/三一年度預算(億元)", ("money", "HKD", 1e8)),
    ("金额(百万人民币)", ("money", "CNY", 1e6)),
    ("人民幣萬元", ("money", "CNY", 1e4)),
    ("增幅(百分比)", ("percent", "", 1.0)),
    ("就业人数(万人)", ("count", "", 1e4)),
    ("項目", None),
    ("元朗區", None),
])
def test_header_unit(header: str, expected: tuple[str, str, float] | None) -> None:
    assert header_unit(header, "HKD") == expected


@pytest.mark.parametrize("cell, expected", [
    ("1,250.5", (1250.5, False, "")),
    ("85.5", (85.5, False, "")),
    ("(22,313)", (-22313.0, False, "")),
    ("+4.2%", (4.2, True, "")),
    ("-1.5%", (-1.5, True, "")),
    ("$3,400", (3400.0, False, "$")),
    ("2019-20", None),
    ("n.a.", None),
    ("06/22/2015", None),
    ("Closure Permanent", None),
])
def test_cell_value(cell: str, expected: tuple[float, bool, str] | None) -> None:
    assert cell_value(cell) == expected


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.make_layout_pdf(tmp_path_factory.mktemp("pdf") / "review.pdf")


def document(path: Path, engine: str, source: str = "review.pdf") -> Document:
    title, text, spans, layout = pdf_to_text(path, source, None, engine)
    return Document(f"doc-{engine}", source, "pdf", title, text, "sha", len(spans), spans, layout=layout)


@pytest.mark.parametrize("engine", ENGINES)
def test_generated_table_figures_take_header_scale_and_subjects(generated: Path, engine: str) -> None:
    doc = document(generated, engine)
    figures = {f.text: f for f in table_figures(doc, [])}
    assert set(figures) == {"1,250.5", "380.0", "+4.2%", "-1.5%"}
    fund = figures["1,250.5"]
    assert (fund.kind, fund.value, fund.unit, fund.method) == ("money", 1250.5e6, "HKD", "table")
    assert fund.subject == "Innovation Fund / 2024-25 Estimate"  # the unit is the figure's, not the subject's
    assert fund.period == "2024-25"  # the column header's period (PERIOD-GUIDELINES.md section 6)
    assert fund.page == 2 and doc.text[fund.start:fund.end] == "1,250.5"
    assert fund.sentence == "Innovation Fund | 1,250.5 | +4.2%"
    change = figures["-1.5%"]
    assert (change.kind, change.value, change.unit) == ("percent", -1.5, "")
    assert change.subject == "Smart Mobility / Change"
    assert change.period == "2024-25"  # a 'Change' column changes the dated column before it (PERIOD-GUIDELINES 4)


@pytest.mark.parametrize("engine", ENGINES)
def test_hk_budget_tables_billion_headers(shared_dir: Path, engine: str) -> None:
    doc = document(shared_dir / "realworld" / "pdfs" / "hk-budget-2020-21-media-sheets.pdf", engine, "hk.pdf")
    [p3] = [t for t in doc.layout.tables if t.page == 3]  # type: ignore[union-attr]
    assert [[c.text for c in row] for row in p3.rows][3:] == [
        ["Education", "85.5", "92.4", "99.6", "+7.8%", "+37.6%"],
        ["Social Welfare", "79.5", "82.3", "93.9", "+14.2%", "+61.2%"],
        ["Health", "72.5", "82.7", "87.1", "+5.4%", "+54.3%"],
        ["Total", "237.5", "257.4", "280.6", "+9.1%", "+49.9%"],
    ]
    figures = [f for f in table_figures(doc, []) if f.page == 3]
    by_subject = {f.subject: f for f in figures}
    health = by_subject["Health / 2020-21 Estimate"]
    assert (health.text, health.kind, health.value, health.unit) == ("87.1", "money", 87.1e9, "HKD")
    total = by_subject["Total / 2018-19 Actual"]
    assert (total.value, total.period) == (237.5e9, "2018-19")
    growth = by_subject["Social Welfare / 2020-21 versus 2019-20"]
    assert (growth.kind, growth.value, growth.period) == ("percent", 14.2, "2020-21")  # 'versus 2019-20' a base
    assert len(figures) == 20


def test_table_figures_rename_the_subject_of_a_figure_already_found(generated: Path) -> None:
    from dataclasses import replace

    doc = document(generated, "pdfium")
    start = doc.text.index("+4.2%")
    found = next(f for f in table_figures(doc, []) if f.text == "+4.2%")
    earlier = replace(found, subject="", method="rule", mention_id="m1")
    out = table_figures(doc, [earlier])
    again = [f for f in out if f.start == start]
    assert len(again) == 1 and again[0].method == "rule" and again[0].subject == "Innovation Fund / Change"


def test_artefacts_csv_and_index(generated: Path, tmp_path: Path) -> None:
    doc = document(generated, "pdfium")
    light = save_pdf_artefacts(tmp_path, doc)
    assert light.layout is None and light.text == doc.text
    csv_path = tmp_path / "pdf_tables" / f"{doc.doc_id}_p2_1.csv"
    assert list(csv.reader(io.StringIO(csv_path.read_text("utf-8")))) == pdfgen.TABLE
    assert (tmp_path / "layout" / f"{doc.doc_id}.json").exists()
    assert write_pdf_table_index(tmp_path, [DocumentResult(light)]) == 1
    [row] = list(csv.DictReader(io.StringIO((tmp_path / "pdf_tables.csv").read_text("utf-8"))))
    assert row["file"] == f"pdf_tables/{doc.doc_id}_p2_1.csv"
    assert (row["source"], row["page"], row["n"], row["rows"], row["cols"], row["header_rows"]) == \
        ("review.pdf", "2", "1", "3", "3", "1")


def test_engines_find_the_same_tables(shared_dir: Path) -> None:
    """pdfium reads the ruling lines itself and hands them to pdfplumber's table finder."""
    for name in ("WARN-Report-for-7-1-2015-to-03-25-2016.pdf", "hk-budget-2020-21-media-sheets.pdf",
                 "senate-expenditures.pdf"):
        path = shared_dir / "realworld" / "pdfs" / name
        a, b = (pdf_to_text(path, name, None, e)[3].tables for e in ENGINES)
        assert [(t.page, t.ruled) for t in a] == [(t.page, t.ruled) for t in b], name
        assert [t.bbox for t in a if t.ruled] == [t.bbox for t in b if t.ruled], name
        # an unruled table's box comes from glyph boxes, which the engines measure a little apart
        # (pdfium's loose boxes are taller)
        for ta, tb in zip([t for t in a if not t.ruled], [t for t in b if not t.ruled]):
            assert ta.bbox == pytest.approx(tb.bbox, abs=6.0) and \
                (ta.bbox[0], ta.bbox[2], ta.bbox[3]) == pytest.approx((tb.bbox[0], tb.bbox[2], tb.bbox[3]), abs=1.0)
        assert [table_csv(t) for t in a] == [table_csv(t) for t in b], name


@pytest.mark.parametrize("engine", ENGINES)
def test_hk_budget_unruled_key_figures(shared_dir: Path, engine: str) -> None:
    """Page 1's table has no rules: stacked headers (period / status / unit) over right-aligned
    figures, labels wrapped over two lines; every 2020-21 estimate is an HKD figure in billions."""
    from pipeline.ingest.pdf.document import with_boxes

    doc = document(shared_dir / "realworld" / "pdfs" / "hk-budget-2020-21-media-sheets.pdf", engine, "hk.pdf")
    [p1] = [t for t in doc.layout.tables if t.page == 1]  # type: ignore[union-attr]
    assert not p1.ruled
    by_subject = {f.subject: f for f in with_boxes(doc, table_figures(doc, [])) if f.page == 1}
    for row, text in (("Operating expenditure", "617.7"), ("of which, recurrent government expenditure", "486.6"),
                      ("Capital expenditure", "113.4"), ("Government expenditure", "731.1"),
                      ("Government revenue", "572.5")):
        f = by_subject[f"{row} / 2020-21 Estimate"]
        assert (f.text, f.kind, f.unit, f.method) == (text, "money", "HKD", "table")
        assert f.value == round(float(text) * 10) * 100_000_000  # exact: 617.7 → 617,700,000,000
        assert doc.text[f.start:f.end] == text and f.bbox and f.x0 is not None and f.x0 > 360
        assert f.period == "2020-21"  # the header's period line (PERIOD-GUIDELINES.md section 6)
    assert by_subject["Operating expenditure / 2019-20 Revised Estimate"].value == 528_200_000_000
    increase = by_subject["Operating expenditure / Increase"]
    assert (increase.kind, increase.value) == ("percent", 16.9)
    assert len(by_subject) == 21  # 7 rows × 3 columns


@pytest.mark.parametrize("engine", ENGINES)
def test_hk_budget_medium_range_forecast(shared_dir: Path, engine: str) -> None:
    """Page 21: the unit sits in the header's first cell; a row may state its own unit."""
    doc = document(shared_dir / "realworld" / "pdfs" / "hk-budget-2020-21-media-sheets.pdf", engine, "hk.pdf")
    by_subject = {f.subject: f for f in table_figures(doc, []) if f.page == 21}
    deficit = by_subject["Operating Deficit / 2020-21 Estimate"]
    assert (deficit.text, deficit.kind, deficit.value) == ("(183.0)", "money", -183e9)
    green = by_subject["Net proceeds from issuance of green bonds under the Government Green Bond Programme"
                       " / 2024-25 Forecast"]
    assert (green.value, green.period) == (11.7e9, "2024-25")  # '2024-25' over 'Forecast'

    months = by_subject["In terms of no. of months of government expenditure / 2021-22 Forecast"]
    assert (months.kind, months.value, months.unit) == ("count", 17.0, "")
    share = by_subject["In terms of % of GDP / 2024-25 Forecast"]
    assert (share.kind, share.value) == ("percent", 26.5)
    assert not any(f.text == "-" for f in by_subject.values())


@pytest.mark.parametrize("header, expected", [
    ("2020-21 Estimate ($ billion)", "2020-21 Estimate"),
    ("2024-25 Estimate (HK$ million)", "2024-25 Estimate"),
    ("Change (%)", "Change"),
    ("Amount $m", "Amount"),
    ("2015-16 (Actual)", "2015-16 (Actual)"),
    ("2020-21 versus 2019-20", "2020-21 versus 2019-20"),
    ("Staff ('000)", "Staff"),
])
def test_header_subject(header: str, expected: str) -> None:
    from pipeline.normalize.tables import header_subject

    assert header_subject(header) == expected


def test_number_cell_read_by_the_text_rules_takes_the_header_unit(shared_dir: Path) -> None:
    """Page 2: the text rules read '2,911.2' as a bare count; under '2020-21 Estimate ($ billion)' it is
    HK$2,911.2 billion, and the figure says so (same span, method table)."""
    from pipeline.records import Figure

    doc = document(shared_dir / "realworld" / "pdfs" / "hk-budget-2020-21-media-sheets.pdf", "pdfium", "hk.pdf")
    start = doc.text.index("2,911.2")
    read = Figure("m1", doc.doc_id, doc.source, 2, start, start + 7, "2,911.2", "count", 2911.2, None, "", "",
                  "", "", "rule", 0.8)
    [f] = [f for f in table_figures(doc, [read]) if f.start == start]
    assert (f.mention_id, f.kind, f.value, f.unit, f.method) == ("m1", "money", 2_911_200_000_000, "HKD", "table")
    assert (f.subject, f.period) == ("Nominal GDP / 2020-21 Estimate", "2020-21")


def test_framed_body_rows_become_cells_with_their_header(shared_dir: Path) -> None:
    """senate-expenditures.pdf rules its header and draws a frame round the body: the body's rows
    are cut at the header's columns; an amount's subject is its row's label and 'AMOUNT'."""
    doc = document(shared_dir / "realworld" / "pdfs" / "senate-expenditures.pdf", "pdfium", "senate.pdf")
    by_subject = {f.subject: f for f in table_figures(doc, [])}
    first = by_subject["DHAW20190001 / AMOUNT"]
    assert (first.text, first.kind, first.value) == ("920.68", "money", 920.68)
    assert by_subject["BAIN, J MATTHEW / AMOUNT"].value == 37499.96  # no document number: the payee
    assert not [s for s in by_subject if "05/03/2019" in s or s.endswith("DATE POSTED")]
