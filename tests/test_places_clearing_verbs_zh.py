"""lead words (issue 14, session 25): 清理 ('clear') opens the object a dredging campaign clears, never a water's
first word: 清理水道 is no place, the named channel after it is. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_clearing_verb_is_no_part_of_a_waters_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全镇累计清理水道5200多米。") == []
