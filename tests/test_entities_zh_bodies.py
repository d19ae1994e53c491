"""entities_zh (bodies_zh): a Mainland division's own bodies, bodies listed beside a body, posts of party and
company officers (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize(("text", "expected"), [
    ("感谢曲靖市委长期以来的支持。", [("曲靖市委", "中共曲靖市委员会")]),
    ("沙市区政府负责人参加。", [("沙市区政府", "沙市区人民政府")]),
    ("长沙县政府和浏阳市委共同研究。", [("长沙县政府", "长沙县人民政府"), ("浏阳市委", "中共浏阳市委员会")]),
    ("广东省委高度重视。", [("广东省委", "中共广东省委员会")]),
])
def test_a_division_before_a_body_of_its_level_is_that_divisions_body(
        matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    # the systematic form of Mainland bodies: division + 委 / 政府 / 人大 / 政协; the place in it is no mention
    assert institutions(matcher, text) == expected
    assert not [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_level_only_body_after_a_named_division_body_refers_to_that_division(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "感谢曲靖市委、市政府的信任。") == [("曲靖市委", "中共曲靖市委员会"),
                                                              ("市政府", "曲靖市人民政府")]


def test_a_division_before_a_word_that_is_no_body_stays_a_place(matcher: ZhEntityMatcher) -> None:
    # 委托 ('entrust'): 市委 is not written here
    got = found(matcher, "曲靖市委托第三方评估。", "cn")
    assert ("曲靖市委", "INSTITUTION", "中共曲靖市委员会") not in got


@pytest.mark.parametrize("text", ["曲靖市委副书记李某出席。", "市委书记、市人大常委会主任杨某出席。",
                                  "某某集团有限公司董事长王某致辞。"])
def test_party_and_company_posts_are_no_institutions(matcher: ZhEntityMatcher, text: str) -> None:
    assert institutions(matcher, text) == []


def test_unknown_items_listed_beside_a_body_with_an_institution_head_are_bodies(matcher: ZhEntityMatcher) -> None:
    text = "善款交予多间机构，包括香港乳癌基金会、晨光互助会、明德关怀中心，以及青松服务社等。"
    got = [s for s, _ in institutions(matcher, text, "hk")]
    assert got == ["香港乳癌基金会", "晨光互助会", "明德关怀中心"]  # 社 is no institution head


def test_departments_named_by_level_only_are_listed_as_written(matcher: ZhEntityMatcher) -> None:
    # GUIDELINES-zh 13: 市财政、税务、海关等部门 (sector words, no head) are generic bodies; departments written
    # with a head are the city's own, listed as written where the text names no city (the lead's ruling,
    # session 10), and beside a named body (沙市区政府) the items are the named city's departments
    assert [s for s, _ in institutions(matcher, "市发改委、住建委主要负责人参加签约仪式。")] == ["市发改委", "住建委"]
    assert institutions(matcher, "市财政、税务、海关等部门主要负责人参加签约仪式。") == []
    got = institutions(matcher, "市发改委、住建委、沙市区政府主要负责人参加签约仪式。")
    assert [s for s, _ in got] == ["市发改委", "住建委", "沙市区政府"]


def test_a_person_acting_for_a_group_is_no_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "王五代表集团签约。") == []


def test_kinds_and_events_listed_beside_a_body_are_no_names(matcher: ZhEntityMatcher) -> None:
    text = "香港贸易发展局、有关部门、各区办事处和博览会筹委会均有参与，并举办香港贸易发展局、美食博览会。"
    got = [s for s, _ in institutions(matcher, text, "hk")]
    assert "有关部门" not in got and "各区办事处" not in got and "美食博览会" not in got


def test_a_single_level_department_in_a_text_naming_no_city_is_listed_as_written(matcher: ZhEntityMatcher) -> None:
    # the lead's ruling (session 10): a city's notice writes its own bureaux by level (市教育局) and may never
    # name its city; the bureau is listed as written, the city not guessed; every city's (各市教育局) is a kind
    assert institutions(matcher, "会议由市教育局召集。") == [("市教育局", "市教育局")]
    assert institutions(matcher, "各市教育局要做好准备。") == []


def test_signing_ends_a_company_name_and_a_trading_fund_is_no_body(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "上海临港控股股份有限公司分别签署协议。")
    assert [s for s, _ in got] == ["上海临港控股股份有限公司"]
    assert institutions(matcher, "第18号：香港土地注册处营运基金年报。", "hk") == []


def test_on_behalf_of_the_municipal_government(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in institutions(matcher, "现在，我代表市政府向大会报告工作。")] == ["市政府"]


def test_names_listed_before_a_rank_of_firms_are_companies(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "甲乙控股、丙丁物流等世界500强企业入驻本市；新加坡戊己国际等知名企业亦已落户。", "cn")
    assert [s for s, lab, _ in got if lab == "INSTITUTION"] == ["甲乙控股", "丙丁物流", "戊己国际"]
    assert ("新加坡", "PLACE", "Singapore") in got  # a place before an item locates the firm


def test_sector_words_before_a_rank_of_firms_are_no_names(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "吸引汽车、电子信息、新材料等龙头企业落户。") == []


def test_a_body_before_a_division_and_its_heads_title_is_a_post(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "张市长（某某省人民政府某某市市长）致辞。") == []


def test_convenor_is_a_post_and_a_government_delegation_no_mention_of_the_government(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "李女士（行政会议非官守议员召集人）出席。", "hk") == []
    assert institutions(matcher, "政务司司长率特区政府代表团赴内地访问。", "hk") == []


def test_hong_kong_clan_and_hometown_associations(matcher: ZhEntityMatcher) -> None:
    got = institutions(matcher, "我很高兴出席香港某某同乡会的晚会，以及香港某属社团总会的团拜。", "hk")
    assert [s for s, _ in got] == ["香港某某同乡会", "香港某属社团总会"]


def test_a_committee_naming_a_bills_stage_is_no_acting_body(matcher: ZhEntityMatcher) -> None:
    text = "條例草案通過二讀後，將於全體委員會審議階段處理修正案；其後在全體委員會審議和三讀均獲通過。"
    assert institutions(matcher, text, "hk") == []
