"""entities_zh (issue 14, session 27): a college named with 专科学校 / 高等专科学校 (某某医药高等专科学校, 某某师范专科学校) is an
institution, with the place that opens its name; 等 inside 高等 is no list's 'etc.'. An unnamed or generic one (一所高等
专科学校, 各高等专科学校) and a real 等 after a list of places name no college (made-up names)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def mentions(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, "cn")]


def test_a_named_college_is_an_institution(matcher: ZhEntityMatcher) -> None:
    assert ("华信医药高等专科学校", "INSTITUTION") in mentions(matcher, "市政府与华信医药高等专科学校签约。")
    assert ("华信师范专科学校", "INSTITUTION") in mentions(matcher, "华信师范专科学校举行毕业典礼。")


def test_a_place_opens_the_college_name(matcher: ZhEntityMatcher) -> None:
    got = mentions(matcher, "代表团考察了安庆医药高等专科学校。")
    assert got == [("安庆医药高等专科学校", "INSTITUTION")]


def test_generic_colleges_and_a_real_etc(matcher: ZhEntityMatcher) -> None:
    assert mentions(matcher, "该市有一所高等专科学校。") == []
    assert mentions(matcher, "各高等专科学校要加强管理。") == []
    assert mentions(matcher, "安庆、芜湖等城市参加。") == [("安庆", "PLACE"), ("芜湖", "PLACE")]
