"""Session 29 (zhinst): a family farm is registered under a name of trade name + 家庭农场 and is one institution, read
like a farmers' co-operative (cooperatives_zh): after a clause's verb or a single-character verb of going (到, 赴), not
as a kind (发展家庭农场, 一批家庭农场, 5家省级示范家庭农场, 创办家庭农场) and not before its owner's title (某某家庭农场场主)
(sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


@pytest.mark.parametrize("text, name", [
    ("随后，到青禾家庭农场调研。", "青禾家庭农场"),
    ("调研组走访了金穗家庭农场，了解水稻种植情况。", "金穗家庭农场"),
    ("随后，赴溪源家庭农场考察。", "溪源家庭农场"),
    ("随后，到绿邦种植专业合作社调研。", "绿邦种植专业合作社"),
])
def test_a_named_family_farm_is_one_body(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in insts(matcher, text)


@pytest.mark.parametrize("text", [
    "全镇发展家庭农场12家，培育了一批家庭农场。",
    "县里评选出5家省级示范家庭农场。",
    "鼓励农户创办家庭农场和农民专业合作社。",
    "绿源家庭农场场主李明介绍了情况。",
])
def test_kinds_and_posts_name_no_farm(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s in insts(matcher, text) if "农场" in s]
