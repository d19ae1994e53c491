"""Hong Kong places and bodies in Chinese, session 11 (issue 14): a determiner or a clause word before a place
suffix makes a kind, no name; 往 before a bounded name; a district's council when the district's name ends in 區;
a cycle track between two towns is a route; a slash-named crossing in either order and without its suffix; a
venue listed among organisations or giving something to someone acts; bare 元朗 is the district."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"]


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "hk") if t[1] == "INSTITUTION"]


@pytest.mark.parametrize(("text", "names"), [
    ("當局正研究延長不同口岸的開放時間。", []),  # 'the various crossings': a kind
    ("保安局會與內地商討延長個別口岸的通關時間。", ["內地"]),
    ("署方會與內地相關博物館合作舉辦展覽。", ["內地"]),  # the Mainland's museums
    ("局方會聯絡內地部委如口岸辦。", ["內地"]),  # 如: 'such as'
    ("政府有否諮詢郊野公園委員會的意見?", []),  # 有否 ('whether') opens a LegCo question
    ("该处将会是新博物馆的所在地。", []),
    ("总监已就拟议海岸公园拟备地图。", []),
])
def test_a_determiner_or_clause_word_before_a_suffix_names_a_kind(matcher: ZhEntityMatcher, text: str,
                                                                  names: list[str]) -> None:
    assert places(matcher, text) == names


def test_a_name_before_a_suffix_after_a_determiner_elsewhere_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "旅客可經深圳灣口岸及其他口岸過境。") == ["深圳灣口岸"]


def test_a_bounded_place_after_wang_towards(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "專線小巴經粉嶺公路往上水。") == ["上水"]


@pytest.mark.parametrize(("text", "name"), [
    ("議員與離島區議會舉行會議。", "離島區議會"),  # 離島區 + 議會: the suffix 區議會 shares the district's 區
    ("議員與中西區區議會舉行會議。", "中西區區議會"),
])
def test_a_district_named_with_qu_before_its_council(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert bodies(matcher, text) == [name]
    assert places(matcher, text) == []


def test_a_cycle_track_between_two_towns_is_a_route(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "財委會通過興建元朗至上水單車徑的撥款。") == []


@pytest.mark.parametrize("text", [
    "民建聯建議延長香園圍/蓮塘口岸的服務時間。",  # the official order is 蓮塘/香園圍口岸
    "明天啟用的蓮塘/香園圍的客運口岸設有車位。",  # the pair without its suffix
])
def test_a_slash_named_crossing_in_either_order_or_without_its_suffix(matcher: ZhEntityMatcher, text: str) -> None:
    assert [t[2] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == ["Heung Yuen Wai Control Point"]


def test_venues_listed_among_organisations_are_bodies(matcher: ZhEntityMatcher) -> None:
    text = "香港迪士尼樂園、海洋公園及香港科技園公司等機構亦會舉辦市集。"
    assert places(matcher, text) == []
    assert bodies(matcher, text) == ["香港迪士尼樂園", "海洋公園", "香港科技園公司"]


def test_a_venue_giving_something_to_someone_acts(matcher: ZhEntityMatcher) -> None:
    text = "海洋公園會在未來兩年向長者派發免費門票。"
    assert bodies(matcher, text) == ["海洋公園"]
    assert places(matcher, "市民假日喜歡到海洋公園遊玩。") == ["海洋公園"]


def test_bare_yuen_long_is_the_district_not_its_old_market_town(matcher: ZhEntityMatcher) -> None:
    assert [t[2] for t in found(matcher, "不少市民住在元朗。", "hk") if t[1] == "PLACE"] == ["Yuen Long"]


def test_an_item_opening_with_a_word_of_elsewhere_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "市集會售賣內地、本港及海外小食。") == ["內地", "本港"]


def test_a_hospital_for_the_elderly_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "議員要求當局研究興建長者醫院。") == []


def test_a_museum_that_explores_a_partnership_acts(matcher: ZhEntityMatcher) -> None:
    text = "甲乙海事博物館會探討與內地機構合辦展覽。"
    assert bodies(matcher, text) == ["甲乙海事博物館"]


def test_a_quoted_theme_after_yi_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新區將以「國際綠色新城」為主題。") == []


def test_each_and_emerging_before_a_suffix_name_kinds(matcher: ZhEntityMatcher) -> None:
    assert not [p for p in places(matcher, "當局會研究北都各發展區的營運模式。") if p.endswith("發展區")]  # 各: each
    assert places(matcher, "區內會推出物流及新興工業園用地。") == []  # 新興: emerging, a kind of estate


def test_zhongguo_dalu_is_mainland_china_one_place(matcher: ZhEntityMatcher) -> None:
    assert [t[2] for t in found(matcher, "兩地企業加強與中國大陸的合作。", "hk") if t[1] == "PLACE"] == ["Mainland China"]
