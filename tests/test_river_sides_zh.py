"""river_courses_zh (issue 14, session 29): a river's side is one character (某河畔, 某江畔), so a river written 某江河
before it is that river (no 某江 read before 河畔; the generic 江河 alone none); 江边 'by the river' names none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_jiang_he_river_before_its_side(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "古村邻近莲溪江河畔。")
    assert "莲溪江河" in got and "莲溪江" not in got


def test_the_generic_jiang_he_names_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "村民在小河畔洗衣。") == []
    assert places(matcher, "游客徜徉江边，流连忘返。") == []
