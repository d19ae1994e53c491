"""Chinese places, session 24 (issue 14): a region or city that opens a positioning goal's role title after a verb of
becoming (打造某区域…中心, 筑牢某区域生态屏障, 打造绿色发展某市样板, 建成某区域…示范区) names the role's scope, no place;
站上 + a level after a district's short form found late is the verb 'rise to', no station; a division alone in brackets
glued inside a name (国家超算(某市)中心) is the name's seat, no place. Sentences are made up."""

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
    "全力打造生态发展清远样板。",
    "打造梅州客家文化品牌之星。",
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
    ("加快打造粤西高质量发展新增长极中争当排头兵。", "粤西"),  # a growth pole ends the title first
    ("打造大湾区宜居宜业之城。", "大湾区"),
])
def test_a_place_that_is_no_role_title_s_scope_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


def test_a_district_short_form_before_the_verb_zhanshang_is_no_station(matcher: ZhEntityMatcher) -> None:
    text = "来源:三水区人大\n区长作报告。她说,去年是三水站上千亿新起点、奋楫新征程的一年。"
    assert not any(p.endswith("站") for p in places(matcher, text))


@pytest.mark.parametrize("text", [
    "“某某一号”落户国家超算(广州)中心并投入使用。",
    "总投资50亿元的某某新能源(珠海)储能电池项目动工。",
    "某某石化(茂名)乙烯项目加快建设。",
])
def test_a_division_alone_in_brackets_inside_a_name_is_its_seat(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("省职教城（清远）初具规模。", "清远"),  # the bracket locates a site
    ("这次论坛在广州(番禺)举行。", "番禺"),  # the bracket locates the place before it
    ("签约项目分布在(佛山)的三个园区。", "佛山"),  # a function word after the bracket
])
def test_a_bracket_that_locates_keeps_its_place(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)
