"""administered_zh data (issue 14, session 26): the units a division has (原有 / 现有) or a plan covers (涵盖 / 包括),
listed by short names before their count and kind, are places where the count matches. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_units_a_division_had_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该街道在原有青禾、望岭、松塘3个社区基础上新设一个社区。")
    assert {"青禾", "望岭", "松塘"} <= set(got)


def test_units_a_belt_covers_are_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "示范带涵盖青禾、望岭、松塘、石门坳4个行政村。") == ["青禾", "望岭", "松塘", "石门坳"]


def test_items_of_no_settlement_kind_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "资金包括扶贫、助学、养老3个项目。") == []
