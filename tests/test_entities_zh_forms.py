"""entities_zh (context_zh, quoted_zh, suffix_zh): how a Chinese text writes a body's name beside other words —
the central authorities before an adverb, a Party group's posts, a clause word before an unknown company, a
company's short name made from its full name, a quoted project's name, a quoted working group, an archive
(made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", ["中央接連推出多項措施支持本港。", "中央一直支持香港融入國家發展大局。",
                                  "中央高度重視本港的創科發展。"])
def test_the_centre_before_an_adverb_of_its_verb_is_the_central_authorities(matcher: ZhEntityMatcher, text: str) -> None:
    # 中央 + an adverb of sequence, constancy or degree (接連, 一直, 高度) + a verb: the central authorities act;
    # 中央 before a noun is an adjective (中央廚房)
    assert [c for _, c in institutions(matcher, text, "hk")] == ["Central People's Government"]
    assert institutions(matcher, "中央廚房一直運作。", "hk") == []


def test_a_party_groups_posts_in_a_body_name_no_body(matcher: ZhEntityMatcher) -> None:
    # 党组成员 / 党组书记: posts of the body's Party leadership group, like 书记 after 市委: no mention of the body
    assert institutions(matcher, "市人大常委会党组成员、秘书长李某参加审议。") == []
    assert institutions(matcher, "市发展改革委党组书记、主任王某出席。") == []


def test_a_clause_word_before_an_unknown_company_is_no_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    # clause-opening words (明确, 确保) start no unknown name, for bodies as for places
    got = institutions(matcher, "双方签署协议，明确华南重工集团负责设备供应。")
    assert [s for s, _ in got] == ["华南重工集团"]


def test_a_short_name_made_from_a_companys_full_name_is_that_company(matcher: ZhEntityMatcher) -> None:
    # Chinese short names take characters of the full name's words in order (南方电子 → 南电) + its head word
    text = "南方电子集团股份有限公司与市政府签约。南电集团将投资建设新厂。"
    assert institutions(matcher, text)[-1] == ("南电集团", "南方电子集团股份有限公司")
    # characters out of order, or two full names that fit, make no short name of either
    text = "南方电子集团股份有限公司签约。电南集团将投资。"
    assert institutions(matcher, text)[-1] == ("电南集团", "电南集团")


def test_a_quoted_name_before_a_projects_head_is_the_projects_name(matcher: ZhEntityMatcher) -> None:
    # “…研发中心”项目: the project builds a centre, no operating body yet (DECISIONS-zh 21, 25)
    assert institutions(matcher, "该公司将建设“华南新材料研发中心”项目。") == []
    assert institutions(matcher, "该公司将组建“华南新材料研发中心”。") == [("华南新材料研发中心", "华南新材料研发中心")]


def test_a_quoted_working_group_is_one_body(matcher: ZhEntityMatcher) -> None:
    # 成立「…組」: a working group named in quotes, Latin letters and all (DECISIONS 23)
    assert [s for s, _ in institutions(matcher, "政府將成立「AI 數據應用組」，統籌工作。", "hk")][-1] == "AI 數據應用組"


def test_an_archive_is_an_institution(matcher: ZhEntityMatcher) -> None:
    # a city's archives (档案馆) keep and publish records: a body, like a library's or a museum's operator
    assert institutions(matcher, "资料由佛山市档案馆提供。") == [("佛山市档案馆", "佛山市档案馆")]


def test_a_hong_kong_universitys_name_without_hong_kong_is_that_university_in_a_hong_kong_text(
        matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "城市大學及浸會大學均表示歡迎，理工大學會積極配合。", "hk")
    assert [c for _, c in got] == ["City University of Hong Kong", "Hong Kong Baptist University",
                                   "Hong Kong Polytechnic University"]
    # a kind of university elsewhere, and another university's name ends in the same words
    assert institutions(matcher, "该省计划新建一所理工大学。", "cn") == []
    assert [s for s, _ in institutions(matcher, "團隊與電子科技大學合作。", "hk")] == ["電子科技大學"]


def test_a_bureaus_government_short_form_is_that_bureau(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "有關服務屬勞福局的範疇。", "hk") == [("勞福局", "Labour and Welfare Bureau")]


@pytest.mark.parametrize("text", ["港大會更好利用大學的國際化優勢。", "協助院校減輕大學的行政負擔。",
                                  "政府會統籌本港大學的研究工作。", "全力打造具有全球影響力的產業科技創新中心。"])
def test_a_verb_a_deictic_place_or_generic_words_before_a_head_name_no_body(matcher: ZhEntityMatcher, text: str) -> None:
    # 利用 + 大學 ('use the universities'), 本港 + 大學 ('the territory's universities'), 產業 + 科技 + 創新中心
    # ('an industrial S&T innovation centre'): a verb, a deictic place word or generic words only, no name
    assert not [s for s, _ in institutions(matcher, text, "hk") if s.endswith(("大學", "中心"))]


def test_verbs_before_a_head_word_make_a_clause_no_name(matcher: ZhEntityMatcher) -> None:
    # 建議 + 放寬 + 集團內部…: 'propose to relax the group's internal …', no group named 建議放寬集團
    assert institutions(matcher, "為方便企業重組,建議放寬集團內部資產轉讓的寬免準則。", "hk") == []
    # a company's name may still open with a verb (远航国际物流股份有限公司, test_entities_zh_companies)


def test_the_company_operating_a_settlement_system_is_an_institution(matcher: ZhEntityMatcher) -> None:
    # CMU OmniClear (迅清結算) operates the Central Moneymarkets Unit: the company acts, the system does not
    assert institutions(matcher, "迅清結算將建立新平台。", "hk") == [("迅清結算", "CMU OmniClear Limited")]


def test_a_congress_delegations_name_holds_no_mention_of_the_congress(matcher: ZhEntityMatcher) -> None:
    # 全國人大廣東省代表團: the delegation of a province's deputies, named after the congress (a body inside a
    # longer name is no mention); the congress acting is one
    assert institutions(matcher, "全國人大湖南省代表團今日舉行全體會議。") == []
    assert [c for _, c in institutions(matcher, "全國人大通過有關決定。")] == ["National People's Congress"]
