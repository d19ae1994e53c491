"""river_courses_zh (issue 14, session 28): a river written right before a word of its course (地处某江上游, 某溪流域)
is a place even where no word list knows it; generic words, determiners and 沿河 name none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_an_unknown_river_before_its_course_word_is_read(matcher: ZhEntityMatcher) -> None:
    assert "枫溪江" in places(matcher, "该乡地处枫溪江上游，森林覆盖率高。")
    assert "黄竹溪" in places(matcher, "该镇位于黄竹溪流域。")


def test_a_determiner_before_the_river_word_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "该河上游水质良好。") == []


def test_a_small_river_of_the_clause_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "这条小河两岸风光秀丽。") == []


def test_a_preposition_before_the_river_is_no_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "推动以黄竹溪流域生态保护为重点的各项工作。")
    assert not any(g.startswith("以") for g in got)
