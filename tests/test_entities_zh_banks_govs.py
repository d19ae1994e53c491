"""entities_zh: governments of countries, the large banks by their short names, a bank's branches, provincial
laboratories, units of academies and universities, a shared head after bare division names, and dates glued to a
name's body (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "PLACE"]


def test_a_country_name_before_government_names_that_countrys_government(matcher: ZhEntityMatcher) -> None:
    # 政府 alone is the locale's government; a country's name glued to it makes that country's
    text = "法國政府和加拿大政府回應後,政府表示歡迎;中國政府亦作出說明。"
    assert institutions(matcher, text, "hk") == [
        ("法國政府", "法國政府"), ("加拿大政府", "加拿大政府"), ("政府", "Hong Kong SAR Government"),
        ("中國政府", "Central People's Government")]
    assert places(matcher, text, "hk") == []


def test_the_large_banks_by_their_short_names(matcher: ZhEntityMatcher) -> None:
    text = "会上,邮储银行、兴业银行与国开行分别签约,浙商银行股份有限公司亦参加。"
    assert institutions(matcher, text) == [
        ("邮储银行", "Postal Savings Bank of China"), ("兴业银行", "Industrial Bank"),
        ("国开行", "China Development Bank"), ("浙商银行股份有限公司", "China Zheshang Bank")]
    # a short name that is also a verb phrase's tail needs a boundary on its left
    assert institutions(matcher, "各地正加快建设银行网点的数字化。") == []


def test_a_banks_branch_is_one_body_and_its_place_no_mention(matcher: ZhEntityMatcher) -> None:
    text = "中國建設銀行江西省分行與市政府簽約。作为交通银行在本省的机构,南昌分行将提供贷款。"
    assert [s for s, _ in institutions(matcher, text)] == ["中國建設銀行江西省分行", "市政府", "交通银行", "南昌分行"]
    assert places(matcher, text) == []


def test_a_named_provincial_laboratory_and_the_bare_designation(matcher: ZhEntityMatcher) -> None:
    text = "其中,深海装备与材料浙江省实验室(宁波)揭牌,首批3家浙江省实验室启动建设,新一批省实验室将启动。"
    assert [s for s, _ in institutions(matcher, text)] == ["深海装备与材料浙江省实验室(宁波)"]
    assert places(matcher, text) == ["浙江"]  # the designation's province is a place; the lab's is inside a name


def test_an_academys_institute_and_a_universitys_school_are_one_name(matcher: ZhEntityMatcher) -> None:
    text = "依托中国科学院武汉病毒与免疫研究所和复旦大学材料科学学院开展研究。"
    assert [s for s, _ in institutions(matcher, text)] == ["中国科学院武汉病毒与免疫研究所", "复旦大学材料科学学院"]


def test_a_known_body_on_the_last_of_bare_division_names_is_shared(matcher: ZhEntityMatcher) -> None:
    # 广州、深圳、东莞市政府: the head 市政府 is written once, after the last city
    text = "项目由中山、江门、东莞市政府共同组织。"
    assert [c for _, c in institutions(matcher, text)] == ["中山市政府", "江门市政府", "Dongguan Municipal People's Government"]
    assert places(matcher, text) == []


def test_a_date_or_a_chapter_number_before_a_name_is_no_part_of_it(matcher: ZhEntityMatcher) -> None:
    text = "二○二五年三月一日起咨询委员会的成员如下。第五章委员会的工作。"
    assert institutions(matcher, text, "hk") == []


def test_a_country_name_before_a_central_bodys_generic_name_is_that_countrys_body(matcher: ZhEntityMatcher) -> None:
    # 國務院 alone is China's State Council; after another country's name it is that country's department
    text = "德國外交部和加拿大財政部表示關注,國務院隨即回應。"
    assert institutions(matcher, text, "hk") == [("德國外交部", "德國外交部"), ("加拿大財政部", "加拿大財政部"),
                                                 ("國務院", "State Council")]


def test_provincial_laboratories_listed_before_a_shared_head(matcher: ZhEntityMatcher) -> None:
    text = "省长为海洋科学与工程、生物育种与农业3家…"  # no count match: nothing made
    assert institutions(matcher, text) == []
    text = "省长为海洋科学与工程、生物育种、合成化学3家山东省实验室授牌。"
    assert [c for _, c in institutions(matcher, text)] == [
        "海洋科学与工程山东省实验室", "生物育种山东省实验室", "合成化学山东省实验室"]


def test_a_quoted_working_group_is_one_name_with_its_conjunction(matcher: ZhEntityMatcher) -> None:
    text = "當局成立「規劃及土地供應工作小組」和「交通及基建專責小組」,並就新醫學院提供意見。"
    assert [s for s, _ in institutions(matcher, text, "hk")] == ["規劃及土地供應工作小組", "交通及基建專責小組"]


def test_a_place_and_a_determiner_before_a_suffix_is_a_kind_of_body(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "他與香港本地大學和深圳相關研究院交流。") == []
