"""Hong Kong places in Chinese text (through the Chinese matcher): estates and courts, police stations,
a longer known name crossing a shorter one, dates and 有 before an unknown name."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "names"), [
    # 邨 ends a public housing estate's name, 苑 a subsidised-sale court's; a year before the name is a date
    ("房屋署在2020年樂富邨完成翻新，並到訪了彩雲邨及居於康田苑的家庭。", ["樂富邨", "彩雲邨", "康田苑"]),
    ("今年落成的有安達邨和凱樂苑。", ["安達邨", "凱樂苑"]),  # 有 before the name is a verb, not part of it
    ("局長探望观塘上邨的居民。", ["观塘上邨"]),  # a known place + 上 + 邨
    ("區內的公共屋邨和新屋苑陸續落成，屋邨設施完善。", []),  # kinds of housing, no names
])
def test_estates_and_courts(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names


def test_a_police_station_is_a_place_not_a_body(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "新體育館位於大圍警署旁。", "hk")
    assert [(t[0], t[1]) for t in got] == [("大圍警署", "PLACE")]


def test_a_longer_known_name_wins_over_one_it_crosses(matcher: ZhEntityMatcher) -> None:
    # 新界北 is a known name too, but 北部都會區 starts inside it and runs on: 新界 + 北部都會區
    got = found(matcher, "政府推展新界北部都會區的發展。", "hk")
    assert [t[2] for t in got if t[1] == "PLACE"] == ["New Territories", "Northern Metropolis"]
    assert [t[2] for t in found(matcher, "新界北的土地", "hk") if t[1] == "PLACE"] == ["New Territories North"]


def test_related_to_is_no_part_of_a_facility_name(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "公司通报了有关大亚湾核电站的事件。", "cn")
    assert [t[0] for t in got if t[1] == "PLACE"] == ["大亚湾核电站"]


def test_coastal_areas_of_the_northern_metropolis(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "發展流浮山和白泥一帶的沿海地方。", "hk")
    assert [t[2] for t in got if t[1] == "PLACE"] == ["Lau Fau Shan", "Pak Nai"]


@pytest.mark.parametrize(("text", "loc", "name", "canonical"), [
    ("發展局建議在貝澳、長沙及水口一帶發展旅遊。", "hk", "長沙", "Cheung Sha"),  # listed beside Lantau places
    ("特區代表團今日前往長沙、武漢訪問。", "hk", "長沙", "Changsha"),  # beside a Mainland city
    ("香港與長沙兩地加強合作。", "hk", "長沙", "Changsha"),  # the SAR itself tells nothing
    ("梅州市大埔县和大埔的茶叶远销各地。", "cn", "大埔", "Dabu County"),  # the prefecture is named
    ("广州市番禺、黄埔和南沙加快发展。", "cn", "黄埔", "Huangpu District"),
    ("紅磡、黃埔及土瓜灣的街道。", "hk", "黃埔", "Whampoa"),
    ("元朗屏山、天水圍及錦田一帶。", "hk", "屏山", "Ping Shan"),
])
def test_a_name_hong_kong_shares_with_the_mainland_is_read_by_context(
        matcher: ZhEntityMatcher, text: str, loc: str, name: str, canonical: str) -> None:
    # 元朗屏山 is one place, written after its district (the lead's ruling of session 11): the span ends in the name
    assert [t[2] for t in found(matcher, text, loc) if t[0].endswith(name) and t[1] == "PLACE"] == [canonical]


def test_a_shared_name_keeps_its_reading_through_the_text(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "計劃涵蓋貝澳、長沙及水口。長沙的泳灘設施亦會改善。", "hk")
    assert [t[2] for t in got if t[0] == "長沙"] == ["Cheung Sha", "Cheung Sha"]


def test_upper_and_lower_villages_are_places_of_their_own(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "大嶼山的上長沙和下長沙，以及下白泥。", "hk")
    assert [t[0] for t in got if t[1] == "PLACE"] == ["大嶼山", "上長沙", "下長沙", "下白泥"]
    assert [t[0] for t in found(matcher, "送上香港市民的祝福。", "hk")] == ["香港"]  # 上 the verb, not a village


def test_the_operator_before_a_station_is_no_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    assert [t[0] for t in found(matcher, "市民可前往港鐵上水站。", "hk") if t[1] == "PLACE"] == ["上水站"]


@pytest.mark.parametrize(("text", "names"), [
    ("當局會優化長沙灣海濱花園的設施，從而增加該海濱花園的吸引力。", ["長沙灣海濱花園"]),  # 該: a reference, no name
    ("柴灣公眾貨物裝卸區的營運者", ["柴灣公眾貨物裝卸區"]),  # a cargo working area by suffix
    ("新建的休憩空間相當於兩個維多利亞公園，並連接會展中心及添馬艦。", ["維多利亞公園", "會展中心", "添馬艦"]),
])
def test_harbourfront_sites(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names


def test_walled_villages_data_parks_and_landmarks(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "企嶺下老圍和沙田頭新圍的村民，沙嶺數據園，以及蘭桂坊。", "hk")
    assert [t[0] for t in got if t[1] == "PLACE"] == ["企嶺下老圍", "沙田頭新圍", "沙嶺數據園", "蘭桂坊"]
    assert found(matcher, "建設大數據園區，推動新圍村發展，土地正改劃作數據園。", "cn") == []  # kinds, no names
    assert [(t[0], t[1]) for t in found(matcher, "蘭桂坊協會舉辦活動。", "hk")] == [("蘭桂坊協會", "INSTITUTION")]


def test_landfills_and_markets(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "擴建新界東南堆填區，並翻新大埔墟街市及北河街街市。", "hk")
    assert [t[0] for t in got if t[1] == "PLACE"] == ["新界東南堆填區", "大埔墟街市", "北河街街市"]
    assert found(matcher, "翻新公眾街市、新街市和20個街市，現有堆填區將飽和。", "hk") == []  # kinds, no names


def test_the_government_and_the_council_after_appeals_in_hong_kong_addresses(matcher: ZhEntityMatcher) -> None:
    # 加上 ('besides') and 恳请 ('earnestly ask') end words: the body named after them acts
    got = found(matcher, "加上政府决心精简程序，我恳请本会议员理解。", "hk")
    assert [t[2] for t in got] == ["Hong Kong SAR Government", "Legislative Council"]
