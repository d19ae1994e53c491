"""N個多小時 / N個多月 / N個多星期 ('more than N hours / months / weeks') are durations with the infix 多, and
一個多月 counts too: its 多 makes 一 a number, not an article. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


@pytest.mark.parametrize("text,expected", [
    ("小組用了一個多小時完成討論", ("一個多小時", Decimal("1"), "hour")),
    ("工程歷時兩個多小時", ("兩個多小時", Decimal("2"), "hour")),
    ("青蛙镇居民等了一个多月", ("一个多月", Decimal("1"), "month")),
    ("展覽延長了三個多星期", ("三個多星期", Decimal("3"), "week")),
])
def test_more_than_n_units(text: str, expected: tuple[str, Decimal, str]) -> None:
    got = [(text[f.start:f.end], f.value, f.unit, f.kind, f.qualifier) for f in find_figures_zh(text, locale="hk")]
    assert got == [(*expected, "duration", "多")]


def test_one_as_an_article_stays_no_figure() -> None:
    assert find_figures_zh("一年一度的盛事在前一年舉行", locale="hk") == []
