"""entities_zh (issue 14, session 25): the working departments that the reforms before 2018 named and the 2018 plan
merged or renamed (安全生产监督管理局, 质量技术监督局, 工商局, 卫生局 …) are a level's departments in the documents of
those years, read after a bare level as today's departments are; a post after one is still the post (made-up
sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_former_departments_after_a_level(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "市安全生产监督管理局调整为市政府工作部门。")[0] == ("市安全生产监督管理局", "市安全生产监督管理局")
    assert bodies(matcher, "市质量技术监督局、市工商局、区卫生局联合执法。") == [
        ("市质量技术监督局", "市质量技术监督局"), ("市工商局", "市工商行政管理局"), ("区卫生局", "区卫生局")]


def test_a_post_and_a_word_after_the_stem_stay_none(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "市规划局局长张三出席。") == []
    assert bodies(matcher, "全市建设局面良好。") == []
