"""第一城 alone names City One (沙田第一城) only in a Hong Kong text; in a Mainland report it is the rank a city
aims at ('the No. 1 city'), no place (session 26, zhplfp). Data: locale_only_aliases. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "着力打造中部地区数字“第一城”。",
    "该市提出建设全省“第一城”的目标。",
])
def test_a_rank_is_no_place(text: str) -> None:
    assert "第一城" not in _places(text)


def test_the_estate_with_its_town_stays() -> None:
    assert _places("沙田第一城居民反映。") == ["沙田第一城"]
