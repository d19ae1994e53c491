"""entities_zh (departments_zh and institution heads): Mainland government departments, ministries, alliances,
bodies named with a bracketed place, defined short forms, universities' short names (made-up sentences; each
states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize(("text", "expected"), [
    ("江苏省财政厅、省教育厅和苏州市发改委负责人出席。",
     [("江苏省财政厅", "江苏省财政厅"), ("省教育厅", "省教育厅"), ("苏州市发改委", "苏州市发展和改革委员会")]),
    ("湖州市住房和城乡建设局发布通知。", [("湖州市住房和城乡建设局", "湖州市住房和城乡建设局")]),
    ("宁波市卫健委和宁波市市场监管局联合检查。",
     [("宁波市卫健委", "宁波市卫生健康委员会"), ("宁波市市场监管局", "宁波市市场监督管理局")]),
])
def test_a_division_or_its_level_before_a_department_name_is_that_divisions_department(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    # Mainland departments mirror the ministries under one set of names; 厅 heads a province's department, a
    # short form (发改委, 卫健委) is named by its full form, and the division inside the name is no place mention;
    # a bare-level item listed beside a named body is a body as written (test_entities_zh_bodies)
    assert institutions(matcher, text) == expected
    assert not [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_bare_level_department_takes_the_division_the_document_writes_it_with(matcher: ZhEntityMatcher) -> None:
    text = "如有异议,请在公示期内向省商务厅反映。\n浙江省商务厅\n2020年5月6日"
    assert institutions(matcher, text) == [("省商务厅", "浙江省商务厅"), ("浙江省商务厅", "浙江省商务厅")]
    # in a document naming its city, a bare-level department is that city's
    assert institutions(matcher, "淄博市召开大会。市发展和改革委员会作为牵头部门,将加强协调。") == [
        ("市发展和改革委员会", "淄博市发展和改革委员会")]
    # with no division named, a bare-level department is listed as written (the lead's ruling, session 10)
    assert institutions(matcher, "请向省商务厅反映。") == [("省商务厅", "省商务厅")]


@pytest.mark.parametrize("text", [
    "市教育局长出席会议。",  # a post written short (局长)
    "各市发改委要加强协调。",  # every city's: a kind, no one body
    "市财政、税务等部门按职责分工负责。",  # sector words, no department name (GUIDELINES-zh 13)
    "省委托第三方机构评估。",  # 省委托: 'the province entrusts'
])
def test_kinds_posts_and_sector_words_are_no_departments(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text) == []


def test_state_council_ministries_and_agencies_and_their_short_forms(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "公安部、水利部和国资委派员参加。") == [
        ("公安部", "Ministry of Public Security"), ("水利部", "Ministry of Water Resources"),
        ("国资委", "State-owned Assets Supervision and Administration Commission of the State Council")]
    # a province's commission is the province's, not the State Council's
    assert institutions(matcher, "浙江省国资委召开会议。") == [("浙江省国资委", "浙江省国有资产监督管理委员会")]


def test_an_alliance_is_an_institution_and_a_kind_of_alliance_is_none(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "华东应用型大学联盟与市政府签署协议。")[0] == ("华东应用型大学联盟", "华东应用型大学联盟")
    assert institutions(matcher, "两家企业结成战略联盟,并将充分发挥联盟优势。") == []


def test_a_body_named_with_a_bracketed_place_is_one_institution(matcher: ZhEntityMatcher) -> None:
    text = "学校与国家（苏州）先进材料学院签署协议。"
    assert found(matcher, text, "cn") == [("国家（苏州）先进材料学院", "INSTITUTION", "国家（苏州）先进材料学院")]


def test_a_museum_that_signs_an_agreement_is_its_body(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "该校与南京博物院签署合作协议。") == [("南京博物院", "南京博物院")]


def test_a_listed_name_with_a_joint_innovation_noun_is_one_body(matcher: ZhEntityMatcher) -> None:
    # 联合创新 is a noun inside the name (a joint innovation institute), not the verb 联合 ('to join')
    text = "双方共建海洋生物研究院、滨海智慧农业联合创新研究院等平台。"
    assert [s for s, _ in institutions(matcher, text)] == ["海洋生物研究院", "滨海智慧农业联合创新研究院"]


def test_a_generic_institute_after_a_verb_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "通过共建产业研究院、共建实训基地等形式开展合作。") == []


def test_a_defined_short_form_is_the_defined_body_though_another_body_uses_it_too(matcher: ZhEntityMatcher) -> None:
    # 創科局 is the Innovation, Technology and Industry Bureau since 2022; a text defining it as the short form of
    # 創新及科技局 means the earlier bureau in every mention
    text = "政府在二○一五年成立創新及科技局(創科局)。創科局負責推動創科發展。"
    canon = {c for _, c in institutions(matcher, text, "hk")} - {"Hong Kong SAR Government"}
    assert canon == {"Innovation and Technology Bureau"}


def test_hong_kong_universities_short_names_with_hong_kong_prefix(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "港中大與港科大合作研究。", "hk") == [
        ("港中大", "Chinese University of Hong Kong"), ("港科大", "Hong Kong University of Science and Technology")]


def test_a_body_with_a_bracketed_place_after_it_is_its_arm_there(matcher: ZhEntityMatcher) -> None:
    # the bracket is part of the name, and the place in it is no place mention (GUIDELINES-zh 11)
    assert found(matcher, "捐款交予明光關愛基金會(澳門)、仁愛協會及晨曦基金會。", "hk") == [
        ("明光關愛基金會(澳門)", "INSTITUTION", "明光關愛基金會(澳門)"), ("仁愛協會", "INSTITUTION", "仁愛協會"),
        ("晨曦基金會", "INSTITUTION", "晨曦基金會")]
    # a bracket holding no place is a definition, not part of the name
    assert [s for s, _ in institutions(matcher, "香港特別行政區政府(特區政府)宣布。", "hk")] == ["香港特別行政區政府", "特區政府"]


def test_a_company_named_with_its_group_in_brackets_is_one_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "与华远（集团）控股有限公司签约。") == [("华远（集团）控股有限公司", "华远（集团）控股有限公司")]


def test_the_lines_of_a_numbered_list_of_bodies_are_bodies(matcher: ZhEntityMatcher) -> None:
    # one line is a known or built body; every other line ending in an institution head is one, as a whole line
    text = "獲撥款的機構如下:\n\n1. 香港乳癌基金會\n\n2. 南山街坊福利會\n\n3. 晨光互助會\n\n4. 海濱長者服務計劃\n"
    got = [s for s, _ in institutions(matcher, text, "hk")]
    assert got == ["香港乳癌基金會", "南山街坊福利會", "晨光互助會"]  # 計劃 is a programme, no body


def test_a_numbered_list_needs_a_body_among_its_lines(matcher: ZhEntityMatcher) -> None:
    text = "工作重點:\n1. 推動社區參與會\n2. 加強培訓\n3. 檢討安排\n"
    assert institutions(matcher, text, "hk") == []


def test_hong_kong_former_policy_bureaux(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "衞生福利及食物局推出新計劃,教育統籌局亦表示支持。", "hk") == [
        ("衞生福利及食物局", "Health, Welfare and Food Bureau"), ("教育統籌局", "Education and Manpower Bureau")]
    # short names that are common Mainland department names stay no Hong Kong bureau
    # (session 25: 区工商局 is the district's former industry and commerce bureau, a Mainland department, no HK bureau)
    assert institutions(matcher, "区工商局、运输局等部门参加。") == [("区工商局", "区工商行政管理局")]


def test_situated_is_no_office_name(matcher: ZhEntityMatcher) -> None:
    # 位处 ('is situated') ends like 处 (an office) but is a verb
    assert institutions(matcher, "新码头位处人工岛东面。", "hk") == []


def test_a_governments_office_is_one_body_named_after_the_government(matcher: ZhEntityMatcher) -> None:
    text = "杭州市人民政府举行会议。市政府新闻办今天举行市政府新闻发布会。"
    # 市政府新闻发布会 is an event: the government in its name is no mention (DECISIONS 21)
    assert institutions(matcher, text) == [("杭州市人民政府", "杭州市人民政府"), ("市政府新闻办", "杭州市人民政府新闻办公室")]


def test_a_deputy_post_after_a_department_names_the_post(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "杭州市召开会议,市发展改革委副主任出席。") == []


def test_a_body_before_the_ordinal_of_its_meeting_names_the_event(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "局长出席国际劳工组织第112届国际劳工大会。") == []
