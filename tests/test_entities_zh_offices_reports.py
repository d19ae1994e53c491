"""entities_zh: offices named by their function (…辦事處), a body named only as the author of its annual report,
a special representative's title, a military academy, and the verbs that open a development goal (made-up
sentences; each states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("verb", ["主辦", "合辦", "協辦"])
def test_an_office_named_by_its_function_is_an_institution(matcher: ZhEntityMatcher, verb: str) -> None:
    # 辦事處 ('office') after words of its own names one office, as 委員會 names a committee; 合辦 / 協辦
    # ('co-organise') after it is the verb, no part of the name
    assert institutions(matcher, f"展覽由文物推廣辦事處{verb}。") == [("文物推廣辦事處", "文物推廣辦事處")]


@pytest.mark.parametrize("text", ["各區辦事處將提供協助。", "民政事務總署的地區辦事處提供服務。", "街道办事处派员到场。",
                                  "政府將成立專責統籌辦事處。"])
def test_an_office_named_by_its_kind_only_is_no_name(matcher: ZhEntityMatcher, text: str) -> None:
    # 各區 / 地區 / 街道 + 辦事處 are the kind of office every district or street has, no one office; 專責統籌
    # ('dedicated, co-ordinating') describes what an office is for, names none
    names = [s for s, _ in institutions(matcher, text)]
    assert not any(s.endswith(("辦事處", "办事处")) for s in names)


@pytest.mark.parametrize("text", [
    "(由發展局局長提交) 水務署二零一八至一九年度年報",
    "第12號 - 渠務署2019-20年營運基金報告書",
    "旅遊事務署年報顯示,旅客人數增加。",
])
def test_a_body_before_its_annual_report_names_the_document(matcher: ZhEntityMatcher, text: str) -> None:
    # the author of an annual report or a trading fund's report, the year between (a LegCo agenda's list of
    # papers), names the document as the author of a 工作报告 does: no row for that mention
    assert institutions(matcher, text) == []


def test_the_body_acting_elsewhere_is_still_a_mention(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "水務署今日公布新措施。") == [("水務署", "Water Supplies Department")]


def test_a_special_representatives_title_is_a_post(matcher: ZhEntityMatcher) -> None:
    # 駐某地特派代表 ('Special Representative to …') is a post, like 局長: no body named by the words before it
    assert institutions(matcher, "政府宣布,香港駐世界貿易組織特派代表下月履新。") == [("政府", "Hong Kong SAR Government")]


def test_a_place_before_a_military_academy_names_the_academy(matcher: ZhEntityMatcher) -> None:
    # 军校 ('military academy') after a place is the academy's name (黄埔军校), the place no mention of its own
    assert found(matcher, "各界纪念黄埔军校创办一百年。", "cn") == [("黄埔军校", "INSTITUTION", "黄埔军校")]


@pytest.mark.parametrize("text", ["围绕做强全球研发中心,推进各项工作。", "瞄准建强国际创新中心,推进各项工作。",
                                  "聚焦打造区域创新中心,推进各项工作。"])
def test_a_development_goal_after_its_verbs_is_no_body(matcher: ZhEntityMatcher, text: str) -> None:
    # coverbs (围绕, 瞄准, 聚焦 'focusing on') and goal verbs (建强, 做强 'build strong') open the clause; the
    # generic words left (全球研发中心) are a status a city is built into, no one centre (DECISIONS-zh 25)
    assert institutions(matcher, text, "cn") == []


def test_university_before_a_school_kind_is_a_kind(matcher: ZhEntityMatcher) -> None:
    # 大學醫學院 ('universities' medical schools') names a kind of school, no one school
    assert institutions(matcher, "大學醫學院提供私家診症服務。") == []
