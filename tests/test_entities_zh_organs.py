"""entities_zh (departments_zh, references_zh, context_zh): a Mainland division's own bodies named by level only
(its departments, Party organs and people's organisations), a place's newspaper, a known company's registered
name, posts of the State Council and the Politburo (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_divisions_party_organs_are_its_own(matcher: ZhEntityMatcher) -> None:
    # 纪委监委 are two bodies sharing one office: one mention of each; with no county named, a Mainland text's
    # 县委宣传部 is listed as written, as its 县委 is
    text = "泰兴市召开会议。市纪委监委、市委组织部和市委党校负责同志参加。"
    assert institutions(matcher, text) == [
        ("市纪委", "中共泰兴市纪律检查委员会"), ("监委", "泰兴市监察委员会"),
        ("市委组织部", "中共泰兴市委员会组织部"), ("市委党校", "中共泰兴市委员会党校")]
    assert institutions(matcher, "县委宣传部和县委统战部联合发文。") == [("县委宣传部", "县委宣传部"), ("县委统战部", "县委统战部")]


def test_a_divisions_peoples_organisations_are_its_own(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "市总工会、市妇联和市科协联合举办活动。") == [
        ("市总工会", "市总工会"), ("市妇联", "市妇联"), ("市科协", "市科协")]


def test_a_department_of_a_city_whose_entry_two_cities_share_takes_the_name_the_text_writes(
        matcher: ZhEntityMatcher) -> None:
    # 福州 and 抚州 are both 'Fuzhou': the text writes 福州, so its 市 bodies are 福州's
    assert institutions(matcher, "经福州市委同意,市委巡察组对市审计局开展巡察。") == [
        ("福州市委", "中共福州市委员会"), ("市委", "中共福州市委员会"), ("市审计局", "福州市审计局")]


@pytest.mark.parametrize(("text", "expected"), [
    ("(湖北日报记者 王某 通讯员 李某)", [("湖北日报", "湖北日报")]),
    ("甘肃新闻网2月3日讯,省长率团考察。", [("甘肃新闻网", "甘肃新闻网")]),
])
def test_a_places_newspaper_or_news_site_is_a_medium_not_the_place(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert institutions(matcher, text) == expected
    assert not [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_known_companys_registered_name_is_that_company(matcher: ZhEntityMatcher) -> None:
    text = "代表团参观了华为技术有限公司和比亚迪集团。华为、比亚迪表示将扩大投资。"
    assert institutions(matcher, text) == [
        ("华为技术有限公司", "Huawei"), ("比亚迪集团", "BYD"), ("华为", "Huawei"), ("比亚迪", "BYD")]
    # another word between the short name and the legal form names another company
    assert ("华为终端有限公司", "华为终端有限公司") in institutions(matcher, "华为终端有限公司发布新品,华为表示支持。")


@pytest.mark.parametrize("text", [
    "中共中央政治局常委、国务院总理出席会议。",  # posts: the body inside a post's title is no mention
    "教育部希望学院加强合作。",  # 希望 ('hopes') ends the body's name: no 教育部希望学院
])
def test_posts_and_verbs_after_a_body(matcher: ZhEntityMatcher, text: str) -> None:
    assert all(s in ("教育部",) for s, _ in institutions(matcher, text))


def test_a_body_reorganised_into_another_is_one_body_with_both_names(matcher: ZhEntityMatcher) -> None:
    # 扩大X为Y / 重组X为Y rename as X更名为Y does (DECISIONS 26); X为Y提供 is no renaming
    assert institutions(matcher, "建议扩大创新及科技局为创新科技及工业局。", "hk") == [
        ("创新及科技局", "Innovation, Technology and Industry Bureau"),
        ("创新科技及工业局", "Innovation, Technology and Industry Bureau")]
    assert institutions(matcher, "创新及科技局为创新科技及工业局提供支援。", "hk")[0] == (
        "创新及科技局", "Innovation and Technology Bureau")


@pytest.mark.parametrize("text", [
    "全面贯彻省委十二届三次全会精神。",  # a Party committee before its plenary session names the session (DECISIONS 21)
    "认真落实市纪委全会部署。",
    "国务院常务会议审议通过该条例。",  # a government before its executive meeting
])
def test_a_body_before_its_plenary_or_executive_session_names_an_event(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text) == []


def test_a_described_kind_of_government_is_not_the_locales(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "我們要建立一個以市民為本的政府,並改革政府文化。", "hk") == []
    assert institutions(matcher, "政府會推出新措施。", "hk") == [("政府", "Hong Kong SAR Government")]


def test_a_departments_name_of_the_2013_to_2018_round(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "湖北省召开会议。省卫生和计划生育委员会、省卫生计生委联合发文。") == [
        ("省卫生和计划生育委员会", "湖北省卫生和计划生育委员会"), ("省卫生计生委", "湖北省卫生和计划生育委员会")]


def test_a_known_bodys_name_without_its_parent_is_that_body(matcher: ZhEntityMatcher) -> None:
    # 財務委員會 after 立法會財務委員會, and the forms defined or pointed to from it, are one committee
    text = "本程序由立法會財務委員會通過。財務委員會(下稱「委員會」)負責審批撥款。該委員會的職能包括審核預算。"
    got = institutions(matcher, text, "hk")
    assert {c for _, c in got} == {"Finance Committee of the Legislative Council"}
    assert [s for s, _ in got] == ["立法會財務委員會", "財務委員會", "委員會", "該委員會"]


def test_a_quoted_designation_before_a_body_head_is_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "当局将成立「绿色金融」督导委员会。", "hk") == [
        ("「绿色金融」督导委员会", "「绿色金融」督导委员会")]
    # a quoted programme before a known body's name stays apart
    assert institutions(matcher, "推出「本地游」旅发局亦会参与。", "hk") == [("旅发局", "Hong Kong Tourism Board")]


def test_a_body_after_yu_to(matcher: ZhEntityMatcher) -> None:
    # 予 ('to') takes the body as its object, as 向 does
    assert institutions(matcher, "政府拨款予金发局推广培训。", "hk") == [
        ("政府", "Hong Kong SAR Government"), ("金发局", "Financial Services Development Council")]


def test_an_inter_departmental_body_set_up_without_a_name_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "發展局將成立跨部門督導委員會,專責統籌審批。", "hk") == [("發展局", "Development Bureau")]


def test_a_known_body_then_what_it_builds_is_no_longer_name(matcher: ZhEntityMatcher) -> None:
    # 建设 after a complete name starts a clause; inside a name body (建设投资, 建设银行) it stays
    assert institutions(matcher, "支持深圳大学建设世界一流大学。") == [("深圳大学", "Shenzhen University")]
    assert [s for s, _ in institutions(matcher, "广州市建设投资发展有限公司与中国建设银行签约。")] == [
        "广州市建设投资发展有限公司", "中国建设银行"]


def test_a_lists_later_departments_share_the_level_of_its_first(matcher: ZhEntityMatcher) -> None:
    # 省科技厅、发展改革委、农业农村厅等部门: the province's departments, not the State Council's NDRC
    got = institutions(matcher, "湖南省召开会议。省科技厅、发展改革委、农业农村厅等部门推进建设。")
    assert [s for s, _ in got] == ["省科技厅", "发展改革委", "农业农村厅"]
    assert got[1] == ("发展改革委", "湖南省发展和改革委员会")


def test_a_verb_inside_a_clause_opens_no_name_body(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "领导小组及时解决省实验室建设中的问题。") == []
