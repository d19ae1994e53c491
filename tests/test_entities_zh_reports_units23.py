"""entities_zh (issue 14, session 18): a university's graduate school, a party committee's staffing office by its
short form, a leading group's meeting, a government's hall, and a body or division before the title of its own report
(made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def rows(matcher: ZhEntityMatcher, text: str, label: str = "INSTITUTION") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == label]


def test_a_universitys_graduate_school_is_one_name(matcher: ZhEntityMatcher) -> None:
    # 研究生院 is a unit head as 学院 is; a university's school in another city keeps the city in its name
    assert [s for s, _ in rows(matcher, "岭东大学研究生院、清华大学佛山国际研究生院等高校落户新区。")] == [
        "岭东大学研究生院", "清华大学佛山国际研究生院"]


def test_a_party_committees_staffing_office_by_its_short_form(matcher: ZhEntityMatcher) -> None:
    assert rows(matcher, "广东省召开会议。省委编办批复同意设立该机构。") == [
        ("省委编办", "中共广东省委员会机构编制委员会办公室")]


def test_a_leading_groups_meeting_names_no_group(matcher: ZhEntityMatcher) -> None:
    # …领导小组会议 is the group's meeting, an event, as 国务院常务会议 is; a task joined by 和 does not reach back
    # over the meeting before it
    assert rows(matcher, "方案已提交市政府常务会议和海洋经济领导小组会议审议。") == []


def test_a_municipal_governments_hall_is_a_building(matcher: ZhEntityMatcher) -> None:
    assert rows(matcher, "广州召开大会。会议在市政府礼堂举行。") == []


def test_a_body_and_its_division_before_the_title_of_its_report(matcher: ZhEntityMatcher) -> None:
    text = "江北市人民政府关于江北市2030年上半年国民经济和社会发展计划执行情况的报告\n一、执行情况"
    assert rows(matcher, text) == [] and rows(matcher, text, "PLACE") == []
