"""towns_zh + town_prefixes_zh (issue 14, session 25): a town written in full over a known place that opens its
name is the town (博罗县福田镇: not Shenzhen's Futian District), and the village after it is cut at the town's end.
Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_town_named_after_a_known_district_is_the_town(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "博罗县今年命名了一批生态村。福田镇石坑村、石湾镇东岭村榜上有名。")
    assert ("福田镇", "福田镇") in got and ("石坑村", "石坑村") in got
    assert not any(c == "Futian District" for _, c in got) and not any(s.startswith("镇") for s, _ in got)


def test_a_subdistrict_named_after_a_known_place_is_the_subdistrict(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "开平市长沙街道推进旧城改造。")
    assert ("长沙街道", "长沙街道") in got and not any(c == "Changsha" for _, c in got)


def test_the_known_place_stays_where_no_town_of_a_named_county_is_written(matcher: ZhEntityMatcher) -> None:
    assert any(c == "Changsha" for _, c in places(matcher, "开平市代表团赴长沙考察。"))  # no 镇 / 街道 after it
    assert any(c == "Futian District" for _, c in places(matcher, "福田区福田街道举办活动。")) or \
        ("福田街道", "福田街道") in places(matcher, "福田区福田街道举办活动。")
