"""Chinese figures (issue 14, session 25, zhfig): 一年多 ('more than a year') is a duration of 1 year with 多 (more than),
not the article 'a' — 多 after the unit marks a quantity, as in 兩年多; 一年多少 ('how much a year') and 一年多於
('more than … in a year') stay no span. Made-up sentences; the span case fails on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal, str, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit, f.qualifier) for f in find_figures_zh(text, locale=locale)]


def test_yi_nian_duo_is_more_than_a_year() -> None:
    assert figures("計劃推行一年多後再作檢討。") == [("一年多", "duration", Decimal(1), "year", "多")]


@pytest.mark.parametrize("text", ["一年多少錢？", "租金一年多少？"])
def test_how_much_a_year_is_no_span(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "duration"] == []


@pytest.mark.parametrize("text", ["全市一年多次开展专项检查。", "该病一年多发于春季。"])
def test_a_frequency_in_a_year_is_no_span(text: str) -> None:
    # 多 opens 多次 / 多发 ('several times', 'often'): the span does not end after 多, 一 is the article (revzh M10)
    assert [f for f in figures(text, "cn") if f[1] == "duration"] == []


@pytest.mark.parametrize("text, surface", [("一年多以来，成效明显。", "一年多"), ("用了一年多的时间。", "一年多"),
                                           ("项目已推行一年多。", "一年多"), ("工程延误一年余，", "一年余")])
def test_a_span_ending_after_duo_stays_more_than_a_year(text: str, surface: str) -> None:
    assert [f[:4] for f in figures(text, "cn") if f[1] == "duration"] == [(surface, "duration", Decimal(1), "year")]
