"""Places in district, county and town reports, session 20 (made-up sentences).

- 镇街 ('towns and subdistricts') is a collective noun: X镇街 after a division names no town.
- A village's name runs to three characters (某某坑村), also before 成功 + a verb; 旅游名村, 历史古村 are kinds;
  国家级 / 省级 open a designation's category (获评国家级旅游景区), no place; 市县镇村, 以镇联县带村 list levels.
- 妇幼保健院 and 中心卫生院 are hospitals: built, places; 乡镇卫生院 a kind.
- A school named as a works project (新建某市第三实验中学, 某中学改造工程) is a place, with the place opening its name.
- A county's port by its short name (激活某溪港) is a place; a terminal with its port and port area (甲港乙港区丙码头) one
  place named by the terminal; two short names before 区 (甲江乙山区) one joint area, no other province's 乙山区.
- A town's short form listed before a site named by another town (星子、西岸中心卫生院) is a town.
- 畅通 / 赋能 open a clause (畅通片区内外交通: no 畅通片区); 国内 opens a kind (国内机场); 酒店 after an area's word is the
  area's hotels, a kind; a new area's 管理委员会工作报告 title names the document, no mention of the area.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_towns_and_subdistricts_are_a_collective(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动韶关市平安镇街创建。") == ["韶关市"]


def test_a_village_of_three_characters(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进石榴坑村建设。") == ["石榴坑村"]
    assert places(matcher, "金鸡岭公园、石榴坑村成功获评省级旅游景区。") == ["金鸡岭公园", "石榴坑村"]


def test_villages_of_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "开展旅游名村建设，保护历史古村，扶持集体经济薄弱村。") == []


def test_a_level_opens_a_category(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "石榴坑村获评国家级旅游景区。") == ["石榴坑村"]


def test_villages_listing_levels_or_a_slogan(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "强化市县镇村联动，实施以镇联县带村，建设136个“美丽小村”。") == []


def test_clinics_are_built_hospitals(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进英德市妇幼保健院建设，石灰铺中心卫生院建成使用。") == ["英德市妇幼保健院", "石灰铺中心卫生院"]
    assert places(matcher, "提升20家乡镇卫生院服务能力，完善基层卫生院。") == []


def test_schools_named_as_works_projects(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加快建设韶关市音乐中学改造工程、翁源一中附属中学等5个学校项目。") == [
        "韶关市音乐中学", "翁源一中附属中学"]
    assert places(matcher, "新建汕尾市第三实验中学。") == ["汕尾市第三实验中学"]


def test_schools_of_a_kind_or_acting_are_no_works(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进汕尾市中小学改造工程。") == ["汕尾市"]
    assert places(matcher, "汕尾市新建学校3所。") == ["汕尾市"]


def test_a_county_port_by_its_short_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "湛江市：全面激活遂溪港，推进湛江港建设。") == ["湛江市", "遂溪港", "湛江港"]


def test_a_terminal_with_its_port_and_port_area(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "仪式在汕头港广澳港区鸿通码头举行。", "cn")
    assert [(s, c) for s, lab, c in got if lab == "PLACE"] == [("汕头港广澳港区鸿通码头", "鸿通码头")]


def test_a_joint_area_of_two_short_names(matcher: ZhEntityMatcher) -> None:
    got = [(s, c) for s, lab, c in found(matcher, "江门市加快蓬江鹤山区开发，支持开平、鹤山发展。", "cn") if lab == "PLACE"]
    assert ("蓬江鹤山区", "蓬江鹤山区") in got and ("鹤山", "Heshan") in got
    assert all(c != "Heshan District" for _, c in got)


def test_a_town_listed_before_a_site_named_by_a_town(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "连州市：星子、西岸中心卫生院加快推进。") == ["连州市", "星子", "西岸中心卫生院"]


def test_verbs_acting_on_an_area(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "畅通片区内外交通，赋能片区商业升级。") == []


def test_domestic_facilities_and_an_areas_hotels_are_kinds(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "吞吐量位居国内机场第五位。") == []
    assert places(matcher, "提升港口西片区酒店供给。") == ["港口西片区"]


def test_a_new_areas_committee_report_title(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "金湾新区2030年管理委员会工作报告") == []
    assert places(matcher, "推进金湾新区建设。") == ["金湾新区"]
