"""entities_zh: names only context makes (中央), bracketed short forms, name bodies that hold a person or a
verb, and a home city written only inside quotes (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations


from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_bare_zhongyang_names_the_central_authorities_only_as_an_actor(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "全面落实中央、省委决策部署。中央支持本港发展。", "cn")
    assert [s for s, lab, _ in got if lab == "INSTITUTION" and s == "中央"] == ["中央", "中央"]
    # an adjective before a noun (central business district, central kitchen, central bank) is no body
    # (a city's 中央商务区 is a place since session 23, zhplgd: the gold reads the CBD area a report builds as a place)
    assert [g for g in found(matcher, "建设中央商务区和中央厨房,中央银行调整利率。", "cn") if g[1] != "PLACE"] == []
    # 党中央 is the longer known name and wins
    assert [s for s, _, _ in found(matcher, "坚决贯彻党中央决策。", "cn")] == ["党中央"]


def test_a_bracketed_short_form_and_the_full_name_are_one_institution(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "今年财务委员会(“财委会”)共举行20次会议,财委会批准多个项目。", "hk")
    assert {c for _, lab, c in got if lab == "INSTITUTION"} == {"Finance Committee of the Legislative Council"}
    got = found(matcher, "本会成立海洋资源保育委员会（“海资委”），海洋资源保育委员会每年开会。", "hk")
    # the defined short form is a mention of the same body (GUIDELINES-zh 1: every surface form used in the text);
    # until session 6 an unknown short form was not found at all, and this expectation read {"海洋资源保育委员会"}
    assert {(s, c) for s, _, c in got} == {("海洋资源保育委员会", "海洋资源保育委员会"), ("海资委", "海洋资源保育委员会")}


def test_a_name_body_holds_no_person_verb_or_kind(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "东区区议会议员和南湾商户协会代表出席。", "hk")
    assert ("南湾商户协会", "INSTITUTION") in {(s, lab) for s, lab, _ in got}
    assert not any("议员" in s for s, _, _ in got)
    # a member's title names no body (session 10, as a post's title: 区议会议员 gives no 区议会)
    assert ("东区区议会", "INSTITUTION") not in {(s, lab) for s, lab, _ in got}
    # 是 / 分别报告 are verbs, 小组委员会 ('a subcommittee') is a kind of committee
    got = found(matcher, "今日的简报会是港口事务委员会首次举行,其后两个小组委员会会分别报告小组委员会的工作。", "hk")
    assert [s for s, _, _ in got] == ["港口事务委员会"]


def test_working_groups_are_named_bodies(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "政府宣布成立海滨事务统筹工作组,由副司长领导。", "hk")
    assert ("海滨事务统筹工作组", "INSTITUTION") in {(s, lab) for s, lab, _ in got}


def test_the_government_as_the_object_of_a_verb(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "委员审批政府的拨款建议,所有政府提交的项目均已完成。", "hk")
    assert [(s, c) for s, _, c in got] == [("政府", "Hong Kong SAR Government")] * 2


def test_a_home_city_written_only_inside_quotes_still_names_the_level_bodies(matcher: ZhEntityMatcher) -> None:
    text = "围绕“把韶关建设得更加美丽”目标,在市委领导下,市政府依法行政。"
    got = {(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"}
    assert got == {("市委", "中共韶关市委员会"), ("市政府", "韶关市人民政府")}


def test_heads_of_councils_and_courts_and_nouns_inside_name_bodies(matcher: ZhEntityMatcher) -> None:
    text = "藝術教育議會與西區發展委員會合作,並聯同香港小型商戶聯合會舉辦活動。"
    assert [s for s, _, _ in found(matcher, text, "hk")] == ["藝術教育議會", "西區發展委員會", "香港小型商戶聯合會"]
    text = "案件由江门市中级人民法院审理,各级人民法院配合。"
    assert [s for s, _, _ in found(matcher, text, "cn")] == ["江门市中级人民法院"]


def test_customs_alone_is_hong_kongs_department_only_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "海關會加強巡查,並與其他海關當局交換情報。", "hk")
    assert [(s, c) for s, _, c in got] == [("海關", "Customs and Excise Department")]
    assert found(matcher, "市财政、税务、海关等部门要加强协作。", "cn") == []


def test_a_fund_followed_by_will_is_no_foundation(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "扶助基金會推出新項目。", "hk") == []
    assert [s for s, _, _ in found(matcher, "陳氏基金會的捐款用於研究。", "hk")] == ["陳氏基金會"]


def test_a_centre_the_text_builds_is_a_place_one_that_operates_an_institution(matcher: ZhEntityMatcher) -> None:
    text = "新材料研发中心一期提前竣工,海洋装备研发中心启动建设,智能制造创新中心实质性运行。"
    got = {(s, lab) for s, lab, _ in found(matcher, text, "cn")}
    assert got == {("新材料研发中心", "PLACE"), ("海洋装备研发中心", "PLACE"), ("智能制造创新中心", "INSTITUTION")}


def test_business_words_before_a_company_head_are_nouns_of_the_name(matcher: ZhEntityMatcher) -> None:
    text = "深圳能源運營管理有限責任公司(深圳運營公司)公布數據,深圳運營公司會跟進。"
    got = [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "INSTITUTION"]
    assert got == [("深圳能源運營管理有限責任公司", "深圳能源運營管理有限責任公司")] + \
        [("深圳運營公司", "深圳能源運營管理有限責任公司")] * 2
    # a verb that is no business line still ends the body: 在香港設立研發中心 names no body
    assert [lab for _, lab, _ in found(matcher, "在香港設立研發中心", "hk")] == ["PLACE"]


def test_international_bodies_named_in_chinese(matcher: ZhEntityMatcher) -> None:
    got = {c for _, _, c in found(matcher, "國際原子能機構、上海合作組織和金融穩定理事會", "hk")}
    assert got == {"International Atomic Energy Agency", "Shanghai Cooperation Organisation", "Financial Stability Board"}


def test_a_post_incorporated_is_a_body_and_a_body_naming_a_fund_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert [(s, lab) for s, lab, _ in found(matcher, "第5號-教育局局長法團財務報表", "hk")] == \
        [("教育局局長法團", "INSTITUTION")]
    assert found(matcher, "第6號-警務處福利基金報告", "hk") == []
    assert [s for s, _, _ in found(matcher, "陳氏基金會的捐款", "hk")] == ["陳氏基金會"]


def test_this_council_in_a_legco_question_and_the_police_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    got = [(s, c) for s, _, c in found(matcher, "就此,政府可否告知本會:會否向警方求助;本會會員大會通過。", "hk")]
    assert got == [("政府", "Hong Kong SAR Government"), ("本會", "Legislative Council"), ("警方", "Hong Kong Police Force")]
    assert found(matcher, "群众可向警方报案。", "cn") == []


def test_kinds_and_demonstratives_are_no_names(matcher: ZhEntityMatcher) -> None:
    text = "這些實驗室都來自全球百強大學,與頂尖大學合作,推動香港院校和研究所參與計劃。"
    assert [lab for _, lab, _ in found(matcher, text, "hk")] == ["PLACE"]  # only 香港


def test_a_short_form_that_ends_a_longer_name_is_that_institution(matcher: ZhEntityMatcher) -> None:
    text = "嶺南大學粵港澳協同研究院成立。粵港澳協同研究院舉辦研討會,研究院院長致辭。"
    got = [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "INSTITUTION"]
    assert got == [("嶺南大學粵港澳協同研究院", "嶺南大學粵港澳協同研究院"), ("粵港澳協同研究院", "嶺南大學粵港澳協同研究院")]


def test_a_company_naming_an_item_of_a_project_list_is_no_mention(matcher: ZhEntityMatcher) -> None:
    text = "比亚迪电池基地、京东方新型显示线等重大项目加快实施。比亚迪投资建设电池工厂等项目。"
    assert [s for s, _, _ in found(matcher, text, "cn")] == ["比亚迪"]  # only the one that invests
    assert [s for s, _, _ in found(matcher, "支持华为等龙头企业实施重大项目。", "cn")] == ["华为"]


def test_hong_kong_parties_and_unions(matcher: ZhEntityMatcher) -> None:
    got = {c for _, _, c in found(matcher, "工聯會、民建聯及經民聯議員發言支持。", "hk")}
    assert got == {"Hong Kong Federation of Trade Unions", "Democratic Alliance for the Betterment and Progress of Hong Kong",
                   "Business and Professionals Alliance for Hong Kong"}


def test_hong_kong_bodies_by_their_short_chinese_names(matcher: ZhEntityMatcher) -> None:
    got = {c for _, _, c in found(matcher, "消委會、平機會、社聯、青協及鄉議局均表示歡迎。", "hk")}
    assert got == {"Consumer Council", "Equal Opportunities Commission", "Hong Kong Council of Social Service",
                   "Hong Kong Federation of Youth Groups", "Heung Yee Kuk"}


def test_hong_kong_charities_and_a_hospital_named_after_one(matcher: ZhEntityMatcher) -> None:
    got = [(s, lab) for s, lab, _ in found(matcher, "東華三院與香港明愛、保良局合作,明愛醫院重建完成。", "hk")]
    assert got == [("東華三院", "INSTITUTION"), ("香港明愛", "INSTITUTION"), ("保良局", "INSTITUTION"), ("明愛醫院", "PLACE")]


def test_the_government_plans_and_a_government_plan(matcher: ZhEntityMatcher) -> None:
    # 计划 after 政府 is the noun (a government plan) unless a preposition or a time follows: then the government acts
    assert [c for s, lab, c in found(matcher, "政府计划于明年在沙田设立诊所。", "hk") if lab == "INSTITUTION"] == [
        "Hong Kong SAR Government"]
    assert [s for s, lab, _ in found(matcher, "政府计划的细节尚未公布。", "hk") if lab == "INSTITUTION"] == []


def test_an_academys_title_of_academician_names_no_mention_of_the_academy(matcher: ZhEntityMatcher) -> None:
    assert [s for s, lab, _ in found(matcher, "三位中国工程院院士出席论坛。", "cn") if lab == "INSTITUTION"] == []


def test_the_current_or_the_last_administration_is_the_government_of_the_locale(matcher: ZhEntityMatcher) -> None:
    for text in ("公营房屋是本届政府的施政重点。", "上屆政府已開展研究。"):
        assert [c for _, lab, c in found(matcher, text, "hk") if lab == "INSTITUTION"] == ["Hong Kong SAR Government"]


def test_the_sar_government_after_any_verb_and_a_permanent_secretarys_title(matcher: ZhEntityMatcher) -> None:
    assert [c for _, lab, c in found(matcher, "局长将商讨特区政府配合国家规划的工作。", "hk") if lab == "INSTITUTION"] == [
        "Hong Kong SAR Government"]
    assert [s for s, lab, _ in found(matcher, "陪同出访有发展局常任秘书长(规划及地政)。", "hk") if lab == "INSTITUTION"] == []


def test_hong_kong_advisory_and_statutory_bodies_with_a_conjunction_in_their_names(matcher: ZhEntityMatcher) -> None:
    text = "藥劑業及毒藥管理局和語文教育及研究常務委員會分別回應,新聞處發放消息。"
    assert [c for _, lab, c in found(matcher, text, "hk") if lab == "INSTITUTION"] == [
        "Pharmacy and Poisons Board", "Standing Committee on Language Education and Research", "Information Services Department"]
