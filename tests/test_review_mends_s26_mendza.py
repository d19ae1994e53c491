"""review-revzh (session 26) mends by mendza: villages and communities (村, 社区) read as places only where they are
named, not where a kind of village or community is described. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "PLACE"]


def test_s2_a_community_named_new_village_after_its_street(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "金湾区红旗街道新村社区举行揭牌仪式。")
    assert "新村社区" in got and "红旗街道" in got and not any(s.endswith("街道新村") for s in got)
    assert "石村社区" in places(matcher, "某某街道石村社区举办文艺汇演。")


def test_s2_kinds_of_rural_community_stay_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进农村社区、乡村社区和城中村社区建设。") == []


def test_m1_a_community_described_in_common_words_is_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新区建成韧性社区8个，推广海绵社区和无废社区。") == []
    assert places(matcher, "志愿者走进基层社区，服务弱势社区和少数族裔社区。") == []
    assert places(matcher, "开源社区是软件生态的一部分。") == []


def test_m1_a_community_in_common_words_after_its_street_is_named(matcher: ZhEntityMatcher) -> None:
    assert "团结社区" in places(matcher, "石岐街道团结社区开展义诊活动。")
    assert {"红树湾社区", "石岭社区"} <= set(places(matcher, "新增红树湾社区与石岭社区。"))


def test_m1_a_hong_kong_area_and_its_community_is_the_area(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "當局為天水圍社區提供支援，東涌社區人口增加。", "hk")
    assert [(s, c) for s, lab, c in got if lab == "PLACE"] == [("天水圍", "Tin Shui Wai"), ("東涌", "Tung Chung")]
    assert places(matcher, "政府推動共融社區，建設長者友善社區。", "hk") == []
    assert places(matcher, "機構在青禾社區設立服務點。", "hk") == []  # no 社區 division in Hong Kong


def test_m2_kinds_and_counts_of_villages_are_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "当地渔村焕然一新，沿海渔村发展民宿经济。") == []
    assert places(matcher, "那个小山村成了打卡地。") == []
    assert places(matcher, "实施千村示范万村整治工程，助力百村振兴。") == []


def test_m2_villages_named_before_a_predicate_stay(matcher: ZhEntityMatcher) -> None:
    assert {"青山村", "黄龙村"} <= set(places(matcher, "青山村和黄龙村发展民宿经济。"))


def test_m10_walled_villages_named_bare_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "當局在老圍村附近發現非法棄置廢料。", "hk") == ["老圍村"]
    assert places(matcher, "新圍村村民反對在附近興建骨灰龕。", "hk") == ["新圍村"]


def test_m10_a_walled_villages_kind_in_a_mainland_text_stays_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动新围村发展，改造老围村。", "cn") == []
