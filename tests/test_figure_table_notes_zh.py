"""Chinese figures (issue 14, session 15): a table scraped with '|' between its cells, whose unit is stated in a note
above it ('(所有數字單位為百萬元 並按…價格計算)'), gives its bare cells that unit; the note's own scale word states no
amount, a year labelling a row stays a year, and a number in prose after '單位為' is an amount, not a unit.
Made-up tables and sentences."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


TABLE = ("|\n(所有數字單位為百萬元 並按二〇一〇至一一年度價格計算) |\n|||\n| 開支 | 政府 | 公共 ||\n"
         "| 經常帳目 | 81,200 | 81,200 | |\n|\n4,350 ________ |\n4,350 ________ |\n|\n| 85,550 | 85,550 | ||\n"
         "| 佔本地生產總值的百分率 |\n18.4% | ||\n")


def test_barred_cells_under_a_unit_note_are_money_in_that_unit() -> None:
    cells = ("81,200", "81,200", "4,350", "4,350", "85,550", "85,550")
    assert figures(TABLE) == [(c, "money", Decimal(c.replace(",", "")) * 1000000, "HKD") for c in cells] + [
        ("18.4%", "percent", Decimal("18.4"), "")]


def test_a_simplified_note_and_a_mainland_table() -> None:
    table = "（单位为亿元，下同）\n| 项目 | 金额 |\n| 教育 | 512.3 |\n| 卫生 | 98 |\n"
    assert figures(table, "cn") == [("512.3", "money", Decimal("51230000000.0"), "CNY"),
                                    ("98", "money", Decimal("9800000000"), "CNY")]


def test_a_year_labelling_a_barred_row_stays_a_year() -> None:
    table = "(單位為百萬元)\n| 年度 | 開支 |\n| 2024 | 5,120 |\n"
    assert figures(table) == [("5,120", "money", Decimal("5120000000"), "HKD")]


def test_a_number_after_dan_wei_wei_in_prose_is_an_amount() -> None:
    assert figures("每個單位為100萬元。") == [("100萬元", "money", Decimal("1000000"), "HKD")]


def test_barred_numbers_without_a_unit_note_are_not_money() -> None:
    assert all(k != "money" for _, k, _, _ in figures("| 項目 | 數目 |\n| 學校 | 1,200 |\n"))


def test_a_bracketed_unit_on_the_title_line_gives_the_cells_that_unit() -> None:
    table = "公共開支 (百萬元)\n| 範疇 | 2023-24 | 2024-25 |\n| 房屋 | 31,400 | 33,050 |\n"
    assert figures(table) == [("31,400", "money", Decimal(31400000000), "HKD"), ("33,050", "money", Decimal(33050000000), "HKD")]
    assert figures("丙表：儲備（以百萬元計）\n| 項目 | 金額 |\n| 結餘 | 8,200 |\n") == [
        ("8,200", "money", Decimal(8200000000), "HKD")]


def test_a_bracketed_unit_states_no_amount_and_a_percent_column_keeps_the_cells_unread() -> None:
    assert figures("經常開支（百萬元）\n") == []
    assert figures("(以百萬元計)\n項目   開支   增減(%)\n醫療 72,150 75,200 4.2\n") == []
