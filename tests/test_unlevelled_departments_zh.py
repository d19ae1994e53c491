"""Working departments written with no division and no level (made-up sentences): two or more department names or
government / Party offices joined by 、 / 和 / 以及 after punctuation, or one before its 负责人, are those bodies as
written (department_lists_zh); a leveled department's list goes on across 和 / 及 (区教育局、卫健局和人社局)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_bare_departments_listed_together_are_bodies_as_written(matcher: ZhEntityMatcher) -> None:
    text = "副县长李某,政府办、文明办、规划局、环卫处以及相关乡镇负责人来到工地。"
    assert bodies(matcher, text) == [("政府办", "政府办"), ("文明办", "文明办"), ("规划局", "规划局"), ("环卫处", "环卫处")]


def test_one_bare_department_before_its_head_is_a_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "座谈会上,社会事业局负责人通报了学校建设进度。") == [("社会事业局", "社会事业局")]


def test_a_leveled_list_goes_on_across_and(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "区教育局、卫健局和人社局联合印发了通知。") == [
        ("区教育局", "区教育局"), ("卫健局", "区卫生健康局"), ("人社局", "区人力资源和社会保障局")]


@pytest.mark.parametrize("text", [
    "财政局负责资金拨付。",  # one bare name acting: no list, no head after it
    "每个县都设有规划局、环卫处等机构。",  # kinds every county has, after a verb: the list is not set off
])
def test_a_lone_or_unset_bare_department_is_left_alone(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text) == []


def test_bare_departments_after_each_place_are_kinds(matcher: ZhEntityMatcher) -> None:
    assert not [s for s, _ in bodies(matcher, "各地财政局、规划局要加强协作。") if s in ("财政局", "规划局")]


@pytest.mark.parametrize("text", [
    "党委下设办公室、督查室、宣传部、统战部等工作机关。",  # kinds of organ, a list begun with 办公室 after a verb
    "澜屿理工学院党委宣传部、组织部负责人出席。",  # a college Party committee's own departments
    "副县长带领民政局、财政局负责人走访困难群众。",  # a list after a verb: never its second member alone
])
def test_a_run_opens_after_no_list_comma(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, c in bodies(matcher, text) if s == c and s in ("督查室", "宣传部", "统战部", "组织部", "财政局")]


@pytest.mark.parametrize("text", [
    "分工如下：人社局负责人员招聘，财政局负责资金保障。",
    "分工如下：规划局负责人员培训。",
])
def test_a_department_in_charge_of_staff_has_no_head(matcher: ZhEntityMatcher, text: str) -> None:
    assert bodies(matcher, text) == []


def test_a_listed_department_before_the_next_ones_head_is_kept(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "县财政局和审计局负责人参加会议。") == [("县财政局", "县财政局"), ("审计局", "县审计局")]
    assert [s for s, _ in bodies(matcher, "区教育局和卫健局负责人到校检查。")] == ["区教育局", "卫健局"]


def test_bare_departments_before_a_duty_of_their_heads_are_kinds(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "按照规定，宣传部和组织部负责人应当参加培训。") == []
    assert [s for s, _ in bodies(matcher, "会上，宣传部和组织部负责人应邀发言。")] == ["宣传部", "组织部"]
