"""Chinese places in Hong Kong texts, session 15 (issue 14): a verb anywhere before a kind word ends the clause
before the name (陳某關注海濱長廊: no place); two opposite compass points after a place span it (新界東西: 新界, no
New Territories East); Cantonese 嘅 ('of') and 喺 ('at') are function words, boundaries like 的 and 在, so 由甲至乙嘅
幹線 is no route's name; playgrounds, gardens, rest gardens and wholesale markets are named places, 花園道 a road;
a bank of a river in brackets qualifies a garden's name (屯門河(西岸)花園); 規劃為 ('plan as') is a verb, no plan's
name; a station written with its railway's word is the plain station (one row); cemeteries (墳場) and new villages
(新村) are places, 社會主義新村 is none; a building after its street (and number) in an address is named alone, a
park keeps its street; an area before a known site in it is the site; 高樓大廈 / 工廠大廈 are kinds; station squares,
strategy circles and hi-tech zones are places; a core business district is its area; 遊樂場地, 醫院聯網, 港深口岸,
土地作… and 不少 + a kind name none. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "對於陳大文關注海濱長廊的問題,局方會跟進。",
    "部分臨海用地至今未納入海濱長廊。",
    "有居民期望海濱長廊盡快開放。",
])
def test_clause_before_a_kind_word_names_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("新道路貫通新界東西,方便居民往來。", ["新界"]),
    ("單車徑網絡貫通新界東西嘅市鎮。", ["新界"]),
])
def test_opposite_compass_points_span_the_place(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_cantonese_of_is_a_boundary(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "由大埔至沙田嘅單車徑已全線開通。") == ["大埔", "沙田"]


@pytest.mark.parametrize(("text", "name"), [
    ("工程期間會暫時封閉長青遊樂場。", "長青遊樂場"),
    ("新行人天橋連接錦繡花園及商場。", "錦繡花園"),
    ("工程期間會暫時封閉部分福榮街休憩花園。", "福榮街休憩花園"),
    ("當局建議在長沙灣副食品批發市場增設設施。", "長沙灣副食品批發市場"),
    ("工程包括美化屯門河(西岸)花園。", "屯門河(西岸)花園"),
])
def test_gardens_playgrounds_and_markets_are_places(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("反對書須寄交香港花園道某大廈。", "香港花園"),  # Garden Road: a road, no garden
    ("部分休憩花園將暫時封閉。", "休憩花園"),  # a kind, no name
])
def test_roads_and_kinds_are_no_gardens(matcher: ZhEntityMatcher, text: str, absent: str) -> None:
    assert absent not in places(matcher, text)


def rows(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, "hk") if t[1] == "PLACE"]


def test_a_plan_verb_with_its_complement_is_no_plan_name(matcher: ZhEntityMatcher) -> None:
    # 規劃 + 為 is the verb 'plan as': the place before it is a mention, not part of a plan's name
    assert [r[1] for r in rows(matcher, "報告建議把西貢規劃為康樂及旅遊地點。")] == ["Sai Kung"]


def test_a_station_with_its_railway_word_is_the_station(matcher: ZhEntityMatcher) -> None:
    got = rows(matcher, "天橋連接坑口港鐵站,居民可步行往坑口站。")
    assert {canonical for _, canonical in got} == {"坑口站"}


@pytest.mark.parametrize(("text", "names"), [
    ("工程會改善柴灣華人永遠墳場的通道。", ["柴灣華人永遠墳場"]),
    ("為配合蝦尾新村及福田村地區的排水工程", ["蝦尾新村", "福田村"]),
])
def test_cemeteries_and_villages_are_places(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_an_ideology_names_no_village(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "各地推進社會主義新村建設。") == []


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("查詢可前往香港軒尼詩道怡東大廈十樓。", "怡東大廈", "香港軒尼詩道怡東大廈"),  # area, street, building
    ("文件存放於九龍彌敦道三百號恒豐大廈。", "恒豐大廈", "九龍彌敦道三百號恒豐大廈"),  # with the house number
])
def test_a_building_after_its_street_is_named_alone(matcher: ZhEntityMatcher, text: str, name: str,
                                                    absent: str) -> None:
    got = places(matcher, text)
    assert name in got and absent not in got


def test_a_park_keeps_its_street_in_its_name(matcher: ZhEntityMatcher) -> None:
    assert "西營盤德輔道西休憩花園" in places(matcher, "市民可使用西營盤德輔道西休憩花園。")


def test_an_area_before_a_known_site_is_the_site(matcher: ZhEntityMatcher) -> None:
    assert [r[1] for r in rows(matcher, "記者會在添馬政府總部舉行。")] == ["Central Government Offices"]


@pytest.mark.parametrize("text", ["大浪西灣高樓大廈林立。", "荃灣工廠大廈改裝為住宅。"])
def test_kinds_of_building_are_no_names(matcher: ZhEntityMatcher, text: str) -> None:
    assert all("大廈" not in p for p in places(matcher, text))


@pytest.mark.parametrize(("text", "name"), [
    ("活動在沙田車站廣場舉行。", "沙田車站廣場"),
    ("前海深港創新發展圈位於灣區中部。", "前海深港創新發展圈"),
    ("企業進駐寶安高新科技區。", "寶安高新科技區"),
    ("工程包括將軍澳海濱公園(第二期)以及單車公園。", "將軍澳海濱公園"),  # 以及 after the bracket: the next item
])
def test_station_squares_circles_and_hi_tech_zones(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


def test_a_core_business_district_is_its_area(matcher: ZhEntityMatcher) -> None:
    assert ("新界北核心商務區", "New Territories North") in rows(matcher, "計劃把粉嶺北提升為新界北核心商務區。")


def test_a_venue_by_its_short_name(matcher: ZhEntityMatcher) -> None:
    assert rows(matcher, "演唱會在亞博館舉行。") == [("亞博館", "AsiaWorld-Expo")]


@pytest.mark.parametrize(("text", "absent"), [
    ("政府檢討私人遊樂場地契約。", "私人遊樂場"),  # 遊樂場地, recreation grounds: a word
    ("九龍西醫院聯網轄下醫院", "九龍西醫院"),  # a hospital cluster, no hospital
    ("澳洲有不少海灘,吸引遊客。", "不少海灘"),
    ("港深口岸的通關時間延長。", "港深口岸"),  # the crossings of both sides: a kind
    ("議員要求預留土地作公園用途。", "土地作公園"),
    ("當局會檢視大球場的定位。", "檢視大球場"),  # a rarer verb of jieba's list
])
def test_words_uses_and_kinds_name_no_place(matcher: ZhEntityMatcher, text: str, absent: str) -> None:
    assert absent not in places(matcher, text)


def test_action_areas_and_a_new_business_district(matcher: ZhEntityMatcher) -> None:
    got = rows(matcher, "政府會研究荃灣行動區的發展,把九龍西新商業區打造成新的核心。")
    assert ("荃灣行動區", "荃灣行動區") in got and ("九龍西新商業區", "Kowloon West") in got


@pytest.mark.parametrize("text", [
    "今年加快推進城鄉融合十大示範片區建設。",
    "全市推动产业融合十大示范园区建设。",
])
def test_a_verb_never_ends_in_the_numeral_of_a_count(matcher: ZhEntityMatcher, text: str) -> None:
    """融合|十大 reads as a word and a count, not 合十 ('palms together'): the clause verbs end in no numeral."""
    assert not any(name.startswith("大") for name in places(matcher, text))
