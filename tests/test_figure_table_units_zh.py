"""Chinese figures (issue 14, session 13): a plain-text table that declares its unit once ('单位:%', '（單位：%）')
gives its bare cells that unit; the row's label and prose numbers are left alone. Made-up tables."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str) -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale="cn")]


def test_cells_under_a_declared_percent_unit_are_percents() -> None:
    table = "表2 某省景气指数 单位:%\n月份     总指数   订单   库存\n3月   51.2   49.8   47.5\n4月   50.6   48.9   46.0\n"
    assert figures(table) == [(v, "percent", Decimal(v)) for v in ("51.2", "49.8", "47.5", "50.6", "48.9", "46.0")]


def test_a_unit_line_of_its_own_in_traditional_script() -> None:
    table = "丙表 就業比率\n（單位：%）\n行業   男   女\n零售   62   58\n"
    assert [(t, k) for t, k, _ in figures(table)] == [("62", "percent"), ("58", "percent")]


def test_without_a_declared_unit_or_after_prose_the_cells_stay_bare() -> None:
    assert figures("月份     总指数   订单   库存\n3月   51.2   49.8   47.5\n") == []
    prose = "单位:%\n以上数据均为初步统计。\n月份     总指数   订单   库存\n3月   51.2   49.8   47.5\n"
    assert figures(prose) == []
