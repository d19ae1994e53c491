"""counted_lists_zh openers (issue 14, session 29): a river or road passing through places lists them after 流经 / 途经 /
经 (经甲、乙两镇): the verb opens the list and is no part of its first item. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_passing_verb_opens_a_counted_list(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该河经龙潭、黄竹两镇流入北江。")
    assert not any(g.startswith("经") for g in got)


def test_the_items_after_the_passing_verb_are_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该河经石岗、白坭两镇至河口。")
    assert "白坭" in got and not any(g.startswith("经") for g in got)
