"""Short aliases that name one place only in one locale (entities_zh.json locale_only_aliases): bare 迪士尼 is Hong
Kong Disneyland in a Hong Kong text, nothing in a Mainland one, and never the company (迪士尼公司)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_bare_disney_is_the_resort_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "旅遊巴可停泊於欣澳、迪士尼及大嶼山其他景點。", "hk")
    assert ("迪士尼", "PLACE", "Hong Kong Disneyland") in got


def test_bare_disney_is_no_place_elsewhere_or_as_the_company(matcher: ZhEntityMatcher) -> None:
    assert [t for t in found(matcher, "游客前往迪士尼游玩。", "cn") if t[0] == "迪士尼"] == []
    assert [t for t in found(matcher, "迪士尼公司宣布推出新電影。", "hk") if t[1] == "PLACE"] == []
