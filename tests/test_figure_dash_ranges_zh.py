"""Chinese figures (issue 14, session 25, zhfig): a range written with a dash after a verb of change (增长1-3%) is one
range — a dash never joins an increment and the level reached, which Chinese writes with 至 / 到 (增加27億至490億元
stays two figures). Made-up sentences; the dash cases fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal, Decimal | None]]:
    return [(text[f.start:f.end], f.kind, f.value, f.value_max) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, surface, lo, hi", [
    ("预计全年增长1-3%。", "1-3%", 1, 3), ("成本将增加1-5%。", "1-5%", 1, 5),
    ("票价上调1～4%。", "1～4%", 1, 4), ("人手增加1-4倍。", "1-4倍", 1, 4), ("工期延长2-8个月。", "2-8个月", 2, 8)])
def test_a_dash_range_after_a_verb_of_change_is_one_range(text: str, surface: str, lo: int, hi: int) -> None:
    assert [(f[0], f[2], f[3]) for f in figures(text)] == [(surface, Decimal(lo), Decimal(hi))]


@pytest.mark.parametrize("text, values", [("开支增加27億至490億元。", [Decimal("2.7e9"), Decimal("4.9e10")]),
                                          ("轮候时间缩短一年至5.1年。", [Decimal(1), Decimal("5.1")]),
                                          ("名额新增两家至二十六家。", [Decimal(2), Decimal(26)])])
def test_an_increment_and_the_level_reached_with_zhi_stay_two_figures(text: str, values: list[Decimal]) -> None:
    assert [f[2] for f in figures(text, "hk")] == values
