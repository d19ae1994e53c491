"""Chinese places, session 16 (issue 14), Guangdong city, county and town reports: a division named only by its
report's title or by a session line broken after its name gives no mention (as an unbroken session line and its
head's title do); the report's own division (its session line's) is named by its short form wherever it stands; a
district named 城区 / 郊区 / 矿区 after its prefecture's full name is that district. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "韶关市武江区2023年政府工作报告\n各位代表:",
    "2024年乳源瑶族自治县政府工作报告\n各位代表:",
    "政府工作报告\n——2024年2月1日在韶关市武江区\n第八届人民代表大会第三次会议上\n各位代表:",
])
def test_a_division_named_only_by_its_reports_title_or_session_is_no_mention(
        matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_the_division_written_in_the_report_itself_stays_a_place(matcher: ZhEntityMatcher) -> None:
    text = "韶关市武江区2023年政府工作报告\n一年来,武江区经济稳步增长。"
    assert places(matcher, text) == ["武江区"]


@pytest.mark.parametrize(("text", "district"), [
    ("阳泉市城区推进老旧小区改造。", "阳泉市城区"),
    ("汕尾市城区一年来经济稳步增长。", "汕尾市城区"),
])
def test_a_district_named_urban_area_after_its_prefecture_is_that_district(
        matcher: ZhEntityMatcher, text: str, district: str) -> None:
    assert places(matcher, text) == [district]


def test_an_urban_area_alone_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "中心城区绿化覆盖率提高。") == []


@pytest.mark.parametrize(("text", "short"), [
    ("政府工作报告\n——2024年1月10日在遂溪县第十七届人民代表大会第三次会议上\n各位代表:\n过去一年,是遂溪发展极不平凡的一年。",
     "遂溪"),
    ("——在新会区第十五届人民代表大会第二次会议上\n新会区区长 某某\n五年来,全区推动新会经济稳步增长。", "新会"),
])
def test_the_reports_own_division_is_named_by_its_short_form(matcher: ZhEntityMatcher, text: str, short: str) -> None:
    assert places(matcher, text) == [short]


def test_a_short_form_without_the_reports_header_needs_its_prefecture(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "过去一年,是遂溪发展极不平凡的一年。") == []


@pytest.mark.parametrize("text", [
    "——在禅城区第十五届人民代表大会第二次会议上\n推进平安禅城建设。",
    "——在禅城区第十五届人民代表大会第二次会议上\n城市中轴禅城段启动建设。",
    "表1 韶关市武江区2019年国民经济和社会发展计划主要指标完成情况",
])
def test_a_campaign_a_route_section_or_a_plans_title_is_no_mention(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_town_found_by_two_paths_in_traditional_text_is_one_entity(matcher: ZhEntityMatcher) -> None:
    text = "開平市4個鎮入選,分別是水口鎮、月山鎮。水口鎮位于開平市東部。月山鎮位于開平市東北部,南與水口鎮相連。"
    towns = [t for t in found(matcher, text) if t[1] == "PLACE" and t[0] in ("水口鎮", "月山鎮")]
    assert len(towns) == 5
    assert len({t[2] for t in towns if t[0] == "水口鎮"}) == 1 and len({t[2] for t in towns if t[0] == "月山鎮"}) == 1


def test_a_towns_short_form_before_the_kind_it_is_made_is_the_town(matcher: ZhEntityMatcher) -> None:
    got = [t for t in found(matcher, "惠城区集中力量推进汝湖典型镇培育。") if t[1] == "PLACE"]
    assert ("汝湖", "PLACE", "汝湖镇") in got
