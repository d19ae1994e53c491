"""A kind of building alone before 大楼 / 大樓 (政府辦公大樓 'a government office building', 總部大樓, 新大樓) names a kind,
no building; a named building keeps its own words (某某貿易大樓, 灣仔政府大樓) (session 27, zhplfp). Data:
place_names.suffix_kind_bodies. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "這是區內首座落成的政府辦公大樓。",
    "新大樓設有社區會堂。",
])
def test_a_kind_of_building_is_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, place", [
    ("海關總署大樓今日落成。", "海關總署大樓"),
    ("灣仔政府大樓將遷出。", "灣仔政府大樓"),
])
def test_a_named_building_stays(text: str, place: str) -> None:
    assert place in _places(text)
