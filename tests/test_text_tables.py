"""Tables written as text (tab-separated rows, Markdown pipe tables): their number cells are figures,
with the unit of the column header, the row label or the caption line, and the header's period."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.normalize.text_tables import text_tables

CAPTIONED = ("Main budget figures (S$B)\n\n"
             "Item\tFY30\tFY31\tChange\n"
             "Revenue\t50.5\t52.0\t+3.0%\n"
             "Deficit\t(1.2)\t-\t\n"
             "\nRevenue will grow by 3.0% next year.\n")


def test_tab_rows_make_a_table_with_cell_offsets_and_caption() -> None:
    [found] = text_tables(CAPTIONED)
    assert found.caption == "Main budget figures (S$B)"
    rows = found.table.rows
    assert [c.text for c in rows[0]] == ["Item", "FY30", "FY31", "Change"]
    assert [c.text for c in rows[1]] == ["Revenue", "50.5", "52.0", "+3.0%"]
    for row in rows:
        for cell in row:
            assert CAPTIONED[cell.start:cell.end] == cell.text


def test_markdown_pipe_table_skips_its_rule_row() -> None:
    text = "Staff by grade\n\n| Grade | 2029 | 2030 |\n|---|---:|---:|\n| Senior | 120 | 135 |\n"
    [found] = text_tables(text)
    assert [[c.text.strip() for c in row] for row in found.table.rows] == \
        [["Grade", "2029", "2030"], ["Senior", "120", "135"]]


@pytest.mark.parametrize("text", [
    "One line\twith a tab only.\nAnd prose after it.\n",  # a single row is no table
    "| a lone pipe row | here |\n",
    "Prose with a | pipe and no table.\nMore prose.\n",
])
def test_no_table(text: str) -> None:
    assert text_tables(text) == []


@pytest.mark.slow
def test_text_table_cells_are_figures_with_units_and_periods() -> None:
    r = pipeline.extract_text(CAPTIONED)
    got = {(f.text, f.kind, f.value, f.unit, f.period) for f in r.figures if f.method == "table"}
    assert ("50.5", "money", 50_500_000_000, "SGD", "FY2030") in got
    assert ("52.0", "money", 52_000_000_000, "SGD", "FY2031") in got
    assert ("(1.2)", "money", -1_200_000_000, "SGD", "FY2030") in got
    assert not any(f.text in ("FY30", "FY31", "-") for f in r.figures)  # headers and nil cells are no figures
    pct = [f for f in r.figures if f.text == "+3.0%"]
    assert len(pct) == 1 and pct[0].kind == "percent"


@pytest.mark.slow
def test_header_and_row_units_of_a_text_table() -> None:
    text = ("Year ended 31 December\n"
            "HK$ million\t2031\t2030\n"
            "Total revenue\t1,234\t1,100\n"
            "No. of staff\t850\t800*\n")
    by_text = {f.text: f for f in pipeline.extract_text(text).figures}
    assert (by_text["1,234"].kind, by_text["1,234"].value, by_text["1,234"].unit) == ("money", 1_234_000_000, "HKD")
    assert (by_text["850"].kind, by_text["850"].value) == ("count", 850)  # the row counts in its own unit
    assert (by_text["800"].kind, by_text["800"].value) == ("count", 800)  # '800*': a note mark after the number
    assert "2031" not in by_text and "2030" not in by_text


@pytest.mark.slow
def test_chinese_text_table_takes_the_header_scale_and_local_currency() -> None:
    text = ("香港特別行政區政府公布開支預算,教育開支達100億元。\n"
            "項目\t二零三零/三一年度(億元)\t增幅(百分比)\n"
            "教育\t1,234.5\t5.2\n"
            "衞生\t987.6\t3.1\n")
    by_text = {f.text: f for f in pipeline.extract_text(text).figures}
    assert (by_text["1,234.5"].kind, by_text["1,234.5"].value, by_text["1,234.5"].unit) == \
        ("money", 123_450_000_000, "HKD")
    assert (by_text["3.1"].kind, by_text["3.1"].value) == ("percent", 3.1)


def test_markdown_pipe_table_without_outer_pipes() -> None:
    # GFM makes the outer pipes optional: the delimiter row ('---|---|') makes the lines around it a table
    text = "Budget outline 2031–2032\nBalance sheet | ($M) |\n---|---|\nCurrent assets | 19.3 |\nTotal assets | 130.1 |\n"
    [found] = text_tables(text)
    assert [[c.text.strip() for c in row] for row in found.table.rows] == \
        [["Balance sheet", "($M)"], ["Current assets", "19.3"], ["Total assets", "130.1"]]
    assert found.caption == "Budget outline 2031–2032"
    for row in found.table.rows:
        for cell in row:
            assert text[cell.start:cell.end] == cell.text


@pytest.mark.parametrize("text", [
    "Revenue | costs rose, and so did pay.\nA second | line of prose.\n",  # pipes without a delimiter row
])
def test_bare_pipes_without_a_delimiter_row_are_no_table(text: str) -> None:
    assert text_tables(text) == []


@pytest.mark.slow
def test_a_caption_that_states_a_time_dates_the_cells_no_header_dates() -> None:
    # the caption is the table's title (PERIOD-GUIDELINES 6: a box title heads its box); a row header's time wins
    text = ("Annual report\n\nBudget outline 2031–2032\nBalance sheet | ($M) |\n---|---|\nTotal assets | 130.1 |\n"
            "\nFive-year record\nTotal expenses | ($M) |\n---|---|\n2029–2030 | 306.4 |\n")
    by_text = {f.text: f for f in pipeline.extract_text(text).figures}
    assert by_text["130.1"].period == "2031..2032"
    assert by_text["306.4"].period == "2029..2030"
