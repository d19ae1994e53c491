"""suffix_zh data (issue 14, session 26): a community (某某社区, the village-level division of towns and cities) is
named like a village; kinds and honours before 社区 and words 社区 opens name none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_named_community_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "去年蔚蓝谷社区被评为先进单位。") == ["蔚蓝谷社区"]
    assert places(matcher, "新增青禾社区与望海社区。") == ["青禾社区", "望海社区"]


def test_a_community_after_its_subdistrict_is_a_place_of_its_own(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "香洲区湾仔街道青禾社区举行揭牌仪式。") == ["香洲区", "湾仔街道", "青禾社区"]


def test_kinds_and_honours_of_community_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加强城乡社区治理，建设完整社区和宜居社区。") == []
    assert places(matcher, "其中涉农社区居委会14个，城市社区居委会4个。") == []
