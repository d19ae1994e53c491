"""entities_zh (issue 14, session 25): a body named with 各地 / 各级 ('every place, every level') inside counts a class
of bodies, no one institution (GUIDELINES-zh 13: 各区人民政府 is generic); a named body stays (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_bodies_of_every_place_or_level_are_no_name(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "廉江各地商会的领导参加推介会。") == []
    assert bodies(matcher, "江北各级工会积极参与。") == []


def test_a_named_chamber_stays(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "深圳潮汕商会的领导参加推介会。") == ["深圳潮汕商会"]
