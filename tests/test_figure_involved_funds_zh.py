"""Chinese figures (issue 14, session 25, zhfig): 涉資 ('involving funds of') before a scaled number makes it money with
its 元 left implied (涉資約5.5億), like 耗資 / 斥資 (lexicon money_nouns). Made-up sentences; fail on the code before
(read as a bare count)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


@pytest.mark.parametrize("text, locale, surface, value, unit", [
    ("填海研究涉資約5.5億。", "hk", "約5.5億", Decimal("5.5e8"), "HKD"), ("该项目涉资逾20亿。", "cn", "逾20亿", Decimal("2e9"), "CNY")])
def test_she_zi_before_a_scaled_number_is_money(text: str, locale: str, surface: str, value: Decimal, unit: str) -> None:
    assert [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)] == \
        [(surface, "money", value, unit)]
