"""place suffixes (issue 14, session 27): a named residential area (某某住宅区) is a place, as an estate (某某小区,
某某花园) is (GUIDELINES: estates are places); a village before it is a place of its own. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_named_residential_area_is_a_place(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "社区内有金沙住宅区和银湖住宅区。")
    assert "金沙住宅区" in got and "银湖住宅区" in got


def test_a_residential_area_after_its_village(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "广场位于白石村东围住宅区后面。")
    assert "白石村" in got and "东围住宅区" in got


def test_kinds_of_residential_area_are_no_places(matcher: ZhEntityMatcher) -> None:
    for text in ("加快老旧住宅区改造。", "该住宅区环境优美。", "村民搬进了新住宅区。", "附近的工业区和住宅区。"):
        assert places(matcher, text) == [], text


def test_a_housing_type_before_zhuzhaiqu_names_none(matcher: ZhEntityMatcher) -> None:
    """review-revzh M8: a density class or a housing type before 住宅区 is a kind of area, no name."""
    for text in ("项目附近有低密度住宅区和学校。", "城郊新建了别墅住宅区。", "规划中高密度住宅区。", "建设回迁住宅区。"):
        assert places(matcher, text) == [], text
