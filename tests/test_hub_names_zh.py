"""A local area or zone directly before 枢纽 names a planned hub of a development area — one place spanning both, not
the area it is named after (某某樞紐鄰近某站); a city before 枢纽 (某市枢纽, a transport hub) and an area before a kind
of hub (發展為交通樞紐) are left alone (session 28, zhplfp). Data: entities_zh.json name_tails hub_words /
hub_types. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize(("text", "expected"), [
    ("科技城北面的洲頭樞紐將設人才公寓。", ["洲頭樞紐"]),
    ("河套樞紐會引入研發機構。", ["河套樞紐"]),
])
def test_an_area_before_hub_is_the_hub(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("郑州枢纽建设加快推进。", ["郑州"]),
    ("政府計劃把洪水橋發展為交通樞紐。", ["洪水橋"]),
])
def test_a_city_or_a_kind_of_hub_is_left_alone(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
