"""China's compass blocs written bare (东部地区, 中部地区, 西部地区, 中西部地区) are relative area words, no place names:
the same words name a province's or a city's part, as a bare 'the West' is no place in the English set; Northeast
China (东北地区) and the 华- regions keep their names, and a bloc written after a named place is that place (DECISIONS
24). Session 27, zhplfp. Data: gazetteer_zh_aliases.jsonl. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "东部地区消费回暖，西部地区投资增速较快。",
    "中部和西部地區生產總值穩步增長，東部地區增速放緩。",
    "引导产业向中西部地区有序转移。",
])
def test_bare_compass_blocs_are_no_places(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, place", [
    ("东北地区冬季气温偏低。", "东北地区"),
    ("华南地区气温偏高。", "华南地区"),
])
def test_named_regions_stay(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_bloc_after_a_named_place_keeps_the_place() -> None:
    assert "广东" in _places("广东东部地区交通改善。")
