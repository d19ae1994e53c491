"""Chinese places in Hong Kong texts, session 18 (issue 14): an estate named by a known place keeps its name after a
count of the units in it (約800個石門邨單位); a reclamation area (某某填海區) is a place, two compass points opening
it too (東南某某填海區); a Mainland division glued to a Hong Kong place is the tail of a site's name (某嶺平房區, a
cottage area, not Harbin's 平房区); 主要 / 過境 / 高層 before a suffix describe a kind (主要過境口岸, 高層大廈), no
name; the Lok Ma Chau Spur Line control point and the Lok Ma Chau control point are two places; a district written
with its mark 區 before a site locates it, two places (某某區某某運動場); a counted site (兩幅郊野公園), a ground named by
its users (兒童遊樂場, 極限運動場) and a zoning after 規劃作 are kinds; memorial towers (紀念塔), velodromes (單車館) and
barracks (軍營) are places. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, loc) if t[1] == "PLACE"]


def surfaces(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[str]:
    return [s for s, _ in places(matcher, text, loc)]


@pytest.mark.parametrize(("text", "surface"), [
    ("去年共有約800個大埔邨單位完成翻新。", "大埔邨"),
    ("房委會編配了3 100個沙田邨新單位。", "沙田邨"),
])
def test_an_estate_after_a_count_of_its_units_keeps_its_name(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in surfaces(matcher, text)


def test_a_count_before_a_known_place_and_a_kind_still_counts_the_kind(matcher: ZhEntityMatcher) -> None:
    assert "西江码头" not in surfaces(matcher, "今年将建成4个西江码头项目。", "cn")


@pytest.mark.parametrize(("text", "surface"), [
    ("當局會在將軍澳填海區預留土地興建學校。", "將軍澳填海區"),
    ("位於東南九龍填海區的用地將改劃作住宅。", "東南九龍填海區"),
])
def test_a_reclamation_area_is_a_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surfaces(matcher, text) == [surface]


def test_a_mainland_district_glued_to_a_hong_kong_place_is_a_sites_tail(matcher: ZhEntityMatcher) -> None:
    found_here = places(matcher, "規劃署建議把前鑽石山平房區的用地改作公營房屋。")
    assert [s for s, _ in found_here] == ["鑽石山平房區"]
    assert "Pingfang District" not in {c for _, c in found_here}


def test_the_mainland_district_written_in_its_city_stays(matcher: ZhEntityMatcher) -> None:
    assert "Pingfang District" in {c for _, c in places(matcher, "代表团考察了哈尔滨市平房区的产业园。", "cn")}


@pytest.mark.parametrize("text", [
    "深圳灣口岸是市民前往內地的主要過境口岸之一。",
    "居民擔心該處興建高層大廈會造成屏風效應。",
])
def test_a_described_kind_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {s for s in surfaces(matcher, text) if s.endswith(("過境口岸", "高層大廈"))}


def test_the_spur_line_control_point_is_its_own_place(matcher: ZhEntityMatcher) -> None:
    got = dict(places(matcher, "旅客可經落馬洲支線管制站或落馬洲管制站過境。"))
    assert got["落馬洲支線管制站"] != got["落馬洲管制站"]


@pytest.mark.parametrize(("text", "pair"), [
    ("體育館下月暫停開放的有葵青區和富道體育館。", ["葵青區", "和富道體育館"]),
    ("市民可改用屯門區青松運動場。", ["屯門區", "青松運動場"]),
])
def test_a_district_written_with_its_mark_locates_the_site_after_it(matcher: ZhEntityMatcher, text: str,
                                                                     pair: list[str]) -> None:
    assert surfaces(matcher, text) == pair


def test_a_district_whose_name_ends_in_its_mark_opens_one_name(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "西區副食品批發市場將進行翻新。") == ["西區副食品批發市場"]


@pytest.mark.parametrize("text", [
    "房協研究在兩幅郊野公園邊陲地興建長者屋。",
    "公園設有兒童遊樂場及極限運動場。",
    "有關用地多年前已規劃作綜合發展區。",
])
def test_counted_sites_users_and_zonings_are_kinds(matcher: ZhEntityMatcher, text: str) -> None:
    assert surfaces(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("代表團到烈士紀念塔獻花。", "烈士紀念塔"),
    ("單車比賽在將軍澳單車館舉行。", "將軍澳單車館"),
    ("該幅用地原為赤柱軍營的一部分。", "赤柱軍營"),
])
def test_monuments_velodromes_and_barracks_are_places(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in surfaces(matcher, text)


@pytest.mark.parametrize(("text", "surface"), [
    ("工程包括興建觀塘利民街公共運輸交匯處。", "觀塘利民街公共運輸交匯處"),
    ("乘客可在粉嶺 (北 )站轉乘專線小巴。", "粉嶺 (北 )站"),
    ("乘客可先到元朗 (錦田 )公共運輸交匯處轉車。", "元朗 (錦田 )公共運輸交匯處"),
])
def test_interchanges_and_spaced_brackets_make_one_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surfaces(matcher, text) == [surface]


@pytest.mark.parametrize("text", [
    "該管制站原設計作貨運通道，不設公共運輸交匯處。",
    "政府會在新區興建公共運輸交匯處。",
])
def test_an_interchange_without_a_name_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert surfaces(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("兩幅用地分別位於大欖及沙田石門澳，交通配套較好。", "沙田石門澳"),
    ("撥出的土地包括荃灣老圍及元朗西頭。", "元朗西頭"),
])
def test_a_district_and_its_locality_in_a_list_are_one_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in surfaces(matcher, text)


@pytest.mark.parametrize(("text", "district"), [
    ("沙田居民、屯門居民及元朗居民均關注此事。", "沙田"),
    ("巴士往返天水圍站及元朗福康街。", "元朗"),
    ("研究範圍包括屯門東部及元朗西北。", "屯門"),
])
def test_common_words_streets_and_compass_points_stay_apart(matcher: ZhEntityMatcher, text: str, district: str) -> None:
    assert district in surfaces(matcher, text)


@pytest.mark.parametrize(("text", "loc"), [
    ("行政長官上月訪京，會見國家領導人。", "hk"),
    ("代表团赴京参加全国会议。", "cn"),
])
def test_jing_after_a_verb_of_going_is_beijing(matcher: ZhEntityMatcher, text: str, loc: str) -> None:
    assert ("京", "Beijing") in places(matcher, text, loc)


@pytest.mark.parametrize("text", ["他們進京劇院欣賞演出。", "旅客赴京都觀光。"])
def test_jing_opening_another_word_is_no_beijing(matcher: ZhEntityMatcher, text: str) -> None:
    assert "Beijing" not in {c for _, c in places(matcher, text)}


def test_fanzhu_is_the_pan_prd_region(matcher: ZhEntityMatcher) -> None:
    assert ("泛珠", "Pan-Pearl River Delta") in places(matcher, "措施將擴展至泛珠各省。")
