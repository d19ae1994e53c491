"""中东欧 is Central and Eastern Europe, not the Middle East read across it; a trade fair's name holds up to four
words of its kind and may open with two parties joined by a dash (中国-中东欧投资贸易博览会): the places only name the
fair (session 25, zhplfp; DECISIONS 21 events). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((p.text, p.canonical) for p in extract_text(text, model="blank").places)


def test_central_and_eastern_europe_is_one_region() -> None:
    assert _places("扩大与中东欧国家的经贸往来。") == [("中东欧", "Eastern Europe")]


@pytest.mark.parametrize("text", [
    "组织企业参加中国-中东欧投资贸易博览会。",
    "筹办好某市国际投资贸易博览会。",
])
def test_places_that_only_name_a_fair_are_no_mentions(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, want", [
    ("组团到深圳参加博览会。", [("深圳", "Shenzhen")]),
    ("拓展中东市场。", [("中东", "Middle East")]),
])
def test_a_verb_before_the_fair_or_the_middle_east_alone_stay(text: str, want: list[tuple[str, str]]) -> None:
    assert _places(text) == want
