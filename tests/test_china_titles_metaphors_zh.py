"""Session 29 (zhplfp): 中国 opening an honour a place is granted (创建中国长寿市, 中国荔枝之乡, 中国温泉之都) or the
food-security metaphor 中国饭碗 ('China's rice bowl') mentions no China; the country as a place stays (sentences are
made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_an_honour_city_created(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "去年我市成功创建中国长寿市。") == []


def test_a_home_of_title(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "该县被评为中国荔枝之乡。") == []
    assert places(matcher, "全力打响中国温泉之都品牌。") == []


def test_the_rice_bowl_metaphor(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "以端牢中国饭碗为目标,稳定粮食生产。") == []


def test_china_as_a_place_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "外资企业看好中国市场,纷纷来到中国投资。") == ["中国", "中国"]


def test_a_district_named_changshou_keeps_its_city(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "重庆市长寿区发展很快。") == ["重庆市", "长寿区"]
