"""Chinese places, session 28 (issue 14, zhplsite): a modern agricultural park named by its product or place before
its level and kind (某某茶省级现代农业产业园, 某县柚国家现代农业产业园, 某某茶跨县集群产业园) is one named site, a place, even
when the product is written in common words (功能微生物 + 省级现代农业产业园); the kind alone (建设省级现代农业产业园),
after a deictic or whole-division word (我县, 全市) or a level + 特色 designation (省特色产业园区) names no site. Sentences
are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "surface"), [
    ("今年白叶单丛茶省级现代农业产业园完成投资两亿元。", "白叶单丛茶省级现代农业产业园"),
    ("推进沙田柚国家现代农业产业园提质增效。", "沙田柚国家现代农业产业园"),
    ("高山红茶省级现代农业产业园入选名单。", "高山红茶省级现代农业产业园"),
    ("加快青梅跨县集群产业园建设。", "青梅跨县集群产业园"),
])
def test_a_park_named_by_its_product_is_one_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in places(matcher, text)


@pytest.mark.parametrize("text", [
    "建设省级现代农业产业园是一项重要部署。",
    "我县省级现代农业产业园建设进展顺利。",
    "全市现代农业产业园实现总产值八十亿元。",
    "该开发区获批国家新型工业化产业示范基地和省特色产业园区。",
    "新增两个市级特色产业园。",
])
def test_the_kind_alone_or_after_a_deictic_word_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [p for p in places(matcher, text) if p.endswith(("产业园", "产业园区"))]


@pytest.mark.parametrize("text", [
    "推进我镇现代农业产业园建设。",
    "本镇省级现代农业产业园完成投资一亿元。",
    "全乡跨县集群产业园带动农户增收。",
    "各镇国家现代农业产业园建设有序推进。",
])
def test_a_town_or_township_deictic_word_names_no_park(matcher: ZhEntityMatcher, text: str) -> None:
    """review revzh S4 (session 28, mendzb): 我镇 / 本镇 / 全乡 / 各镇 point at the text's own town or township as 我县 does."""
    assert not [p for p in places(matcher, text) if p.endswith("产业园")]


@pytest.mark.parametrize(("text", "surface"), [
    ("争创蔬菜跨县集群产业园。", "蔬菜跨县集群产业园"),
    ("申创荔枝省级现代农业产业园。", "荔枝省级现代农业产业园"),
    ("全力争创柑橘现代农业产业园。", "柑橘现代农业产业园"),
])
def test_a_verb_of_applying_is_no_part_of_the_park(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    """review revzh M10 (session 28, mendzb): 争创 / 申创 open the clause, as 创建 / 申报 do; the name starts after them."""
    assert [p for p in places(matcher, text) if p.endswith("产业园")] == [surface]
