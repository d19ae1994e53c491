"""place lead words (issue 14, session 27): a works stage word (在建, 已建, 待建, 续建) opens the named work it
describes, never its first word. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_under_construction_is_not_part_of_the_name(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "镇内有白石电站、在建石门电站和红岭坝电站。")
    assert "石门电站" in got and "建石门电站" not in got


def test_built_is_not_part_of_the_name(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "目前已建青岗水库一座。")
    assert "青岗水库" in got and "建青岗水库" not in got


def test_a_stage_word_alone_before_a_kind_names_nothing(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全县在建水库3座，拟建电站2座。") == []


def test_a_stage_word_before_a_project_names_nothing(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全年推进续建项目12个、待建项目5个。") == []
