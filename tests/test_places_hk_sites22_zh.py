"""Chinese places in Hong Kong texts, session 17 (issue 14): a site named by a known place and its kind — a mine
(某某高嶺土礦場), a railway's maintenance depot (某鄉維修中心), a squatter area (某山某村寮屋區) — is one place, the
place inside its name no mention (DECISIONS-zh 17, 21); a railway line's name before a station (西鐵某某站,
東鐵綫某某站) leaves the station; the Games a city hosts name it no mention (巴黎奧運); 開設 ('open') is a verb, no
part of an office's name (在成都開設經貿辦事處); a compass district coordinated with a known place is the district
whatever stands on its left (檢討北區和元朗); Hong Kong's rivers, the Pan-PRD region, the two SARs as one region
(港澳地區) and bare 特區 in a Hong Kong text are places. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[str]:
    return [t[0] for t in found(matcher, text, loc) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "surface"), [
    ("當局將研究把前馬鞍山鐵礦場改作康樂用途。", "馬鞍山鐵礦場"),
    ("新的住宅項目會建於將軍澳維修中心上蓋。", "將軍澳維修中心"),
    ("政府計劃清拆元朗橫洲寮屋區以興建公屋。", "元朗橫洲寮屋區"),
])
def test_a_site_named_by_its_place_and_kind_is_one_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert places(matcher, text) == [surface]


def test_a_depot_or_squatter_area_needs_a_known_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "公司擴建了車輛維修中心，並清理了附近寮屋區。") == []


@pytest.mark.parametrize(("text", "surface"), [
    ("乘客可於西鐵天水圍站轉乘輕鐵。", "天水圍站"),
    ("巴士會停靠西鐵錦上路站，方便居民。", "錦上路站"),
    ("乘客可于东铁线大埔墟站转乘巴士。", "大埔墟站"),
])
def test_a_line_before_a_station_leaves_the_station(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in places(matcher, text)


@pytest.mark.parametrize("text", [
    "本港運動員在巴黎奧運取得佳績。",
    "他曾代表國家參加東京奧運會及杭州亞運會。",
])
def test_the_games_a_city_hosts_name_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {"巴黎", "東京", "杭州"} & set(places(matcher, text))


def test_opening_an_office_is_a_verb_not_a_name(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "我們建議在成都開設經貿辦事處，加強聯繫。", "hk")
    assert ("成都", "PLACE") in [(t[0], t[1]) for t in got]
    assert not any("開設" in t[0] for t in got)


@pytest.mark.parametrize(("text", "surface"), [
    ("規劃署會加快檢討南區和灣仔的用地。", "南區"),
    ("當局正研究北區及大埔的交通需要。", "北區"),
])
def test_a_compass_district_coordinated_with_a_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in places(matcher, text)


def test_a_compass_word_inside_another_word_stays_none(matcher: ZhEntityMatcher) -> None:
    assert "南區" not in places(matcher, "華南區和廣州的銷售額上升。")


@pytest.mark.parametrize(("text", "surface"), [
    ("渠務署會改善林村河及城門河的水質。", "城門河"),
    ("有關措施由廣東延伸至泛珠三角區域的其他省區。", "泛珠三角區域"),
    ("来自港澳地区的旅客人数上升。", "港澳地区"),
])
def test_named_rivers_and_regions(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in places(matcher, text)


def test_the_sar_alone_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "特區成立以來，經濟持續發展。") == ["特區"]
    assert places(matcher, "特区成立以来，经济持续发展。", "cn") == []
    assert "特區" not in places(matcher, "特區行政長官今日出席典禮。")
