"""A town's government written bare right after the town's Party committee (made-up sentences): 镇党委、政府 and
某镇党委政府 name the town's two leading bodies, the bare 政府 the town's people's government (town_governments_zh)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", [
    "石岐镇举行动员会。在镇党委、政府的统一部署下,各村开展清洁行动。",
    "石岐镇举行动员会。在镇党委和政府的统一部署下,各村开展清洁行动。",
])
def test_a_bare_government_after_the_towns_committee_is_the_towns_government(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text) == [("镇党委", "中共石岐镇委员会"), ("政府", "石岐镇人民政府")]


def test_the_glued_pair_names_both_bodies(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "阳西县塘口镇党委政府组织了一次招聘会。") == [
        ("塘口镇党委", "中共塘口镇委员会"), ("政府", "塘口镇人民政府")]


@pytest.mark.parametrize("text", [
    "石岐镇举行动员会。镇党委政府工作报告提出了目标。",  # the report's name
    "石岐镇举行动员会。镇党委书记出席,政府部门负责同志参加。",  # no committee right before: 政府部门 a kind
])
def test_a_government_word_in_another_name_or_apart_is_no_town_government(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, c in bodies(matcher, text) if c == "石岐镇人民政府"]
