"""Session 28 (zhinst): a farmers' specialised co-operative named by its registered name (某某种植专业合作社) is one
institution; the law's generic name, levels, scopes and counts are kinds (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, name", [
    ("村里成立了金禾种植专业合作社,带动农户增收。", "金禾种植专业合作社"),
    ("调研组走访了绿源养殖专业合作社和家庭农场。", "绿源养殖专业合作社"),
    ("丰泰果蔬专业合作社负责人介绍了产销情况。", "丰泰果蔬专业合作社"),
])
def test_a_named_cooperative_is_one_body(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert (name, "INSTITUTION") in [(s, lab) for s, lab, _ in found(matcher, text, "cn")]


@pytest.mark.parametrize("text", [
    "全县发展农民专业合作社300家。",
    "大力培育家庭农场和农民专业合作社。",
    "今年新增省级示范专业合作社5家。",
    "鼓励专业合作社开展联合经营。",
    "全镇五家专业合作社参加了培训。",
])
def test_kinds_of_cooperative_name_none(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, lab, _ in found(matcher, text, "cn") if s.endswith("合作社")]


def test_a_cooperative_before_its_heads_title_is_the_post(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "村支书、良田兴业农业专业合作社社长王某介绍经验。", "cn")
    assert not [s for s, lab, _ in rows if s.endswith("合作社")]


@pytest.mark.parametrize("text", [
    "村里成立了蔬菜种植专业合作社、养殖专业合作社和农机专业合作社。",
    "发展粮食种植专业合作社、生猪养殖专业合作社等新型经营主体。",
    "新建茶叶专业合作社3家。",
    "培育家庭农场和水稻种植专业合作社。",
])
def test_a_line_of_business_alone_is_a_kind(matcher: ZhEntityMatcher, text: str) -> None:
    # review-mendzd Z1: a registered name holds a trade name besides its line of business (蔬菜种植: no name)
    assert not [s for s, lab, _ in found(matcher, text, "cn") if s.endswith("合作社")]


def test_a_trade_name_before_the_line_is_kept(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "支持福州市闽侯县绿源蔬菜种植专业合作社发展。", "cn")
    assert ("福州市闽侯县绿源蔬菜种植专业合作社", "INSTITUTION") in [(s, lab) for s, lab, _ in rows]
