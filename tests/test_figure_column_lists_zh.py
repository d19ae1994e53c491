"""A plain-text table flattened to one cell per line (a statistics bulletin copied from a web page): the header's
column names (比上年±%, 價格指數, 絕對數(億元)) say what the bare numbers below are. Made-up tables."""

from __future__ import annotations

from pipeline.extract.figures.chinese import find_figures_zh

TABLE = ("全年上涨3.0%。\n表2主要農產品價格指數\n指标\n价格指数\n比上年±%\n粮食\n101.5\n1.5\n蔬菜\n97.0\n-3.0\n"
         "水果\n104.2\n4.2\n三、工业\n全年工业增加值增长5%。")


def read(text: str) -> list[tuple[str, str, float, str]]:
    return [(text[f.start:f.end], f.kind, float(f.value), f.unit) for f in find_figures_zh(text, locale="cn")]


def test_index_and_percent_columns() -> None:
    assert read(TABLE) == [("3.0%", "percent", 3.0, ""), ("101.5", "quantity", 101.5, ""), ("1.5", "percent", 1.5, ""),
                           ("97.0", "quantity", 97.0, ""), ("-3.0", "percent", -3.0, ""),
                           ("104.2", "quantity", 104.2, ""), ("4.2", "percent", 4.2, ""), ("5%", "percent", 5.0, "")]


def test_money_column_in_its_scale() -> None:
    text = "指标\n绝对数(亿元)\n比上年增长%\n地区生产总值\n1200.5\n6.1\n第一产业\n80.2\n3.0"
    assert read(text) == [("1200.5", "money", 1.2005e11, "CNY"), ("6.1", "percent", 6.1, ""),
                          ("80.2", "money", 8.02e9, "CNY"), ("3.0", "percent", 3.0, "")]


def test_a_list_of_page_numbers_is_no_table() -> None:
    assert read("目录\n第一章\n12\n第二章\n30\n第三章\n45") == []
    assert read("说明\n章节\n页码\n第一章\n12\n第二章\n30") == []


def test_index_level_in_prose() -> None:
    assert read("全年居民消费价格总指数为102.5,比上年上涨2.5%") == [("102.5", "quantity", 102.5, ""),
                                                                  ("2.5%", "percent", 2.5, "")]
