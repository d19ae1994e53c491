"""Chinese figures (issue 14, session 13): a plain-text table that declares its unit once ('单位:%', '（單位：%）',
'單位：百萬元') gives its bare cells that unit; the row's label, the unit line and prose numbers are left alone; a quoted
ratio (「七比三」) is a ratio, not a slogan. Made-up tables and sentences."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


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


def test_cells_under_a_declared_money_unit_are_money_in_the_texts_currency() -> None:
    table = ("丁表 公共開支概要\n單 位 : 百 萬 元\n    項 目   2021-22   2022-23\n  教 育 撥 款 (1) 88,120   90,415\n"
             "  醫 療 撥 款 76,300   81,050\n  總 額 164,420   171,465\n")
    found = [(t, k, v) for t, k, v in figures(table, "hk")]
    assert found == [(c, "money", Decimal(c.replace(",", "")) * 1000000)
                     for c in ("88,120", "90,415", "76,300", "81,050", "164,420", "171,465")]
    assert {f.unit for f in find_figures_zh(table, locale="hk")} == {"HKD"}


def test_a_scaled_currency_unit_and_a_mainland_text() -> None:
    table = "表3 各市财政收入 单位:亿元\n城市   2023年   2024年\n甲市   512.3   540.8\n"
    found = find_figures_zh(table, locale="cn")
    assert [(table[f.start:f.end], f.kind, f.value, f.unit) for f in found] == [
        ("512.3", "money", Decimal("51230000000.0"), "CNY"), ("540.8", "money", Decimal("54080000000.0"), "CNY")]


def test_the_unit_line_itself_states_no_amount() -> None:
    assert figures("單位：百萬元\n", "hk") == [] and figures("（单位：亿元）\n", "cn") == []


def test_a_quoted_ratio_is_a_ratio_not_a_name() -> None:
    text = "公屋與出售單位的比例將由「八比二」逐步調整至「七比三」。"
    assert [(t, k) for t, k, _ in figures(text, "hk")] == [("八比二", "ratio"), ("七比三", "ratio")]
    assert figures("堅持「一國兩制」方針。", "hk") == []
