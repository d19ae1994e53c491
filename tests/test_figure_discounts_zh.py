"""Chinese figures (issue 14, session 25, zhfig): a discount N折 is the price at N tenths of the full one — percent
(七折 = 70, 五二折 = 52, 8.5折 = 85), as GUIDELINES-zh 5 reads N成; 折 meaning 'convert', 'depreciate' or 'fold' and
the idiom 一波三折 give nothing. Made-up sentences; the discount cases fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, surface, value", [
    ("新單位將以市價七折出售。", "七折", 70), ("居屋售價變相為市價五二折。", "五二折", 52),
    ("長者乘車可享九五折優惠。", "九五折", 95), ("指定商戶提供8.5折。", "8.5折", 85), ("门票一律打8折。", "8折", 80)])
def test_n_zhe_is_a_discount_in_percent(text: str, surface: str, value: int) -> None:
    assert figures(text) == [(surface, "percent", Decimal(value))]


@pytest.mark.parametrize("text", ["計劃推行過程一波三折。", "機器按年折舊。", "印製三折頁單張。", "款項三折算為港元。", "開支被七折八扣。"])
def test_zhe_as_convert_fold_or_an_idiom_is_no_discount(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "percent"] == []
