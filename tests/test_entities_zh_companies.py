"""entities_zh: company and institute names that hold a group, a bracketed place, a conjunction or a pair of
partners, and committees of development zones (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_subsidiary_named_after_its_group_is_one_company(matcher: ZhEntityMatcher) -> None:
    # a subsidiary's registered name starts with its group's: no break, one name
    assert institutions(matcher, "考察团走访了潍坊港口集团远航国际物流股份有限公司和淄博钢铁集团。") == [
        "潍坊港口集团远航国际物流股份有限公司", "淄博钢铁集团"]


def test_a_company_registered_with_its_province_in_brackets_is_one_name(matcher: ZhEntityMatcher) -> None:
    text = "会上,博瑞精密液压设备(江苏)有限公司和施耐德（中国）有限公司介绍了情况。"
    assert institutions(matcher, text) == ["博瑞精密液压设备(江苏)有限公司", "施耐德（中国）有限公司"]
    assert [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"] == []


def test_a_conjunction_inside_a_name_body_after_a_place(matcher: ZhEntityMatcher) -> None:
    # 与 / 與 joins two nouns of one name (吸烟与健康, 材料与能源) but never opens a body right after a place
    assert institutions(matcher, "香港饮食与营养委员会和杭州材料與能源研究院发表报告。") == [
        "香港饮食与营养委员会", "杭州材料與能源研究院"]
    assert institutions(matcher, "深圳与富达公司签约。") == []


def test_a_conjunction_after_a_complete_name_starts_the_next_name(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "柳州市人民政府与中建五局集团有限公司签约。") == ["柳州市人民政府", "中建五局集团有限公司"]
    assert institutions(matcher, "合肥材料研究院和化学研究所进驻园区。") == ["合肥材料研究院", "化学研究所"]


def test_a_development_zones_management_committee(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "江西鹰潭高新技术产业园区管委会发布公告。") == ["江西鹰潭高新技术产业园区管委会"]
    assert institutions(matcher, "经开区管委会和高新区管委会分别发布公告。") == []  # kinds of zone: no one committee


def test_a_body_two_partners_co_build_is_named_by_the_pair(matcher: ZhEntityMatcher) -> None:
    text = "浙江大学—绍兴市国资委智能制造研究院揭牌,浙江大学—绍兴市国资委签署协议。"
    assert institutions(matcher, text) == ["浙江大学—绍兴市国资委智能制造研究院", "浙江大学", "绍兴市国资委"]
    # a pairing of a body with a place's institute stays two names
    assert institutions(matcher, "北京大学—深圳先进技术研究院签约。") == ["北京大学", "深圳先进技术研究院"]


def test_a_companys_name_without_its_registered_suffix_is_that_company(matcher: ZhEntityMatcher) -> None:
    text = "来源:安徽省交通控股集团。安徽省交通控股集团有限公司与合肥工业大学签约。"
    got = [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]
    assert ("安徽省交通控股集团", "安徽省交通控股集团有限公司") in got
    assert len({c for _, c in got}) == 2


def test_a_short_form_the_document_defines_names_the_body_wherever_written(matcher: ZhEntityMatcher) -> None:
    text = "哈尔滨工程大学(以下简称“哈工程”)与企业合作。依托哈工程在船舶领域的优势,双方共建平台。"
    got = [(s, lab, c) for s, lab, c in found(matcher, text, "cn")]
    assert ("哈工程", "INSTITUTION", "哈尔滨工程大学") in got and got.count(("哈工程", "INSTITUTION", "哈尔滨工程大学")) == 2
    assert not [s for s, lab, _ in got if lab == "PLACE"]  # 哈 of 哈工程 is no place


def test_that_bureau_refers_to_the_nearest_body_with_that_head(matcher: ZhEntityMatcher) -> None:
    # the body is named only in a post's title (no mention of its own), yet 该局 names it
    text = "局长将与国家市场监督管理总局局长会面,并与该局其他官员交流。"
    assert [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"] == [
        ("该局", "State Administration for Market Regulation")]
    assert [s for s, lab, _ in found(matcher, "该公司表示将继续投资。", "cn") if lab == "INSTITUTION"] == []


def test_an_arms_own_unit_named_after_the_bracketed_place(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "患者可在北京协和医院(保定)心血管中心复诊。") == ["北京协和医院(保定)心血管中心"]


def test_central_enterprises_by_their_full_and_short_names(matcher: ZhEntityMatcher) -> None:
    text = "中国华电和中国电建在当地投资,中国第一汽车集团有限公司与中国宝武签约。"
    assert [c for _, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"] == [
        "China Huadian Corporation", "Power Construction Corporation of China", "China FAW Group", "China Baowu Steel Group"]
    # a short name that is also a phrase names the enterprise only between boundaries; 市招商局 is a city's bureau
    text = "中国石油消费上升,中国电信业发展,市招商局组织推介。"
    assert [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"] == [("市招商局", "市招商局")]
