"""suffix_zh data (issue 14, session 25): a town's service stations named by their service alone (兽医站, 农技站,
农机站, 食品站) are kinds of station, no places. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_towns_service_stations_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "副镇长联系农机站、兽医站、食品站和农技站。") == []
