"""campaigns_zh: a known place right after a campaign's quality word (绿美, 平安, 幸福 …) only names the campaign
(绿美肇庆生态建设), no mention of the place; written elsewhere it is one (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_place_inside_a_campaigns_name_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "深入推进绿美肇庆生态建设，持续打造平安韶关。") == []


def test_the_place_written_on_its_own_still_counts(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "深入推进绿美肇庆生态建设，肇庆森林覆盖率提高。") == ["肇庆"]
