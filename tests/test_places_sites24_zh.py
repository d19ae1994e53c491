"""Chinese places, session 19 (issue 14): a plaza or shopping centre named after a known place (某區中央廣場,
某區某某商場) is one place, the place in it no mention of its own, while a bare 商場 after a place is a kind (香港商場
'Hong Kong's malls'); 工业村 is the Simplified spelling of an industrial estate (工業邨); a comprehensive national
science centre written after its place (某市综合性国家科学中心) is one area; a deictic place (本港 'this territory')
is never part of a programme's or fund's title (本港外匯基金: Hong Kong's Exchange Fund). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def surfaces(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[str]:
    return [t[0] for t in found(matcher, text, loc) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "surface", "inside"), [
    ("單張亦會在元朗中央廣場派發。", "元朗中央廣場", "元朗"),
    ("市民可前往荃灣時代廣場的櫃枱索取表格。", "荃灣時代廣場", "荃灣"),
    ("摘要单张亦会在大埔明新商场派发。", "大埔明新商场", "大埔"),
    ("展览将在沙田新城商場举行。", "沙田新城商場", "沙田"),
])
def test_a_plaza_or_mall_after_a_known_place_is_one_place(matcher: ZhEntityMatcher, text: str, surface: str,
                                                          inside: str) -> None:
    found_surfaces = surfaces(matcher, text)
    assert surface in found_surfaces and inside not in found_surfaces


def test_a_bare_mall_after_a_place_is_a_kind_and_the_place_stays(matcher: ZhEntityMatcher) -> None:
    found_surfaces = surfaces(matcher, "節日期間香港商場的人流明顯增加。")
    assert "香港" in found_surfaces and "香港商場" not in found_surfaces


def test_a_plaza_or_mall_alone_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "我们将建设文化广场和大型商场。", "cn") == []


@pytest.mark.parametrize(("text", "surface"), [
    ("科技园公司将在元朗工业村兴建新厂房。", "元朗工业村"),
    ("大埔工業邨將有新的數據中心落成。", "大埔工業邨"),
])
def test_an_industrial_estate_is_one_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in surfaces(matcher, text)


def test_a_comprehensive_national_science_centre_is_one_area(matcher: ZhEntityMatcher) -> None:
    found_surfaces = surfaces(matcher, "对标西安综合性国家科学中心，加快建设重大科技基础设施。", "cn")
    assert "西安综合性国家科学中心" in found_surfaces and "西安" not in found_surfaces


@pytest.mark.parametrize("text", [
    "上月本港外匯基金的總資產增加。",
    "本港外汇基金的投资收入上升。",
])
def test_a_deictic_place_before_a_fund_is_a_mention(matcher: ZhEntityMatcher, text: str) -> None:
    assert "本港" in surfaces(matcher, text)


@pytest.mark.parametrize(("text", "station"), [
    ("沙中線會展站上蓋將興建會議設施。", "會展站"),
    ("市民可乘港鐵會展站前往。", "會展站"),
    ("東鐵綫大學站附近將有新住宅。", "大學站"),
    ("地铁2号线会展中心站明年启用。", "会展中心站"),
])
def test_a_station_after_its_line_or_operator_is_named_by_a_common_word(matcher: ZhEntityMatcher, text: str,
                                                                        station: str) -> None:
    assert station in surfaces(matcher, text)


def test_a_common_word_before_a_station_without_a_line_names_none(matcher: ZhEntityMatcher) -> None:
    assert surfaces(matcher, "政府將設立會展站點，推動會展業。") == []


def test_a_science_centres_pilot_zone_is_one_area(matcher: ZhEntityMatcher) -> None:
    found_surfaces = surfaces(matcher, "加快北京怀柔科学城综合性国家科学中心先行启动区建设。", "cn")
    assert found_surfaces == ["北京怀柔科学城综合性国家科学中心先行启动区"]


def test_a_public_building_named_by_its_locality_and_what_it_houses_is_one_place(matcher: ZhEntityMatcher) -> None:
    found_surfaces = surfaces(matcher, "表格可在大埔明德社區綜合服務大樓索取。")
    assert "大埔明德社區綜合服務大樓" in found_surfaces and "大埔" not in found_surfaces
