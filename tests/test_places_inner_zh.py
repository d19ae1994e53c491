"""Chinese places, session 22 (issue 14): a place that is only a part of another name is no mention (DECISIONS-zh
21) — a government's office in a city (驻某市办, 驻某经贸办事处), a trade fair named by a place and its abbreviated
kind (某地投洽会, 某地农博会), a branch named by its body, its place and 分 + the body's kind (某中心某市分中心), a plan
(某经济区专项规划); 正站在 is a verb ('stands at'), no station; 中国 inside a label (中国驰名商标, 中国强制性认证)
or an outlet's name (中国之声); a head's title, a space and a surname on a signature line (县长 江某某) name a
person. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "特區政府將在駐武漢辦設立聯絡組。",
    "当地驻西安经贸办事处已经开始运作。",
    "本市组团参加杭州投洽会。",
    "全年组织企业参加深圳高交会和广州光博会。",
    "成立某某技术转移中心佛山分中心，服务本地企业。",
    "全年完成珠江口经济区专项规划编制。",
    "他说，澳门正站在新的历史起点上。",
    "某品牌获评全市首个中國馳名商標。",
    "產品須取得中國強制性產品認證後方可銷售。",
    "来源：中国之声",
])
def test_a_place_inside_another_name_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("代表团在武汉参观了科技企业。", "武汉"),
    ("本市企业在广州举办的博览会上签约。", "广州"),
    ("推动深圳与香港合作。", "香港"),
    ("中国经济保持稳定增长。", "中国"),
    ("到北京参加高交会的企业增多。", "北京"),
    ("组团到杭州参加交易会。", "杭州"),
])
def test_a_place_standing_alone_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


@pytest.mark.parametrize("text", [
    "2020年1月10日在某县第十六届人民代表大会第六次会议上\n某县人民政府县长 江某某\n各位代表：",
    "某市人民政府市长 江某\n",
])
def test_a_spaced_signature_line_names_a_person(matcher: ZhEntityMatcher, text: str) -> None:
    assert "长 江" not in places(matcher, text)



@pytest.mark.parametrize("text", [
    "（湖南省）2021年某市人民政府工作报告（全文）",
    "荣获全国老龄工作先进单位、广东省推进教育现代化先进区等称号。",
    "该镇顺利通过广东省教育强镇复评。",
    "荣获湖南省文化强县称号。",
])
def test_a_province_opening_a_title_or_a_title_tag_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("支持深圳强区放权改革。", "深圳"),
    ("广州市先进制造业发展迅速。", "广州市"),
    ("湖南省2021年经济增长较快。", "湖南省"),
])
def test_a_province_before_other_words_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


@pytest.mark.parametrize("text", [
    "出席会议的还有我区选出的部分佛山市十六届人大代表。",
    "中国人民政治协商会议第十二届湖南省委员会第三次会议今天开幕。",
    "市长出席佛山科技创新工作形势报告会。",
    "我市参加“某某”国际会议(杭州)和相关论坛。",
    "全面做好稳增长、促改革、调结构、惠民生、防风险各项工作。",
    "加快建设大湾区国际科技创新中心。",
])
def test_a_place_inside_a_bodys_or_an_events_name_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("佛山召开座谈会，听取企业意见。", "佛山"),
    ("深圳加快建设国际科技创新中心。", "深圳"),
    ("全省有香港、澳门、中山、佛山等城市。", "中山"),
])
def test_a_place_as_an_actor_or_a_list_item_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


@pytest.mark.parametrize("text", [
    "省法院负责同志林某，佛山、东莞市负责同志张某、李某出席大会。",
    "代表团与湖南省及长沙市领导会面。",
    "他感谢珠海、中山、江门3市领导的安排。",
])
def test_divisions_before_their_leaders_title_are_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert [p for p in places(matcher, text) if p not in ("省法院",)] == []


@pytest.mark.parametrize(("text", "place"), [
    ("她计划到访佛山与市领导交换意见。", "佛山"),
    ("东莞市领导班子调整完毕。", "东莞市"),
])
def test_a_division_before_other_words_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


@pytest.mark.parametrize("text", [
    "全市提前完成病险水库除险加固任务。",
    "全县镇(街道)社工服务站实现全覆盖。",
    "市民可通过《施政报告》专题网站提出意见。",
    "支持江门发挥侨乡优势。",
    "部分家庭甚至搬入工厂大厦。",
])
def test_kinds_websites_and_verb_phrases_are_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert [p for p in places(matcher, text) if p != "江门"] == []


@pytest.mark.parametrize(("text", "place"), [
    ("今年成功引进福泰工业园等项目。", "福泰工业园"),
    ("作为对接广深科技创新走廊的主要载体。", "广深科技创新走廊"),
    ("协同打造成渝现代化城市群。", "成渝现代化城市群"),
])
def test_a_name_after_a_clause_verb_starts_after_it(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


@pytest.mark.parametrize("text", [
    "江门农商行顺利开业。",
    "佛山农村商业银行发放贷款。",
    "设立广东股权交易中心江门运营中心。",
])
def test_a_place_naming_a_bank_or_an_operating_centre_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert [p for p in places(matcher, text) if p not in ("广东",)] == []
