"""Chinese figures (issue 14, session 26): an article of a law the text has just cited as 第N條 and then names again by
its bare number at the head of a clause (「按照第十九條的要求」。十九條是甚麼？) is the same label, no count of items
(GUIDELINES: legal citations are no figures); a count of routes or measures with the same number (新增三條巴士路線,
新增路線三條, 十條措施) still counts. Made-up sentences; the first test fails on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.figures.chinese import find_figures_zh


def figures(text: str, locale: str = "hk") -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale=locale)]


@pytest.mark.parametrize("text", ["報告指符合《條例》第十七條的要求。十七條是甚麼？", "根據第五條的規定，五條是甚麼意思？"])
def test_an_article_named_again_by_its_bare_number_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text, surface", [("根據第三條。另外新增三條巴士路線。", "三條"), ("根據第三條。新增路線三條。", "三條"),
                                           ("根據第十條的規定。十條措施已落實。", "十條措施")])
def test_counts_with_the_same_number_still_count(text: str, surface: str) -> None:
    assert surface in [f[0] for f in figures(text) if f[1] == "count"]
