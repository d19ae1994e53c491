"""A belt suffix's 带 that opens a verb with what follows (产业带动 'industry drives', 带来, 带领, 带头) ends no belt's
name: 发展某某产业带动村民致富 names no 某某产业带; a belt written before such a verb (某某经济带带动…) stays (session 27,
zhplfp). Data: suffix_word_after_last. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "当地通过发展沙糖桔产业带动村民致富。",
    "全镇发展南药产业带领群众增收。",
])
def test_an_industry_that_drives_is_no_belt(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, place", [
    ("沿江经济带带动作用明显。", "沿江经济带"),
    ("建设粤西沿海产业带。", "粤西沿海产业带"),
])
def test_a_belt_stays(text: str, place: str) -> None:
    assert place in _places(text)
