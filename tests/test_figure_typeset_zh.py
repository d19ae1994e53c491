"""Chinese text as news pages typeset it (issue 14, session 10): a space before the decimal point ('865 .17億元') is
one number; letter-spaced 'G D P' and 經濟總量 (the economy's output) make a scaled number money; N地市 counts
prefecture-level cities. Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh

Fig = tuple[str, str, Decimal, str]


def figures(text: str) -> list[Fig]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale="cn")]


@pytest.mark.parametrize("text,expected", [
    ("青蛙市去年为865 .17亿元。", [("865 .17亿元", "money", Decimal("86517000000"), "CNY")]),
    ("全市4 .6万亿的经济总量中", [("4 .6万亿", "money", Decimal("4.6e12"), "CNY")]),
    ("经济总量达到3.2万亿,", [("3.2万亿", "money", Decimal("3.2e12"), "CNY")]),
    ("成为第三个G D P过万亿的城市", [("过万亿", "money", Decimal("1e12"), "CNY")]),
    ("其中12地市增速较快", [("12地市", "count", Decimal(12), "city")]),
])
def test_typeset_news_figures(text: str, expected: list[Fig]) -> None:
    assert figures(text) == expected
