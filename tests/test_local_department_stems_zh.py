"""Local working departments written under names of their own (made-up sentences): the urban-management and
law-enforcement bureau (城管执法局, 城管局, 综合行政执法局), a county's agriculture and forestry bureau (农林局), the
market supervision bureau written without 管理 (市场监督局), the social-affairs, administrative-approval and
government-services bureaus, the supply and marketing co-operative (县供销社) and a Party committee's rural-work
office (县委农办, 县委农工委), each after a bare level, are that level's bodies (entities_zh.json division_departments
_stems_s27, relative_bodies _relative_bodies_s27)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


@pytest.mark.parametrize(("text", "expected"), [
    ("区城管执法局、县农林局负责人参加了检查。",
     [("区城管执法局", "区城市管理和综合执法局"), ("县农林局", "县农林局")]),
    ("县综合行政执法局开展了夜市专项整治。", [("县综合行政执法局", "县综合行政执法局")]),
    ("市行政审批局和市政务服务局联合发布了办事指南。",
     [("市行政审批局", "市行政审批服务局"), ("市政务服务局", "市政务服务局")]),
    ("区社会事业局牵头建设两所小学。", [("区社会事业局", "区社会事业局")]),
    ("县供销社在各乡镇新设了农资服务网点。", [("县供销社", "县供销合作社")]),
    ("县委农办组织了一次乡村规划培训。", [("县委农办", "县委农办")]),
])
def test_a_level_before_a_local_department_name_is_that_levels_department(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert bodies(matcher, text) == expected


def test_a_rural_work_office_takes_the_city_the_text_names(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "湛江市召开会议,市委农办负责同志出席。") == [
        ("市委农办", "中共湛江市委员会农村工作领导小组办公室")]


@pytest.mark.parametrize("text", [
    "推进城管执法体制改革,规范执法行为。",  # the field of work, no bureau
    "各地农林部门要做好防火工作。",  # a kind of department, no head word
    "市场监督局面临的新任务很多。",  # 局面: a word of its own (right_blocked), no bureau
])
def test_a_field_or_a_word_is_no_department(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text) == []
