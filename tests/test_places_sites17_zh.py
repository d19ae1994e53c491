"""Chinese places, session 12 (issue 14): named sites whose kind word the suffix table lacked (research and steel
bases, water purification plants, residential compounds, halls, business districts, wind farms, promenades,
silver beaches); a descriptive word before a kind word (全新, 綠色, 都市, 老旧, 舊) makes a kind, no name; a person
word before 站 is the verb 'to stand'; a division glued to 长 is its head's title (代县长: an acting county head, not
Dai County); 北极星 is a word (Polaris), no Arctic; an air show is an event; a site written with and without the
known place it lies in is one place. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> list[str]:
    return [t[0] for t in found(matcher, text, loc) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "name"), [
    ("该市加快建设白沙湾研发基地二期工程。", "白沙湾研发基地"),
    ("鞍钢营口钢铁基地年内建成投产。", "鞍钢营口钢铁基地"),
    ("加快建设柏德一体化基地首期项目。", "柏德一体化基地"),
    ("推进龙岭水质净化厂扩建工程。", "龙岭水质净化厂"),
    ("完成城东净水厂主体工程。", "城东净水厂"),
    ("推进金沙商贸小区征地工作。", "金沙商贸小区"),
    ("大会在明德会堂举行。", "明德会堂"),
    ("开工建设云浮西站商务区。", "云浮西站商务区"),
    ("在南澳勒门海上风电场开展试点。", "南澳勒门海上风电场"),
    ("區議會討論延長觀塘海濱長廊。", "觀塘海濱長廊"),
    ("游客在月亮湾银滩观赏日落。", "月亮湾银滩"),
])
def test_a_named_site_before_a_kind_word_is_a_place(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


@pytest.mark.parametrize("text", [
    "該公司計劃在灣區發展全新水上樂園。",  # 'a brand-new water park'
    "这是全省首个依山而建的绿色水上乐园。",  # 'a green water park'
    "建成千万吨级绿色钢铁基地。",
    "在都市新发展区方面,政府将加快规划。",  # 'as for urban new development areas'
    "推进老旧小区改造。",  # 'renovating old residential compounds'
])
def test_a_descriptive_word_before_a_kind_word_names_a_kind(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_known_place_then_old_before_a_kind_word_names_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "海洋公園舊水上樂園位於入口。") == ["海洋公園"]


def test_a_person_before_zhan_stands(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "議員站在市民一邊。") == []  # 站在: 'to stand on'


@pytest.mark.parametrize(("text", "kept"), [
    ("县人民政府代县长张某向大会报告工作。", []),  # 代 + 县长: an acting head, no 代县
    ("惠来县长带队调研。", []),  # the county head's title
    ("该县长期以来重视水利,惠来县长期坚持植树。", ["惠来县"]),  # 长期 'long-term' is no title
])
def test_a_division_glued_to_zhang_is_a_title(matcher: ZhEntityMatcher, text: str, kept: list[str]) -> None:
    assert places(matcher, text) == kept


def test_polaris_is_no_arctic(matcher: ZhEntityMatcher) -> None:
    assert "北极" not in places(matcher, "北极星能源网讯:项目年内开工。")
    assert "北极" in places(matcher, "科考船驶向北极。")


def test_a_place_naming_an_air_show_is_in_the_event(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "代表团参观了珠海航展。") == []


def test_a_site_written_with_and_without_its_known_place_is_one_place(matcher: ZhEntityMatcher) -> None:
    got = [(t[0], t[2]) for t in found(matcher, "議員參觀海洋公園雲海灣水上樂園。雲海灣水上樂園明年啟用。", "hk")
           if t[1] == "PLACE"]
    assert got == [("海洋公園雲海灣水上樂園", "海洋公園雲海灣水上樂園"), ("雲海灣水上樂園", "海洋公園雲海灣水上樂園")]


def test_a_town_government_is_a_body_and_its_address_no_places(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "来源:茂名市电白区沙琅镇人民政府。")
    assert [t[0] for t in got if t[1] == "INSTITUTION"] == ["茂名市电白区沙琅镇人民政府"]
    assert [t[0] for t in got if t[1] == "PLACE"] == []


@pytest.mark.parametrize("text", [
    "昂坪吊車系統將於明年啟用。",  # a cable car line is a route, as a rail line is
    "该市规划建设鼎湖山索道。",
])
def test_a_place_naming_a_cable_car_is_in_the_route(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_an_island_before_zhengzai_ends_its_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "白沙島正在引入國際品牌。", "hk") == ["白沙島"]  # 正在: 'is now …'


def test_lion_rock_spirit_names_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "市民发扬狮子山精神。") == []


def test_aid_to_tibet_and_xinjiang_names_the_regions(matcher: ZhEntityMatcher) -> None:
    got = [(t[0], t[2]) for t in found(matcher, "该省扎实做好援藏援疆工作。", "cn") if t[1] == "PLACE"]
    assert got == [("藏", "Tibet"), ("疆", "Xinjiang")]


@pytest.mark.parametrize(("text", "name"), [
    ("确保首钢曹妃甸钢铁基地二期投产。", "首钢曹妃甸钢铁基地"),  # the operator, the place, the kind
    ("推进华能汕头电厂扩建和其他项目。", "华能汕头电厂"),
    ("加快建设陶氏惠州一体化基地。", "陶氏惠州一体化基地"),
])
def test_an_operator_before_a_plant_on_a_known_place_opens_its_name(matcher: ZhEntityMatcher, text: str,
                                                                    name: str) -> None:
    assert places(matcher, text) == [name]


@pytest.mark.parametrize("text", [
    "加快建设汕头电厂。",  # a verb, no operator
    "全省汕头电厂发电量上升。",
])
def test_no_operator_before_a_plant_keeps_the_known_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == ["汕头电厂"]
