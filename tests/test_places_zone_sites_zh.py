"""zone_sites_zh: a zone built on a suffix that a park's body and kind follow at once names that park with it, one
place (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_park_written_after_its_zone_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "启动滨湖临港经济区光电产业园建设。") == ["滨湖临港经济区光电产业园"]


def test_a_zone_alone_stays_the_zone(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进滨湖临港经济区建设。") == ["滨湖临港经济区"]
