"""entities_zh (context_zh, references_zh, suffix_zh, branches_zh): bodies that a sentence only refers to, or names
inside a post, a member's title, a session, a delegation or a mechanism, are no mentions; the congress written in
full is the body its short form names; 中央 owning a policy acts (made-up sentences; each states the general rule)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", ["各市要认真执行中央宏观调控措施。", "全县坚决贯彻中央一系列决策部署。",
                                  "我们落实中央各项惠民政策。", "会议传达了中央有关工作要求。"])
def test_the_centre_owning_its_policies_is_a_body(matcher: ZhEntityMatcher, text: str) -> None:
    # 中央 before its macro-control, its series or items of decisions, its relevant requirements: the central
    # authorities, as before 决策 or after 落实 (context_bodies; lead, session 11, 21:28)
    assert [s for s, _ in institutions(matcher, text)] == ["中央"]


def test_the_centre_s_relevant_departments_are_generic(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "中央有关部门派员指导。") == []  # departments of the centre: no one body


def test_the_congress_written_in_full_is_the_body_its_short_form_names(matcher: ZhEntityMatcher) -> None:
    text = "湖南省去年经济稳定。在省人民代表大会及其常务委员会的监督下,省政府依法行政。"
    got = institutions(matcher, text)
    assert ("省人民代表大会", "湖南省人民代表大会") in got
    assert ("常务委员会", "湖南省人民代表大会常务委员会") in got
    assert not [s for s, _ in got if s.startswith("其")]  # 其 ('its') opens no name
    assert institutions(matcher, "湖南省人民代表大会常务委员会表决通过条例。") == [
        ("湖南省人民代表大会常务委员会", "湖南省人民代表大会常务委员会")]


@pytest.mark.parametrize("text", ["议员质疑该委员会的透明度。", "有市民关注此委员会的角色。"])
def test_a_demonstrative_refers_to_a_committee_without_naming_it(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text, "hk") == []


@pytest.mark.parametrize("text", ["市民希望代表把诉求带入议会。", "有人试图破坏议会的运作。"])
def test_a_council_that_is_a_verb_s_object_is_a_common_noun(matcher: ZhEntityMatcher, text: str) -> None:
    # 议会 ('the legislature') stands alone: a verb right before it takes it as its object, no council's name
    assert institutions(matcher, text, "hk") == []


def test_a_count_that_sums_up_a_list_of_departments_is_no_unit(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "现时政务司、财政司及律政司三司各有分工。", "hk")
    assert [s for s, _ in got] == ["政务司", "财政司", "律政司"]  # 律政司三司: 'the three departments', no unit of 律政司


@pytest.mark.parametrize("text", ["公务员事务局长今日宣布新安排。", "发展局长出席典礼并致辞。", "政务司长表示欢迎。"])
def test_a_head_s_title_fused_to_the_body_names_a_post(matcher: ZhEntityMatcher, text: str) -> None:
    # 公务员事务局长 = 公务员事务局局长 written short: a post, no mention of the bureau (GUIDELINES-zh 13)
    assert institutions(matcher, text, "hk") == []


def test_a_body_before_a_word_that_long_starts_stays(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in institutions(matcher, "教育局长期支持学校发展。", "hk")] == ["教育局"]  # 长期 'long-term'


@pytest.mark.parametrize("text", ["行政会议成员出席典礼。", "行会非官守议员表示支持。", "行政会议非官守议员召集人发言。"])
def test_an_executive_council_member_s_title_names_no_body(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text, "hk") == []


def test_the_chief_executive_in_council_stays(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in institutions(matcher, "行政长官会同行政会议批准方案。", "hk")] == ["行政长官会同行政会议"]


@pytest.mark.parametrize("text", ["省委常委会会议研究部署有关工作。湖南省", "市政府党组会议传达文件精神。曲靖市",
                                  "省政府党组(扩大)会议召开。湖南省", "省政府代表团赴外省考察。湖南省",
                                  "各地落实国务院联防联控机制的方案。"])
def test_a_body_inside_a_session_delegation_or_mechanism_is_no_mention(matcher: ZhEntityMatcher, text: str) -> None:
    # a session lists no body (session-10 ruling); a delegation's or a mechanism's name holds the body (DECISIONS 24)
    assert institutions(matcher, text) == []


@pytest.mark.parametrize("text", ["某市统计局新闻发言人张某表示,经济平稳。", "外交部发言人在记者会上回应提问。"])
def test_a_body_s_spokesperson_is_a_post(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text) == []  # 新闻发言人: an office the body appoints, like its head's


def test_the_short_and_full_government_of_an_unnamed_province_are_one_body(matcher: ZhEntityMatcher) -> None:
    # a report that never names its province: 省人民政府 and 省政府 are one body, named by the full form
    got = institutions(matcher, "我代表省人民政府报告工作。一年来,省政府依法行政,省人大常委会加强监督。")
    assert ("省人民政府", "省人民政府") in got and ("省政府", "省人民政府") in got
    assert ("省人大常委会", "省人民代表大会常务委员会") in got


@pytest.mark.parametrize("text", ["当局建议重组特区政府决策局。", "今年是本届政府任期的最后一年。", "未来五年政府基建开支维持高水平。",
                                  "款项来自特区政府基本工程储备基金。", "重组政府架构需要时间。"])
def test_the_government_modifying_a_noun_is_no_actor(matcher: ZhEntityMatcher, text: str) -> None:
    # 政府 / 特区政府 before its bureaux, structure, term, capital works spending or reserve modifies the noun:
    # 'the Government' is listed only where it acts (GUIDELINES-zh 13)
    assert institutions(matcher, text, "hk") == []


@pytest.mark.parametrize("text", ["既然政府已推出新措施,市民应把握机会。", "虽然政府增加拨款,轮候时间仍长。"])
def test_the_government_after_a_clause_opening_conjunction_acts(matcher: ZhEntityMatcher, text: str) -> None:
    assert [c for _, c in institutions(matcher, text, "hk")] == ["Hong Kong SAR Government"]


def test_the_democratic_parties_hold_no_democratic_party(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "座谈会邀请各民主党派和无党派人士参加。") == []  # 民主党派: the eight parties


def test_several_committees_are_a_count_of_a_kind(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "当局设有若干委员会研究有关问题。", "hk") == []


def test_a_speech_at_the_committee_stage_names_no_committee(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "《2030年撥款條例草案》全體委員會審議發言", "hk") == []


def test_the_association_of_non_party_intellectuals_by_level_is_the_home_city_s(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "湛江市召开座谈会,市党外知识分子联谊会派代表发言。")
    assert ("市党外知识分子联谊会", "湛江市党外知识分子联谊会") in got
