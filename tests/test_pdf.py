"""PDF ingest with both engines: reading-order text, dropped margins kept as blocks, boxes.

Generated PDFs (tests/pdfgen.py) have an exactly known text; the real PDFs in
../shared/realworld/pdfs are checked on sentences a faithful reader must give.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.ingest.pdf.document import box_fields, layout_from_json, layout_json, pdf_to_text
from pipeline.ingest.pdf.layout import span_boxes
from pipeline.records import BoxRun, Document
import pdfgen  # tests/pdfgen.py (pytest puts tests/ on the path)

ENGINES = ("pdfium", "pdfplumber")


@pytest.fixture(scope="module")
def layout_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.make_layout_pdf(tmp_path_factory.mktemp("pdf") / "smart-city-review.pdf")


def real(shared_dir: Path, name: str) -> Path:
    return shared_dir / "realworld" / "pdfs" / name


# -- generated PDFs: exact text --------------------------------------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
def test_generated_pdf_reads_in_order(layout_pdf: Path, engine: str) -> None:
    title, text, spans, _ = pdf_to_text(layout_pdf, "smart-city-review.pdf", None, engine)
    assert text == pdfgen.expected_text()
    assert title == "Smart City Review"
    assert [s.page for s in spans] == [1, 2]
    assert text[spans[1].start:].startswith("The Government will set up a new Office")


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphenation_undone_but_compound_hyphen_kept(layout_pdf: Path, engine: str) -> None:
    text = pdf_to_text(layout_pdf, "x.pdf", None, engine)[1]
    assert "innovation and technology" in text and "innova-" not in text
    assert "postgraduate" in text and "further 50 companies" in text
    assert "along the Shenzhen-Hong Kong boundary" in text


@pytest.mark.parametrize("engine", ENGINES)
def test_margins_and_footnote_markers_are_blocks_not_text(layout_pdf: Path, engine: str) -> None:
    _, text, _, layout = pdf_to_text(layout_pdf, "x.pdf", None, engine)
    kinds = {(b.page, b.kind, b.text) for b in layout.blocks if b.kind != "paragraph"}
    for page in (1, 2):
        assert (page, "header", pdfgen.HEADER) in kinds
        assert (page, "footer", pdfgen.FOOTER) in kinds
        assert (page, "page_number", f"Page {page}") in kinds
    assert (1, "footnote_marker", "1") in kinds
    assert pdfgen.HEADER not in text and pdfgen.FOOTER not in text and "Page 1" not in text
    assert "A total of 2,000 new places" in text  # the marker is not glued to the number


@pytest.mark.parametrize("engine", ENGINES)
def test_generated_table_is_a_block_with_cells(layout_pdf: Path, engine: str) -> None:
    _, text, _, layout = pdf_to_text(layout_pdf, "x.pdf", None, engine)
    [table] = layout.tables
    assert table.page == 2 and table.n == 1
    assert [[c.text for c in row] for row in table.rows] == pdfgen.TABLE
    for row in table.rows:
        for cell in row:
            assert text[cell.start:cell.end] == cell.text


def test_engines_give_the_same_boxes(layout_pdf: Path) -> None:
    a = pdf_to_text(layout_pdf, "x.pdf", None, "pdfium")[3]
    b = pdf_to_text(layout_pdf, "x.pdf", None, "pdfplumber")[3]
    assert [(r.start, r.end) for r in a.runs] == [(r.start, r.end) for r in b.runs]
    for ra, rb in zip(a.runs, b.runs):
        assert max(abs(x - y) for x, y in zip(ra.xs, rb.xs)) < 0.6
        assert abs(ra.bottom - rb.bottom) < 3


# -- boxes -------------------------------------------------------------------------------------------

def test_span_boxes_one_per_line_crossed() -> None:
    runs = (BoxRun(1, 0, 3, 10.0, 20.0, (0, 5, 5, 10, 10, 15)),
            BoxRun(1, 4, 6, 30.0, 40.0, (50, 55, 55, 60)))
    assert span_boxes(runs, 1, 3) == [(1, (5, 10.0, 15, 20.0))]
    assert span_boxes(runs, 2, 6) == [(1, (10, 10.0, 15, 20.0)), (1, (50, 30.0, 60, 40.0))]
    assert span_boxes(runs, 3, 4) == []  # the newline between the lines has no box


def test_box_fields_first_box_and_json(layout_pdf: Path) -> None:
    title, text, spans, layout = pdf_to_text(layout_pdf, "x.pdf", None, "pdfium")
    doc = Document("d", "x.pdf", "pdf", title, text, "sha", 2, spans, layout=layout)
    start = text.index("innovation")
    fields = box_fields(doc, start, start + len("innovation"))
    boxes = json.loads(fields["bbox"])
    assert len(boxes) == 2  # 'innova-' ends one line, 'tion' starts the next
    assert [fields["x0"], fields["top"], fields["x1"], fields["bottom"]] == boxes[0]
    assert boxes[1][1] > boxes[0][1]


def test_layout_artefact_round_trips(layout_pdf: Path) -> None:
    title, text, spans, layout = pdf_to_text(layout_pdf, "x.pdf", None, "pdfium")
    doc = Document("d", "x.pdf", "pdf", title, text, "sha", 2, spans, layout=layout)
    again = layout_from_json(layout_json(doc))
    assert [(b.kind, b.text, b.start) for b in again.blocks] == [(b.kind, b.text, b.start) for b in layout.blocks]
    assert [[c.text for c in row] for row in again.tables[0].rows] == pdfgen.TABLE
    start = text.index("HK$10 billion")
    assert span_boxes(again.runs, start, start + 13) == [
        (p, tuple(round(v, 2) for v in box)) for p, box in span_boxes(layout.runs, start, start + 13)]


_PAGE_CHARS: dict[tuple[Path, int], list[dict]] = {}


def spelt_in_boxes(pdf_path: Path, page: int, boxes: list[list[float]]) -> list[str]:
    """What pdfplumber's own characters inside each box spell (glyph centres inside the box);
    footnote markers (small raised glyphs) inside a box are not part of a span's text."""
    import pdfplumber

    if (pdf_path, page) not in _PAGE_CHARS:
        with pdfplumber.open(pdf_path) as pdf:
            _PAGE_CHARS[(pdf_path, page)] = list(pdf.pages[page - 1].chars)
    chars = _PAGE_CHARS[(pdf_path, page)]
    out = []
    for x0, top, x1, bottom in boxes:
        inside = [c for c in chars if x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= x1 + 0.5
                  and top - 0.5 <= (c["top"] + c["bottom"]) / 2 <= bottom + 0.5 and c["text"].strip()]
        size = max((c["size"] for c in inside), default=0)
        inside.sort(key=lambda c: c["x0"])
        # a small glyph after a full-size one is a footnote marker ('2,000¹ new'); a leading one
        # (the number of a footnote) belongs to the text
        kept = [c for k, c in enumerate(inside) if c["size"] >= 0.8 * size
                or all(d["size"] < 0.8 * size for d in inside[:k])]
        out.append("".join(c["text"] for c in kept))
    return out


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def assert_rows_spell_their_text(out: Path, corpus: Path) -> int:
    """Every row from a PDF: the characters inside its boxes on its page spell its text."""
    import pandas as pd

    checked = 0
    for table in ("figures", "places", "institutions"):
        df = pd.read_parquet(out / f"{table}.parquet")  # the CSV escapes cells like "-1.5%" for spreadsheets
        for row in df[df["source"].str.endswith(".pdf")].itertuples():
            boxes = json.loads(row.bbox)
            assert boxes, f"{table} row without a box: {row.text!r} in {row.source}"
            assert [float(row.x0), float(row.top), float(row.x1), float(row.bottom)] == boxes[0]
            pieces = spelt_in_boxes(corpus / row.source, int(row.page), boxes)
            spelt = "".join(p[:-1] if p.endswith("-") and k < len(pieces) - 1 and
                            not squash(row.text).count(p[-2:]) else p for k, p in enumerate(pieces))
            assert squash(spelt) == squash(row.text), (table, row.source, row.page, row.text, pieces)
            checked += 1
    return checked


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_every_pdf_row_has_a_box_that_spells_its_text(shared_dir: Path, layout_pdf: Path, engine: str,
                                                       tmp_path: Path) -> None:
    import shutil

    from pipeline.config import Config
    from pipeline.batch.runner import run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(layout_pdf, corpus / layout_pdf.name)
    shutil.copy(real(shared_dir, "federal-register-2020-17221.pdf"), corpus / "fr.pdf")
    if engine == "pdfium":
        shutil.copy(real(shared_dir, "hk-budget-2020-21-media-sheets.pdf"), corpus / "hk-budget.pdf")
    out = tmp_path / "out"
    summary = run(Config(corpus=corpus, out=out, workers=1, pdf_engine=engine))
    assert summary.failed == 0
    assert assert_rows_spell_their_text(out, corpus) > 100
    assert (out / "layout").is_dir() and len(list((out / "layout").glob("*.json"))) == len(list(corpus.iterdir()))


