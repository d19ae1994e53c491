"""entities_zh (issue 14, session 25): 落地 ('land', a project settling in a place or with a firm) opens the clause
of the body after it, as 落户 does: 项目落地某某集团 names the group without the verb (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_a_company_after_the_landing_verb_is_named_without_it(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab, _ in found(matcher, "今年新项目落地江北集团，带动就业。", "cn") if lab == "INSTITUTION"] == ["江北集团"]
    assert [s for s, lab, _ in found(matcher, "推动一批项目落地，江北集团投资建设。", "cn") if lab == "INSTITUTION"] == ["江北集团"]


def test_landing_alone_names_nothing(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "今年共有28个项目落地投产。", "cn") == []
