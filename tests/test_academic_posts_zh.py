"""entities_zh (issue 14, session 25): an academic rank or an executive head's title after a university or institute
and before the holder (某大学教授张某, 某学院常务副院长李某, 某所研究员王某) names a post, no mention of the body, as 院长
does; a rank before a word for a group or a grade (教授团队, 教授级) names no holder, so the body stays (made-up
names)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_ranks_before_a_holder_are_posts(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "论坛邀请中山大学教授张三致辞。") == []
    assert bodies(matcher, "中山大学副教授张三、研究员李四参加。") == []
    assert bodies(matcher, "华南农业大学工程学院常务副院长李君致辞。") == []


def test_a_rank_before_a_group_keeps_the_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "中山大学教授团队来访。") == ["中山大学"]
    assert bodies(matcher, "中山大学教授级高工王五出席。") == ["中山大学"]
