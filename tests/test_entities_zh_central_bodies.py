"""entities_zh (gazetteer_zh_aliases, context_zh, coordination_zh): Mainland central bodies that older reports and
news name (ministries abolished in the 2008-2023 reforms, the Party Centre's 2023 commissions, the Central Military
Commission's organs, gov.cn); 证监会 read by jurisdiction; a body before one of its units and that unit head's title
is a post; a head shared over a list of cities whatever data set typed each city; 中央 as one tier of several; a
mechanism named with what it responds to (made-up sentences; each states the general rule)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text, surface, canonical", [
    ("该市与铁道部签署合作协议。", "铁道部", "Ministry of Railways"),
    ("省政府同交通部共建高速公路网。", "交通部", "Ministry of Communications"),
    ("项目获国土资源部批准用地。", "国土资源部", "Ministry of Land and Resources"),
    ("我市被农业部评为示范市。", "农业部", "Ministry of Agriculture"),
    ("國家海洋局發布公報。", "國家海洋局", "State Oceanic Administration"),
    ("中央金融委员会召开会议。", "中央金融委员会", "Central Financial Commission"),
    ("中央科技委员会研究部署工作。", "中央科技委员会", "Central Science and Technology Commission"),
    ("中央军委后勤保障部派出医疗队。", "中央军委后勤保障部", "Logistic Support Department of the Central Military Commission"),
    ("据中国政府网消息,新规将实施。", "中国政府网", "gov.cn (Chinese Government Website)"),
    ("(来源:中央纪委国家监委网站)", "中央纪委国家监委网站", "CCDI website (ccdi.gov.cn)"),
    ("银保监会和国铁集团发布通知。", "银保监会", "China Banking and Insurance Regulatory Commission"),
])
def test_central_bodies_older_texts_name_are_known(matcher: ZhEntityMatcher, text: str, surface: str,
                                                    canonical: str) -> None:
    # a body abolished or merged in a State Council reform (or set up by the 2023 Party reform) is still that body
    # in the texts of its time: one entry with its own canonical name, not an unknown name or a place
    assert (surface, canonical) in institutions(matcher, text)


def test_the_work_committee_of_central_and_state_organs_is_one_body(matcher: ZhEntityMatcher) -> None:
    # 中央和国家机关工作委员会 is one Party body, not 中央 joined to 国家机关工作委员会
    assert institutions(matcher, "将中央和国家机关工作委员会的有关职责划入新机构。") == [
        ("中央和国家机关工作委员会", "Work Committee for Central and State Organs")]


@pytest.mark.parametrize("text", ["农业部门和交通部门要加强配合。", "各地加快建设部署,城乡建设部门牵头。"])
def test_a_department_word_is_no_former_ministry(matcher: ZhEntityMatcher, text: str) -> None:
    # 农业部门 / 交通部门 ('the agricultural / transport departments') and 建设部署 hold no ministry
    assert institutions(matcher, text) == []


def test_the_securities_regulator_is_read_by_jurisdiction(matcher: ZhEntityMatcher) -> None:
    # bare 证监会 in a Mainland text is the CSRC; in a Hong Kong text 證監會 is the SFC
    assert ("证监会", "China Securities Regulatory Commission") in institutions(matcher, "证监会发布新规。", "cn")
    assert ("證監會", "Securities and Futures Commission") in institutions(matcher, "證監會發出通函。", "hk")


@pytest.mark.parametrize("text", ["交通运输部运输服务司副司长王某出席。", "民航局运输司司长李某介绍情况。",
                                  "国家邮政局市场监管司副司长张某回答提问。", "某某集团客运部主任陈某表示。"])
def test_a_unit_head_s_title_after_its_body_is_a_post(matcher: ZhEntityMatcher, text: str) -> None:
    # body + unit (司, 处, 部, 室) + the unit head's title names a post (GUIDELINES-zh 13): no mention of the body
    assert institutions(matcher, text) == []


def test_the_body_acting_is_still_a_mention(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "交通运输部部署春运工作。") == [("交通运输部", "Ministry of Transport")]


def test_a_shared_head_covers_cities_of_either_data_set(matcher: ZhEntityMatcher) -> None:
    # 甲、乙、丙市经济和信息化局: every listed city's bureau, whether the city came from GeoNames or the divisions
    got = institutions(matcher, "韶关、河源、汕尾、云浮市经济和信息化局:")
    assert [c for _, c in got] == ["韶关市经济和信息化局", "河源市经济和信息化局", "汕尾市经济和信息化局", "云浮市经济和信息化局"]


@pytest.mark.parametrize("text", ["服务中心从中央到村都要建,中央和省市县分别建立服务中心。", "明确中央和地方共同事权。"])
def test_the_centre_as_one_tier_of_several_is_no_body(matcher: ZhEntityMatcher, text: str) -> None:
    # 中央和省市县 / 中央和地方: the central tier listed with the lower ones names a level, not the Party Centre
    assert institutions(matcher, text) == []


def test_the_centre_sharing_a_decision_with_one_level_stays(matcher: ZhEntityMatcher) -> None:
    # 中央和省的决策部署 stays a mention (lead's ruling, session 11)
    assert institutions(matcher, "各地要落实中央和省的决策部署。") == [
        ("中央", "Central Committee of the Communist Party of China")]


def test_a_mechanism_named_with_its_purpose_holds_no_body(matcher: ZhEntityMatcher) -> None:
    # 国务院应对某某疫情联防联控机制: a mechanism (DECISIONS 24); the State Council inside its name is no mention
    assert institutions(matcher, "有关部门均属于国务院应对某某流感疫情联防联控机制。") == []


@pytest.mark.parametrize("text, surface", [("国家金融监督管理总局江西监管局发布风险提示。", "国家金融监督管理总局江西监管局"),
                                           ("国家税务总局南昌市税务局开展宣传月活动。", "国家税务总局南昌市税务局"),
                                           ("中国证监会湖南监管局约谈有关公司。", "中国证监会湖南监管局")])
def test_a_national_regulator_s_office_in_a_province_is_one_body(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    # regulator + the province or city it serves + the office's head, no break: that office, one body; no place
    assert found(matcher, text, "cn") == [(surface, "INSTITUTION", surface)]


def test_a_notice_s_closing_formula_opens_the_body_it_names(matcher: ZhEntityMatcher) -> None:
    # 请径向…反映 ('report directly to'): 径向 is no part of the name; 省地方金融监管局 is a provincial department
    assert institutions(matcher, "执行中遇到的问题,请径向省地方金融监管局反映。") == [("省地方金融监管局", "省地方金融监督管理局")]


@pytest.mark.parametrize("text, surface, canonical", [("来源:湖南省人民政府门户网站", "湖南省人民政府", "湖南省人民政府"),
                                                      ("据浙江省发展改革委网站消息,项目获批。", "浙江省发展改革委", "浙江省发展和改革委员会"),
                                                      ("中央政府门户网站 2010年05月06日", "中央政府门户网站",
                                                       "gov.cn (Chinese Government Website)")])
def test_a_body_s_website_is_a_mention_of_the_body(matcher: ZhEntityMatcher, text: str, surface: str, canonical: str) -> None:
    # a body's name + 网站 / 门户网站 / 官网 names the body that publishes it (DECISIONS 28; lead ruling, session 12);
    # 门户网站 is no station; a site with a name of its own (中央政府门户网站 = gov.cn) is its own entry
    assert found(matcher, text, "cn") == [(surface, "INSTITUTION", canonical)]


def test_a_known_company_s_short_name_starts_its_subsidiary_s_name(matcher: ZhEntityMatcher) -> None:
    # 宝钢 (Baosteel, now part of China Baowu) + a subsidiary's registered name: one company, named as written
    assert institutions(matcher, "宝钢南方钢材贸易有限公司正式成立。") == [("宝钢南方钢材贸易有限公司", "宝钢南方钢材贸易有限公司")]


@pytest.mark.parametrize("text", ["江西省委经济工作会议12日在南昌召开。", "市委农村工作会议部署今年任务。"])
def test_a_party_committee_s_work_conference_names_an_event(matcher: ZhEntityMatcher, text: str) -> None:
    # 省委 + a topic + 工作会议 is the conference (as 中央经济工作会议 is: DECISIONS 27), no mention of the committee
    assert institutions(matcher, text) == []


@pytest.mark.parametrize("text", ["全省设置了12个专项指挥部,分领域推进。", "要牵头发挥好某某项目建设指挥部机制作用。"])
def test_a_counted_or_mechanism_headquarters_is_no_name(matcher: ZhEntityMatcher, text: str) -> None:
    # 12个专项指挥部 counts a kind; …指挥部机制 is a mechanism (DECISIONS 24): neither names a body
    assert institutions(matcher, text) == []


def test_a_verb_before_a_leading_group_opens_its_name(matcher: ZhEntityMatcher) -> None:
    # 参加…领导小组 ('joined the group'): 参加 ('attend, join') is no part of the group's name
    assert institutions(matcher, "副省长参加某某工作领导小组,负责协调。") == [("某某工作领导小组", "某某工作领导小组")]


def test_a_congress_committee_is_its_own_body(matcher: ZhEntityMatcher) -> None:
    # 省人大 + a special committee's name: the committee (DECISIONS-zh 27), one row for its full and short forms
    got = institutions(matcher, "省人大农业与农村委员会召开会议,省人大农业与农村委组成人员出席。")
    assert got == [("省人大农业与农村委员会", "省人大农业与农村委员会"), ("省人大农业与农村委", "省人大农业与农村委员会")]


def test_a_standing_committee_meeting_of_the_cppcc_is_an_event(matcher: ZhEntityMatcher) -> None:
    # 省政协十二届八次常委会议: a session (DECISIONS 21), no mention of the conference
    assert institutions(matcher, "在省政协十二届八次常委会议上,省长通报了有关情况。") == []
