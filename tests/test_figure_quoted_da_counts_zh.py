"""Chinese figures (issue 14, session 25, zhfig): N大 right before a quoted noun counts it (六大「新房策」, 四大“惠民措施”:
a count before a quoted noun counts it, s22 ruling; DECISIONS-zh 3 N大X is a count); a numeral inside the quotes
(「五大訴求」, “三大攻坚战”) stays part of a slogan. Made-up sentences; the quoted-noun counts fail on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal]]:
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text, surface, value", [
    ("特首公佈六大「新房策」，反應不一。", "六大", 6), ("當局推出四大“惠民措施”。", "四大", 4), ("市府提出三大『行動』。", "三大", 3)])
def test_n_da_before_a_quoted_noun_is_a_count(text: str, surface: str, value: int) -> None:
    assert figures(text) == [(surface, "count", Decimal(value))]


@pytest.mark.parametrize("text", ["遊行人士重申「五大訴求」。", "全力打好“三大攻坚战”。", "推行「兩大」。"])
def test_a_numeral_inside_the_quotes_stays_a_slogan(text: str) -> None:
    assert figures(text) == []
