"""The state's founding anniversary (2024年是中华人民共和国成立75周年, 新中国成立70周年) names a national occasion that
dates the year, no mention of China; the founding itself and a city's own anniversary keep their place (session 27,
zhplfp). Data: place_labels in entities_zh.json. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "2019年是中华人民共和国成立70周年，全县上下团结奋斗。",
    "今年是中華人民共和國成立七十五周年，本會舉辦多項活動。",
    "2024年是新中国成立75周年，也是某县发展的关键一年。",
])
def test_the_founding_anniversary_is_no_place(text: str) -> None:
    assert _places(text) == []


def test_china_elsewhere_in_the_sentence_stays() -> None:
    assert _places("今年是中华人民共和国成立75周年，中国经济稳中有进。") == ["中国"]


@pytest.mark.parametrize("text, place", [
    ("中华人民共和国成立之初，工业基础薄弱。", "中华人民共和国"),
    ("2019年是茂名建市60周年。", "茂名"),
])
def test_the_founding_itself_and_a_city_stay(text: str, place: str) -> None:
    assert place in _places(text)
