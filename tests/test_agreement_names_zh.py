"""A place that only opens an agreement's or a freight hub's name is no mention (session 25, zhplfp; GUIDELINES: a
place only inside a longer name is not listed): 跨太平洋伙伴关系协定, 北美自由贸易协定, 巴黎协定, 中欧班列某地集结中心.
A verb between the place and the agreement keeps the place. Data: inner_places.name_after. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text", [
    "研究对接跨太平洋伙伴关系协定的高标准规则。",
    "当年北美自由贸易协定生效后，贸易格局改变。",
    "履行巴黎协定的各项承诺。",
    "中欧班列粤北集结中心全年开行班列80列。",
    "推动中欧班列佛山集结中心扩能。",
])
def test_a_place_that_opens_an_agreement_or_a_hub_name_is_no_mention(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, want", [
    ("澳门认真遵守有关公约。", ["澳门"]),
    ("广东与东盟签署合作协议。", ["广东"]),
    ("巴黎举行气候大会。", ["巴黎"]),
    ("太平洋沿岸国家参与协定谈判。", ["太平洋"]),
])
def test_a_verb_or_other_words_between_keep_the_place(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("2023年深圳市协议出让土地12宗。", ["深圳市"]),
    ("澳门协议出让土地须公开。", ["澳门"]),
    ("2023年，北京市协定价格上涨。", ["北京市"]),
])
def test_a_place_before_xieyi_as_the_manner_or_terms_of_a_deal_stays(text: str, want: list[str]) -> None:
    # review-revzh M10: 协议出让 ('transferred by agreement'), 协定价格 ('agreed price') name no agreement
    assert _places(text) == want
