"""Session 28 (zhinst): the CPC's committee under its formal name (中共广州市海珠区委员会, 中共某省委员会) is one body under the
canonical its short forms take (中共海珠区委员会 = 中共海珠区委 = 海珠区委); the division it writes still anchors the text's
bare-level bodies (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, canon", [
    ("中共广州市海珠区委员会召开全会。海珠区委部署全年工作。", "中共海珠区委员会"),
    ("中共重庆市巴南区委员会与企业签约。中共巴南区委书记出席。", "中共巴南区委员会"),
])
def test_the_formal_name_is_the_district_committee(matcher: ZhEntityMatcher, text: str, canon: str) -> None:
    rows = found(matcher, text, "cn")
    assert {c for _, lab, c in rows if lab == "INSTITUTION"} == {canon}


def test_a_province_committee_anchors_the_bare_level(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "中共广东省委员会召开全会。会议强调,省委作出的部署要落实到位。", "cn")
    assert {c for _, lab, c in rows if lab == "INSTITUTION"} == {"中共广东省委员会"}


@pytest.mark.parametrize("text", [
    "中共某县委员会委员张某出席会议。",  # a member: a post
])
def test_members_stay_posts(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]
