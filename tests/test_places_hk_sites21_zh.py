"""Chinese places in Hong Kong texts, session 16 (issue 14): the closed area at a place (沙頭角禁區, 米埔邊境禁區) is
that place (DECISIONS-zh 24: a suffix locating a site within a place makes an alias); a quoted sentence is speech, its
places are mentions (a quoted name or slogan stays none); a compass district after a verb of visiting is the
district, and 東涌北區議員 is Tung Chung North's councillor, not the North District's; Hong Kong's major cultural
venues are places (M+, 戲曲中心, 香港藝術館 …), 堅彌地城 is Kennedy Town, theatres and art museums are built venues;
cargo-handling piers and remote islands are kinds. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, "hk") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "surface"), [
    ("旅行團下月起可進入沙頭角禁區參觀古蹟。", "沙頭角禁區"),
    ("政府會逐步開放沙頭角邊境禁區予個人遊旅客。", "沙頭角邊境禁區"),
    ("沙头角旅游禁区的许可证名额将会增加。", "沙头角旅游禁区"),
])
def test_a_closed_area_is_its_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert places(matcher, text) == [(surface, "Sha Tau Kok")]


def test_a_closed_area_alone_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "市民未經許可不得進入邊境禁區。") == []


@pytest.mark.parametrize(("text", "names"), [
    ("一名市民說：「我每天由深圳過關到香港上班，交通十分方便。」", ["深圳", "香港"]),
    ("他笑言：「週末去灣仔海濱跑步，再到北角食飯。」", ["灣仔", "北角"]),
])
def test_places_in_quoted_speech_are_mentions(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [p[0] for p in places(matcher, text)] == names


@pytest.mark.parametrize("text", [
    "當局提出“修机场、造海港、通高铁”的口號。",
    "推動“智慧海南”建設。",
])
def test_quoted_names_and_slogans_stay_none(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_compass_district_after_a_verb_of_visiting(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "局長今日下午到訪南區，與區內居民會面。") == [("南區", "Southern District")]


def test_a_councillor_of_a_compass_constituency_names_no_district(matcher: ZhEntityMatcher) -> None:
    assert "North District" not in [p[1] for p in places(matcher, "屯門北區議員表示歡迎新巴士線。")]
    assert ("南區", "Southern District") in places(matcher, "新隧道縮短往來港島南區的時間。")


@pytest.mark.parametrize(("text", "canonical"), [
    ("市民可到M+博物館參觀新展覽。", "M+"),
    ("戲曲中心今年上演多套粵劇。", "Xiqu Centre"),
    ("香港藝術館完成擴建後重開。", "Hong Kong Museum of Art"),
    ("演唱會在紅磡體育館舉行。", "Hong Kong Coliseum"),
    ("政府研究在堅彌地城海旁興建行人板道。", "Kennedy Town"),
])
def test_hong_kong_venues(matcher: ZhEntityMatcher, text: str, canonical: str) -> None:
    assert canonical in [p[1] for p in places(matcher, text)]


def test_theatres_are_venues(matcher: ZhEntityMatcher) -> None:
    assert [p[0] for p in places(matcher, "荃灣劇院翻新工程明年完成。")] in (["荃灣劇院"], ["荃灣劇院", "荃灣"])


@pytest.mark.parametrize("text", [
    "活化項目保留了貨物裝卸碼頭的特色。",
    "旅客可乘船前往偏遠小島遊覽。",
])
def test_kinds_of_pier_and_island_name_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("計劃在交椅洲600公頃人工島興建房屋。", ["交椅洲"]),
    ("政府宣布史上最貴人工島預算，單是人工島就花費巨大。", []),
    ("上述發展區的土地將用作興建公營房屋。", []),
])
def test_measures_kinds_and_references_name_no_island(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [p[0] for p in places(matcher, text)] == names


def test_artificial_islands_after_a_known_area(matcher: ZhEntityMatcher) -> None:
    assert [p[1] for p in places(matcher, "中部水域人工島的規劃研究已經展開。")] in (["中部水域人工島"], ["Central Waters"])


def test_an_extent_ending_at_a_street_names_its_area(matcher: ZhEntityMatcher) -> None:
    assert [p[0] for p in places(matcher, "新板道東起筲箕灣東大街，西至維園。")][:1] == ["筲箕灣"]


def test_hong_kong_time_names_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "2019年5月3日(星期五)\n香港時間11時25分") == []


@pytest.mark.parametrize("text", [
    "報考明年香港中學文憑考試的學生可獲考試費資助。",
    "當局會展開提升香港易行度顧問研究。",
])
def test_a_place_opening_an_exam_or_a_study_is_no_mention(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_compound_under_two_names_is_one_place(matcher: ZhEntityMatcher) -> None:
    found_places = places(matcher, "中區警署建築群活化後名為「大館」，大館內設有美術館。")
    assert {p[1] for p in found_places} == {"Tai Kwun"}


def test_a_monastery_after_its_island_is_the_site(matcher: ZhEntityMatcher) -> None:
    assert [p[0] for p in places(matcher, "旅客可到大嶼山寶蓮禪寺參觀浴佛節。")] == ["大嶼山寶蓮禪寺"]


def test_a_place_opening_a_jiao_festival_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "長洲太平清醮的搶包山吸引大批旅客。") == []


@pytest.mark.parametrize(("text", "canonical"), [
    ("政府目標把維港海濱長廊延長至34公里。", "Victoria Harbour"),
    ("港島海濱長廊將於明年全面貫通。", "Hong Kong Island"),
])
def test_the_harbourfront_promenade_is_the_harbours_waterfront(matcher: ZhEntityMatcher, text: str, canonical: str) -> None:
    assert [p[1] for p in places(matcher, text)] == [canonical]


def test_a_heritage_compound_named_by_kind_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "顧問就文物建築群的保育方案提出建議。") == []
