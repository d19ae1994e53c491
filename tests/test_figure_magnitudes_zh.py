"""Chinese figures (issue 14, session 25, zhfig): a bare scale word before 計 names an order of magnitude, no number
(以百億計的基建, 千億計赤字, 以萬計) — like 數以百萬計 before; an amount written with digits before 計 (以100元計) stays.
Made-up sentences; the magnitude cases after a money sentence fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, kept", [
    ("政府撥出45億元支援企業，又推出以百億計的基建。", ["45億元"]), ("連年派錢，釀成千億計赤字。", []),
    ("今年投資30億元，未來再投入以千億計資金。", ["30億元"]), ("受惠人數以萬計。", [])])
def test_a_bare_scale_word_before_ji_is_no_figure(text: str, kept: list[str]) -> None:
    assert [f[0] for f in figures(text)] == kept


def test_an_amount_with_digits_before_ji_stays() -> None:
    assert figures("每人以100元計，總額約5億元。") == [("100元", "money", Decimal(100)), ("約5億元", "money", Decimal("5e8"))]


@pytest.mark.parametrize("text, locale, kept", [
    ("政府推出千亿计划，支持科技创新。", "cn", [("千亿", "money", Decimal("1e11"))]),
    ("財政司宣布百億計劃，資助中小企。", "hk", [("百億", "money", Decimal("1e10"))]),
    ("千亿计划将在五年内实施。", "cn", [("千亿", "money", Decimal("1e11")), ("五年内", "duration", Decimal(5))])])
def test_a_scale_word_before_a_plan_keeps_its_money(text: str, locale: str, kept: list[tuple[str, str, Decimal]]) -> None:
    # 計 opening 計劃 / 计划 ('plan') is no 'by the': 千億計劃 is a ¥100-billion plan (review revzh M5)
    assert figures(text, locale) == kept