# -- real PDFs ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def federal_register(shared_dir: Path) -> dict[str, tuple[str, object]]:
    path = real(shared_dir, "federal-register-2020-17221.pdf")
    return {e: pdf_to_text(path, "fr.pdf", None, e)[1:4:2] for e in ENGINES}  # type: ignore[misc]


@pytest.mark.parametrize("engine", ENGINES)
def test_federal_register_three_columns_in_reading_order(federal_register: dict, engine: str) -> None:
    text, _ = federal_register[engine]
    # each sentence runs down a column and on into the next one; pdfplumber's extract_text interleaves them
    assert ("SUMMARY: The FAA proposes to supersede Airworthiness Directive (AD) 2018–23–51, which applies "
            "to all The Boeing Company Model 737–8 and 737–9 (737 MAX) airplanes.") in text
    assert ("On March 10, 2019, a Boeing Model 737–8 airplane operated by Ethiopian Airlines (Ethiopian "
            "Airlines Flight 302) was involved in an accident after takeoff from Addis Ababa Bole "
            "International Airport in Addis Ababa, Ethiopia, resulting in 157 fatalities.") in text
    assert "perform a non-normal procedure" in text  # the document's own compound keeps its hyphen


@pytest.mark.parametrize("engine", ENGINES)
def test_federal_register_running_header_and_page_numbers_dropped(federal_register: dict, engine: str) -> None:
    text, layout = federal_register[engine]
    assert "Proposed Rules" in text  # the masthead of page 1 is body text
    assert "Vol. 85, No. 152 / Thursday" not in text and "VerDate" not in text and "Jkt 250001" not in text
    headers = {b.page for b in layout.blocks if b.kind == "header" and "Federal Register" in b.text}
    assert headers == set(range(2, 16))
    numbers = {b.page: b.text for b in layout.blocks if b.kind == "page_number"}
    assert numbers == {p: str(47697 + p) for p in range(1, 16)}
    for n in numbers.values():
        assert n not in text
    rotated = [b for b in layout.blocks if b.kind == "rotated" and b.page == 1]
    assert rotated and "PROPOSALS" in rotated[0].text


