"""Chinese places, session 16 (issue 14): an industrial park or base described in common words only (its sector, its
function: 装备产业园, 乡村振兴产业园) names a kind, no place; a proper element before it (a place, a firm, a village)
makes a name. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "县里将加快推进装备产业园建设。",
    "今年共有8宗项目入驻乡村振兴产业园。",
    "布局发展仓储、冷链等功能性产业园。",
    "已完成前期农业产业园总体规划。",
    "引进龙头企业落户储能产业园。",
    "加快核心片区征地拆迁。",
])
def test_a_park_described_in_common_words_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "site"), [
    ("推进禾坪荔枝产业园建设。", "禾坪荔枝产业园"),
    ("惠东县推进稔山镇食品产业园建设。", "稔山镇食品产业园"),
])
def test_a_park_with_a_proper_element_is_a_place(matcher: ZhEntityMatcher, text: str, site: str) -> None:
    assert site in places(matcher, text)
