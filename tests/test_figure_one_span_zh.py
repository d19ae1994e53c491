"""Chinese figures (issue 14, session 25, zhfig): 一年 / 一天 is a span, not the article 'a', where a year is said to
have passed (一年過去了, 不經不覺一年過去，) or where a change reaches it (輪候時間可減至一天) — like 一年来 (DECISIONS 1)
and 一年增至兩年 (s15). 一年一度 and 前一年過去的 stay no figure. Made-up sentences; the span cases fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, surface, unit", [
    ("轉眼一年過去了，計劃仍未落實。", "一年", "year"), ("不经不觉一年过去,工作进展良好。", "一年", "year"),
    ("審批時間可減至一天。", "一天", "day"), ("处理时间降至一年。", "一年", "year")])
def test_one_year_passed_or_reached_is_a_span(text: str, surface: str, unit: str) -> None:
    assert figures(text) == [(surface, "duration", Decimal(1), unit)]


@pytest.mark.parametrize("text", ["一年一度的盛事。", "前一年過去的記錄不齊。", "一天下來，市民都很累。"])
def test_an_article_one_stays_no_figure(text: str) -> None:
    assert figures(text) == []