@pytest.mark.parametrize("engine", ENGINES)
def test_warn_report_tables(shared_dir: Path, engine: str) -> None:
    _, text, spans, layout = pdf_to_text(real(shared_dir, "WARN-Report-for-7-1-2015-to-03-25-2016.pdf"),
                                         "warn.pdf", None, engine)
    assert len(spans) == 16
    assert len({t.page for t in layout.tables}) == 16
    first = [[c.text for c in row] for row in layout.tables[0].rows]
    assert first[0] == ["Notice Date", "Effective", "Received", "Company", "City", "No. Of", "Layoff/Closure"]
    assert first[1] == ["06/22/2015", "03/25/2016", "07/01/2015", "Maxim Integrated Product", "San Jose",
                        "150", "Closure Permanent"]
    assert "06/22/2015\t03/25/2016\t07/01/2015\tMaxim Integrated Product\tSan Jose\t150\tClosure Permanent" in text


@pytest.mark.parametrize("engine", ENGINES)
def test_senate_expenditures_rotated_page_table(shared_dir: Path, engine: str) -> None:
    _, text, _, layout = pdf_to_text(real(shared_dir, "senate-expenditures.pdf"), "senate.pdf", None, engine)
    [table] = layout.tables
    assert [c.text for c in table.rows[0]] == ["DOCUMENT NO.", "DATE POSTED", "PAYEE NAME",
                                              "OBLIGATION/SERVICE DATES", "", "DESCRIPTION", "AMOUNT ($)"]
    # the body is framed, not ruled: its rows, aligned under the ruled header, are table rows
    assert "\t\tBAIN, J MATTHEW\t\t\tDISTRICT DIRECTOR\t37,499.96\n" \
           "\t\tSMITH, ALVARO R\t\t\tLEGISLATIVE CORRESPONDENT\t21,000.00\n" in text
    by_first = {row[0].text: [c.text for c in row] for row in table.rows if row[0].text}
    assert by_first["DHAW20190001"] == ["DHAW20190001", "05/03/2019", "CITIBANK - TRAVEL CBA CARD", "03/04/2019",
                                        "03/06/2019", "STAFF TRANSPORTATION", "920.68"]


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_and_broken_pdfs_keep_their_statuses(shared_dir: Path, engine: str) -> None:
    from pipeline.ingest.formats import ingest_file

    for name, status in (("password-example.pdf", "encrypted"), ("issue-297-example.pdf", "no_text"),
                         ("empty.pdf", "empty")):
        with pytest.raises(IngestError) as exc:
            ingest_file(real(shared_dir, name), name, None, engine)
        assert exc.value.status == status, name


def test_unknown_engine_is_an_error(layout_pdf: Path) -> None:
    with pytest.raises(IngestError, match="unknown PDF engine 'mupdf'"):
        pdf_to_text(layout_pdf, "x.pdf", None, "mupdf")


@pytest.mark.parametrize("engine", ENGINES)
def test_hk_budget_unruled_table_rows_and_page_numbers(shared_dir: Path, engine: str) -> None:
    _, text, _, layout = pdf_to_text(real(shared_dir, "hk-budget-2020-21-media-sheets.pdf"), "hk.pdf", None, engine)
    # a table drawn without rules is a table (rows of tab-separated cells, wrapped labels joined);
    # prose around it stays prose
    assert "\nOperating expenditure\t528.2\t617.7\t16.9%\n" \
           "- of which, recurrent government expenditure\t442.4\t486.6\t10.0%\n" in text
    assert "\nGDP in nominal terms is forecast to increase by 0.5% to 2.5% in 2020.\n" in text
    numbers = {b.page: b.text for b in layout.blocks if b.kind == "page_number"}
    assert numbers[2] == "- 2 -" and numbers[21] == "- 21 -" and numbers[24] == "3"  # annexes restart
    assert "- 2 -" not in text
