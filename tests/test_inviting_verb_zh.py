"""entities_zh (issue 14, session 25): 邀请 ('invite') opens the clause of the body it takes as object, so an unknown
body's name starts after it (邀请岭东大学专家团队 → 岭东大学), as it does after 组织 or 联合 (made-up names)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_an_invited_body_is_named_without_the_verb(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab, _ in found(matcher, "本次论坛邀请岭东大学专家团队来访。", "cn") if lab == "INSTITUTION"] == ["岭东大学"]
