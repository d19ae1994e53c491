"""entities_zh: news media (gazetteer_zh_media.jsonl from jieba + the hand list), provincial departments written
short (科技厅, 法院, 检察院, 督查室), built names that a gazetteer entry holds, generic city lists, leading groups
named by their task, and bodies that premodify an election (made-up sentences; each states the general rule)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.lang import blocks, locale
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize(("text", "expected"), [
    ("據新華社報道,大公報和星島日報亦有刊登。",
     [("新華社", "Xinhua News Agency"), ("大公報", "Ta Kung Pao"), ("星島日報", "Sing Tao Daily")]),
    ("来源:中国新闻网。本文转载自湖北日报。", [("中国新闻网", "China News"), ("湖北日报", "湖北日报")]),
    ("央视记者在现场采访。", [("央视", "China Central Television")]),
    ("《明報》昨日刊出社評。", [("明報", "Ming Pao")]),
])
def test_news_media_named_anywhere_are_institutions(matcher: ZhEntityMatcher, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    # a newspaper, agency or station is an institution also in a dateline, a source line or a credit
    # (devset-real DECISIONS 28, 30); a title that is a medium's whole name names the medium
    assert institutions(matcher, text) == expected


@pytest.mark.parametrize("text", ["请说明报告的内容。", "完成报告后提交征信报告。", "以下是重点新闻摘要。"])
def test_two_character_mastheads_are_no_names_inside_words(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text) == []  # 说明报告, 征信报告, 完成报告, 重点新闻


@pytest.mark.parametrize(("text", "expected"), [
    ("湖南省人民政府印发通知。请向省科技厅反馈。",
     [("湖南省人民政府", "湖南省人民政府"), ("省科技厅", "湖南省科学技术厅")]),
    ("江西省召开会议,省法院、省检察院负责同志出席。",
     [("省法院", "江西省高级人民法院"), ("省检察院", "江西省人民检察院")]),
    ("广东省人民政府印发方案,请于月底前报省政府督查室。", [("广东省人民政府", "Guangdong Provincial People's Government"), ("省政府督查室", "广东省人民政府督查室")]),
    ("福建省港澳办牵头,省公安厅配合。", [("福建省港澳办", "福建省港澳事务办公室"), ("省公安厅", "福建省公安厅")]),
])
def test_provincial_departments_written_short_are_named_in_full(matcher: ZhEntityMatcher, text: str,
                                                                expected: list[tuple[str, str]]) -> None:
    # a province's 科技厅 is its 科学技术厅, its 法院 the 高级人民法院, its 检察院 the 人民检察院; 督查室 is an office
    # of the government as 办公室 is
    assert institutions(matcher, text, "cn") == expected


def test_a_built_name_that_a_gazetteer_entry_holds_takes_that_entry(matcher: ZhEntityMatcher) -> None:
    # 省人民政府 in a Guangdong text is built as 广东省人民政府, a name the gazetteer holds: one entity, not two
    text = "广东省第九届人民代表大会开幕。我代表省人民政府报告工作。"
    spans = [(b.start, b.end, b.lang) for b in blocks(text)]
    ids = {m.text: m.entity_id for m in matcher.mentions("d", text, spans, locale(text)) if m.label == "INSTITUTION"}
    assert ids == {"省人民政府": "inst:cn-gd-gov"}


def test_every_prefecture_level_citys_government_is_no_one_body(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "各地级以上市人民政府,县级以上人民政府:广州市发布通知。", "cn") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("经研究,决定成立湖南省推进长江经济带绿色发展和生态保护修复工作领导小组。",
     [("湖南省推进长江经济带绿色发展和生态保护修复工作领导小组",
                            "湖南省推进长江经济带绿色发展和生态保护修复工作领导小组")]),
    ("由乡村振兴领导小组各成员单位配合。", [("乡村振兴领导小组", "乡村振兴领导小组")]),
])
def test_a_leading_group_named_by_its_task_is_one_institution(matcher: ZhEntityMatcher, text: str,
                                                              expected: list[tuple[str, str]]) -> None:
    # the task clause may hold places and verbs and run past 14 characters; the places inside are no mentions
    assert institutions(matcher, text) == expected
    assert not [s for s, lab, _ in found(matcher, text) if lab == "PLACE"]


@pytest.mark.parametrize("text", ["按程序报领导小组批准。", "领导小组日常工作由办公室承担。", "报请乡村振兴领导小组组长审定。"])
def test_a_bare_leading_group_a_preposition_or_a_post_names_no_group(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text) == []


def test_a_body_before_its_election_names_the_event(matcher: ZhEntityMatcher) -> None:
    # devset-real DECISIONS 27: a body premodifying an event's name is no mention; the election committee is a body
    assert institutions(matcher, "市民關注立法會選舉的安排。") == []
    assert [s for s, _ in institutions(matcher, "選舉委員會選出立法會議員。")][:1] == ["選舉委員會"]


def test_the_commissioners_office_by_its_short_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "外交部駐港特派員公署表示。") == [
        ("外交部駐港特派員公署", "Office of the Commissioner of the Ministry of Foreign Affairs in the HKSAR")]
    # its spokesperson is a post, as its head's title is (the session-11 brief: '…统计局新闻发言人' names no body)
    assert institutions(matcher, "外交部駐港特派員公署發言人表示。") == []


def test_the_chamber_in_a_hong_kong_text_is_the_legislative_council(matcher: ZhEntityMatcher) -> None:
    # a member's speech names the council by its chamber (本議事堂) only
    assert institutions(matcher, "代主席,按本議事堂的程序,香港的撥款條例草案下周恢復二讀。", "hk") == [
        ("議事堂", "Legislative Council")]


def test_a_body_named_with_its_province_names_the_province_for_bare_level_departments(matcher: ZhEntityMatcher) -> None:
    # no 湖北省 on its own: 湖北省高级人民法院 names it, so 省财政厅 is Hubei's; the court before its head's title is a post
    assert institutions(matcher, "邀请省财政厅负责同志出席。湖北省高级人民法院院长和湖北省人民检察院检察长作报告。", "cn") == [
        ("省财政厅", "湖北省财政厅")]


def test_a_list_of_cities_before_a_count_and_a_government_is_each_citys_government(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "安排韶关、湛江、揭阳三市政府负责同志参加。", "cn") == [
        ("韶关", "韶关市人民政府"), ("湛江", "湛江市人民政府"), ("揭阳", "揭阳市人民政府")]


def test_a_body_before_its_session_written_without_di_names_the_session(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "代表出席十四届全国人大二次会议。省十三届人大三次会议期间,代表提出建议。", "cn") == []


def test_a_count_of_members_names_no_body(matcher: ZhEntityMatcher) -> None:
    # 多名 counts the members, not councils, and a member's title names no body (session 10: as a post's title)
    assert institutions(matcher, "多名立法會議員表示支持。", "hk") == []


def test_a_broadcaster_before_its_gala_names_the_event(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "成功举办央视春晚分会场演出。", "cn") == []
    assert institutions(matcher, "央视记者报道。", "cn") == [("央视", "China Central Television")]


@pytest.mark.parametrize(("text", "expected"), [
    ("這些議題牽涉發展局和環境局。", [("發展局", "Development Bureau"), ("環境局", "Environment Bureau")]),
    ("條例授權政府簡化程序。", [("政府", "Hong Kong SAR Government")]),
])
def test_a_clause_verb_before_a_short_hong_kong_name_is_its_left_edge(matcher: ZhEntityMatcher, text: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    # a verb of the clause (牽涉, 授權) ends before the name as a boundary does; 市發展局 stays a city's bureau
    assert institutions(matcher, text, "hk") == expected


def test_hong_kong_media_and_the_governments_short_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "【Now新聞台】港府宣布新措施。", "hk") == [
        ("Now新聞台", "Now News"), ("港府", "Hong Kong SAR Government")]


def test_an_organisation_before_its_leaders_meeting_names_the_event(matcher: ZhEntityMatcher) -> None:
    # devset-real DECISIONS 27: an organisation premodifying an event's name is no mention of its own
    assert institutions(matcher, "特首出席亞太經合組織領導人會議。") == []
    assert institutions(matcher, "東盟峰會期間,東盟秘書處發表聲明。") == [("東盟秘書處", "東盟秘書處")]
