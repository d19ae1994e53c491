"""entities_zh (issue 14, session 25; lead's ruling on review S3): an executive head's title after a university,
institute or station and before the holder (某学院常务副院长李某, 某总站总站长) names a post, no mention of the body,
as 院长 does; an academic rank after a body (教授, 副教授, 研究员, 副研究员, 讲师; with or without the holder's name:
某大学教授张某) is no post of that body: the body is the person's affiliation, an institution mention, as
'Professor X of HKU' names HKU (made-up names)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_executive_heads_are_posts(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "华南农业大学工程学院常务副院长李君致辞。") == []


def test_an_academic_rank_names_the_body_as_affiliation(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "论坛邀请中山大学教授张三致辞。") == ["中山大学"]
    assert bodies(matcher, "中山大学副教授张三、研究员李四参加。") == ["中山大学"]
    assert bodies(matcher, "邀请北京大学教授参加研讨会。") == ["北京大学"]
    assert bodies(matcher, "中国科学院研究员王五出席。") == ["中国科学院"]


def test_a_rank_before_a_group_keeps_the_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "中山大学教授团队来访。") == ["中山大学"]
    assert bodies(matcher, "中山大学教授级高工王五出席。") == ["中山大学"]
