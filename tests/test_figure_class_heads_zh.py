"""Chinese figures (issue 14, session 25, zhfig): a bare scale word of 億 a few characters before a cluster's, an
industry's or an economy's head classes it by value — money, like 千億企業 (s17/s19 size-class rulings): 千亿农业集群,
万亿海洋经济. 数千亿 ('several hundred billion') and a real number (十四亿人口) stay as before. Made-up sentences; the
class cases fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "cn") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, expected", [
    ("加快培育千亿农业集群。", [("千亿", "money", Decimal("1e11"))]),
    ("壮大万亿海洋经济。", [("万亿", "money", Decimal("1e12"))]),
    ("打造百亿特色产业。", [("百亿", "money", Decimal("1e10"))])])
def test_a_bare_yi_class_before_a_cluster_or_economy_is_money(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["形成数千亿产业。", "千亿，农业集群。"])
def test_several_hundred_billion_and_a_break_give_no_class(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "money"] == []
