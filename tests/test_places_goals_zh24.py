"""Chinese places, session 24 (issue 14): a region or city that opens a positioning goal's role title right after a verb
of becoming (打造某区域…中心, 筑牢某区域生态屏障, 建成某区域…示范区) names the role's scope, no place; 站上 + a level after
a district's short form found late is the verb 'rise to', no station. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "新区将全力打造粤西现代物流集散中心，带动周边发展。",
    "我们要筑牢粤北绿色生态屏障，守护好青山绿水。",
    "加快打造广州国际科技交流枢纽核心功能。",
    "奋力打造大湾区重要新材料研发生产基地。",
    "争创粤东科技成果转化高地。",
])
def test_a_place_opening_a_role_title_after_a_verb_of_becoming_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize("text", [
    "力争两年内建成粤西海洋经济融合示范区。",
    "全县上下为建成粤北文旅康养示范区而努力。",
])
def test_a_zone_name_opening_with_a_region_after_a_verb_of_becoming_is_no_place(matcher: ZhEntityMatcher,
                                                                                text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("加快打造珠江东岸新增长极。", "珠江东岸"),  # a growth pole keeps its place (golds list it)
    ("全力打造粤西，建设区域中心城市。", "粤西"),  # the place is the object itself
    ("集团投资建设粤西农产品冷链物流中心。", "粤西"),  # another verb: a company's site
    ("打造粤东的交通物流中心。", "粤东"),  # a function word before the head
    ("推动粤北与珠三角产业共建。", "粤北"),
])
def test_a_place_that_is_no_role_title_s_scope_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


def test_a_district_short_form_before_the_verb_zhanshang_is_no_station(matcher: ZhEntityMatcher) -> None:
    text = "来源:三水区人大\n区长作报告。她说,去年是三水站上千亿新起点、奋楫新征程的一年。"
    assert not any(p.endswith("站") for p in places(matcher, text))
