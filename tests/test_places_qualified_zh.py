"""Chinese places (issue 14): bracketed qualifiers inside a place name, facility heads after a known place,
a station coordinated with a line, a sports association's name (made-up sentences)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t for t, label, _ in found(matcher, text) if label == "PLACE"]


@pytest.mark.parametrize(("text", "names"), [
    # a known place, a bracketed compass point or part, a place suffix: one place, not the known place inside
    ("新鐵路將設羅湖(南)站和文錦渡站，方便居民。", ["羅湖(南)站", "文錦渡站"]),
    ("旅客日後可經罗湖（南）站前往深圳。", ["罗湖（南）站", "深圳"]),
    ("當局建議指定北大嶼山(擴建部分)郊野公園，並加強管理。", ["北大嶼山(擴建部分)郊野公園"]),
    ("西貢(東)郊野公園的遊人增加。", ["西貢(東)郊野公園"]),
    # a direction word before the compass point: north of a place, no name of its own
    ("港島以北大嶼山(南)站", ["港島", "大嶼山(南)站"]),
    # a bracket that is no qualifier, or no suffix after it: the known place alone
    ("羅湖(南)一帶的車站會重建。", ["羅湖"]),
])
def test_bracketed_qualifier_places(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a theme park named by its city is that city's park, not Hong Kong's (迪士尼 alone is Hong Kong's)
    ("上海迪士尼乐园去年接待大量旅客。", ["上海迪士尼乐园"]),
    ("東京迪士尼樂園和巴黎迪士尼樂園都在擴建。", ["東京迪士尼樂園", "巴黎迪士尼樂園"]),
    # an exhibition hall and a main venue after a known place are built facilities (DECISIONS 17)
    ("政府會興建沙田博覽館第二期。", ["沙田博覽館"]),
    ("新建的屯門主場館將於明年啟用。", ["屯門主場館"]),
])
def test_facility_heads_after_known_places(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    # 及 between a station and a line joins two things, no route X及Y線
    ("天水圍站及西鐵綫主線將於明年動工。", ["天水圍站"]),
    ("大埔站和東鐵綫的工程已完成。", ["大埔站"]),
    # a route between two places stays a route: the places in it are not listed (DECISIONS 20)
    ("屯門至元朗線的工程已完成。", []),
])
def test_station_before_a_line(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "body"), [
    ("中國香港划艇總會今年舉辦多項比賽。", "中國香港划艇總會"),
    ("香港網球總會的教練到學校示範。", "香港網球總會"),
])
def test_associations_give_no_places(matcher: ZhEntityMatcher, text: str, body: str) -> None:
    # a sports association (總會) is one institution: the places in its name are not listed (GUIDELINES-zh 11)
    got = found(matcher, text)
    assert (body, "INSTITUTION") in [(t, label) for t, label, _ in got]
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "names"), [
    # a name that needs a boundary on both sides (新田 is also 'new fields') may end before a verb of
    # linking or passing, or an area word
    ("新公路由天水圍途經新田連接古洞北。", ["天水圍", "新田", "古洞北"]),
    ("政府會在上水附近及青衣以南覓地。", ["上水", "青衣"]),
    ("這些新田地區的租金很高。", []),  # 新田地: new farmland, no San Tin
])
def test_bounded_names_before_verbs(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("新商業區將設於中區及九龍東以外的地方。", ["中區", "九龍東"]),  # 中區: Central's older official name
    ("济南市中区的道路将拓宽。", ["济南市"]),  # 市中区 is a Mainland district, not Hong Kong's Central
])
def test_central_district(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a region right before a place suffix names a kind of facility in it, not one facility
    ("香港機場管理局正與內地機場建立伙伴關係。", ["內地"]),
    ("大灣區機場群的航線網絡會擴大。", ["大灣區"]),
    # with a name body between, the region starts a facility's name
    ("當局正建設珠三角樞紐機場。", ["珠三角樞紐機場"]),
    ("澳門機場的客運量上升。", ["澳門機場"]),  # a city's airport is one airport
])
def test_regions_before_a_suffix_name_kinds(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_new_town_extension_is_the_new_town(matcher: ZhEntityMatcher) -> None:
    # 新市鎮擴展 is a project on the new town (a CEDD project name), no place of its own: the new town is named
    got = [(t, c) for t, label, c in found(matcher, "政府會推展東涌新市鎮擴展，並研究其他項目。") if label == "PLACE"]
    assert got == [("東涌新市鎮", "Tung Chung")]


@pytest.mark.parametrize(("text", "names"), [
    # a number in Chinese numerals opens a facility's name as an Arabic one does (10號貨櫃碼頭)
    ("未來港口的發展，包括十號貨櫃碼頭的選址。", ["十號貨櫃碼頭"]),
    ("新建的10號貨櫃碼頭將於明年啟用。", ["10號貨櫃碼頭"]),
    ("三個貨櫃碼頭的吞吐量下降。", []),  # a count makes a kind
])
def test_numbered_facilities(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    # an unknown quoted name right after an article describes a vision, not a place
    ("政府會把新界北發展成一個「國際創科新城」。", ["新界北"]),
    ("當局會建設「前海國際新城」。", ["前海國際新城"]),  # no article: a quoted name
])
def test_quoted_visions(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a Hong Kong place + 第N區 is a numbered planning area within it: the span, an alias of the place (DECISIONS 24)
    ("新線會延伸至將軍澳第137區，配合屯門第40區的發展。", ["將軍澳第137區", "屯門第40區"]),
    ("將軍澳區議會討論了交通問題。", []),  # 區議會: a council, no numbered area
    # 機場島 is Airport Island, the platform of Chek Lap Kok (not a kind of island)
    ("機管局會在機場島上興建新設施。", ["機場島"]),
])
def test_numbered_areas_and_airport_island(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_closed_area_of_a_known_place(matcher: ZhEntityMatcher) -> None:
    # a known place + 禁區 names its closed area, one place ('Sha Tau Kok Frontier Closed Area'); 邊境禁區 is a kind
    assert places(matcher, "政府會逐步開放沙頭角禁區，讓旅客遊覽沙頭角。") == ["沙頭角禁區", "沙頭角"]
    assert places(matcher, "邊境禁區的範圍會縮小。") == []


def test_numbered_area_resolves_to_its_place(matcher: ZhEntityMatcher) -> None:
    got = [(t, c) for t, label, c in found(matcher, "當局要求在屯門第54區興建停車場。") if label == "PLACE"]
    assert got == [("屯門第54區", "Tuen Mun")]


def test_other_projects_at_a_place_name_the_place(matcher: ZhEntityMatcher) -> None:
    # 其他 ('other') between a place and 項目 makes them projects at the place, not a project's title
    assert places(matcher, "新設施會與機場島上其他發展項目發揮協同效應。") == ["機場島"]


@pytest.mark.parametrize(("text", "names"), [
    # a Public Works Programme item number opens a works project's title: no places in it (DECISIONS 21)
    ("議程\n123CL沙田第五期公營房屋發展之工地平整工程\n另在元朗興建學校。", ["元朗"]),
    ("2.PWSC(2024-25)7 45DS搬遷大埔污水處理廠往岩洞", []),
    # a place in brackets after a post's title is the post's area
    ("出席人員：渠務署總工程師(污水工程)(新界東)", []),
    ("政府會在屯門(新界西)覓地。", ["屯門", "新界西"]),  # after a place, no post: a place
])
def test_works_items_and_post_areas(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_a_measure_in_running_text_opens_no_works_title(matcher: ZhEntityMatcher) -> None:
    # 24GW before Chinese in running text is a measure (gigawatts), no works item number
    assert places(matcher, "24GW光伏組件項目開工,江西入選首批先導區。") == ["江西"]
    assert places(matcher, "晶科能源24GW光伏組件開工建設,江西入選首批先導區。") == ["江西"]
