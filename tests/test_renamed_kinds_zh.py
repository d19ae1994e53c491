"""entities_zh (issue 14, session 25): after a verb of renaming, a government that owns the noun after it (某局改组为市政府
组成部门, 某学院升格为省政府直属高校) names a kind of body, no new name: the old body keeps its own row and is not
joined to the government; a real new name still joins (made-up bodies)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def canon(matcher: ZhEntityMatcher, text: str) -> dict[str, str]:
    return {s: c for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"}


def test_a_kind_the_government_owns_is_no_new_name(matcher: ZhEntityMatcher) -> None:
    assert canon(matcher, "市发展计划委员会改组为市政府组成部门。")["市发展计划委员会"] == "市发展计划委员会"
    assert canon(matcher, "江北学院升格为省政府直属高校。")["江北学院"] == "江北学院"


def test_a_new_name_still_joins(matcher: ZhEntityMatcher) -> None:
    assert canon(matcher, "江北职业技术学院升格为江北理工大学。")["江北职业技术学院"] == "江北理工大学"
