"""zone_sites_zh body_not (issue 14, session 29): a function word never sits inside a park's body, so a zone, 的 and a
park (某某高新区的某某工业园) are two places, the zone and the park; a zone written right before its park's name stays one
place (某某经济区智造产业园). Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_zone_de_park_is_two_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇西接韶关高新区的南华工业园。")
    assert "韶关高新区" in got and "南华工业园" in got
    assert not any("的" in g for g in got)


def test_a_zone_and_park_joined_by_he_are_two_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "重点推进韶关高新区和南华工业园建设。")
    assert not any("和" in g for g in got)


def test_a_zone_before_its_park_stays_one_place(matcher: ZhEntityMatcher) -> None:
    assert "韶关临空经济区智造产业园" in places(matcher, "韶关临空经济区智造产业园首期动工。")
