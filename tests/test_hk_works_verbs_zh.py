"""entities_zh place_names (issue 14, session 29, zhplhk): verbs of Hong Kong transport and planning papers that
jieba 0.42.1 lacks (改劃 'rezone', 改撥 'reallocate'), tags as nouns (分流 'divert', 途經 'pass through') or keeps
under its frequency floor (接駁 'connect to') open the clause before the district, estate or site they act on: the
place starts after them, and a kind word right after them (運動場用地) names nothing. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "hk") if lab == "PLACE"]


@pytest.mark.parametrize("text", [
    "議員關注當局是否暫時不再考慮改劃運動場用地。",
    "议员关注当局是否暂时不再考虑改划运动场用地。",
    "議員關注當局是否暫時不再考慮改撥泳池用地。",
])
def test_a_works_verb_before_a_kind_names_nothing(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize("text, want", [
    ("立法會議員問：新幹道能否分流北區及元朗區往返市區的車輛。", ["北區", "元朗區"]),
    ("立法会议员问：新干道能否分流北区及元朗区往返市区的车辆。", ["北区", "元朗区"]),
    ("立法會議員問：新巴士線會否途經麗景邨。", ["麗景邨"]),
    ("立法會議員問：穿梭巴士會否接駁麗景邨。", ["麗景邨"]),
])
def test_the_place_starts_after_a_works_verb(matcher: ZhEntityMatcher, text: str, want: list[str]) -> None:
    assert places(matcher, text) == want


@pytest.mark.parametrize("text, want", [
    ("居民可到麗景邨社區綜合服務中心求助。", "麗景邨"),  # 服務 stays inside a kind word: no clause cut there
    ("新巴士線途經觀塘。", "觀塘"),
])
def test_names_around_the_verbs_stay(matcher: ZhEntityMatcher, text: str, want: str) -> None:
    assert want in places(matcher, text)
