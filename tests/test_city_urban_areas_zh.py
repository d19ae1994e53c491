"""都市区 right after a city (某市都市区部分: the city's urban area, the part of it a metropolitan circle takes in) is
an alias of that city, no place of its own (session 26, zhplfp; DECISIONS 24: a suffix that locates a site within a
place). Data: place_names.locative_suffixes, suffixes 都市区. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((p.text, p.canonical) for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("规划范围包括云浮、韶关都市区部分。", [("云浮", "Yunfu"), ("韶关都市区", "Shaoguan")]),
    ("任务涵盖河源都市区和汕尾都市区。", [("汕尾都市区", "Shanwei"), ("河源都市区", "Heyuan")]),
])
def test_a_city_urban_area_is_the_city(text: str, want: list[tuple[str, str]]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("深圳都市圈范围调整。", [("深圳都市圈", "深圳都市圈")]),
    ("建设现代化都市区。", []),
    ("包括河源、汕尾等两市都市区部分。", [("汕尾", "Shanwei"), ("河源", "Heyuan")]),
])
def test_a_circle_and_an_unnamed_urban_area_stay_as_they_were(text: str, want: list[tuple[str, str]]) -> None:
    assert _places(text) == want
