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
    assert fund.subject == "Innovation Fund / 2024-25 Estimate (HK$ million)"
    assert fund.page == 2 and doc.text[fund.start:fund.end] == "1,250.5"
    assert fund.sentence == "Innovation Fund | 1,250.5 | +4.2%"
    change = figures["-1.5%"]
    assert (change.kind, change.value, change.unit) == ("percent", -1.5, "")
    assert change.subject == "Smart Mobility / Change (%)"


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
    health = by_subject["Health / 2020-21 Estimate ($ billion)"]
    assert (health.text, health.kind, health.value, health.unit) == ("87.1", "money", 87.1e9, "HKD")
    total = by_subject["Total / 2018-19 Actual ($ billion)"]
    assert total.value == 237.5e9
    growth = by_subject["Social Welfare / 2020-21 versus 2019-20"]
    assert (growth.kind, growth.value) == ("percent", 14.2)
    assert len(figures) == 20


def test_table_figures_rename_the_subject_of_a_figure_already_found(generated: Path) -> None:
    from dataclasses import replace

    doc = document(generated, "pdfium")
    start = doc.text.index("+4.2%")
    found = next(f for f in table_figures(doc, []) if f.text == "+4.2%")
    earlier = replace(found, subject="", method="rule", mention_id="m1")
    out = table_figures(doc, [earlier])
    again = [f for f in out if f.start == start]
    assert len(again) == 1 and again[0].method == "rule" and again[0].subject == "Innovation Fund / Change (%)"


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
        assert [(t.page, t.bbox) for t in a] == [(t.page, t.bbox) for t in b], name
        assert [table_csv(t) for t in a] == [table_csv(t) for t in b], name
