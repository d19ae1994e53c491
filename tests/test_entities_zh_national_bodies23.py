"""entities_zh (issue 14, session 18): the Communist Youth League and the People's Armed Police by their short forms, as
Mainland reports name them; a bare 工会 beside them is the kind (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_the_youth_league_and_the_armed_police_by_their_short_forms(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "民族宗教、工会、共青团工作取得新成效。") == [("共青团", "Communist Youth League of China")]
    assert bodies(matcher, "向驻军和武警官兵致以崇高敬意。") == [("武警", "People's Armed Police")]


def test_a_league_members_title_names_no_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "优秀共青团员代表发言。") == []
