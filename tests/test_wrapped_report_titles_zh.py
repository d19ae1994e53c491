"""A division right before its plan's or its government's report title names the document, no mention of the place
(report_authors place_title_after); a report's title page wraps that title over several lines (某区2024年国民经济和社会
/ 发展计划执行情况…的报告), and the wrapped title reads as one (session 28, zhplfp). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "关于黄石市下陆区2024年国民经济和社会\n\n发展计划执行情况的报告",
    "关于某某县2025年国民经济和社\n会发展计划草案的报告",
    "黄石市下陆区2024年政府工\n作报告",
])
def test_a_wrapped_title_names_no_place(text: str) -> None:
    assert _places(text) == []


def test_the_division_in_a_sentence_stays() -> None:
    assert _places("下陆区\n\n经济平稳向好。") == ["下陆区"]


def test_a_source_line_ending_at_the_place_before_the_title_keeps_its_places() -> None:
    """Lead (session 28): a line that ends right at the place (a page's 信息来源 byline) and a title on the next line
    are two lines, no wrapped title: the byline's county and town are mentions."""
    got = _places("政府工作报告\n\n发布时间:2031-01-08 信息来源:平远县石岭镇\n\n政府工作报告\n\n各位代表：")
    assert "平远县" in got and "石岭镇" in got
