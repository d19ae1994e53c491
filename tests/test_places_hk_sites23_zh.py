"""Chinese places in Hong Kong texts, session 18 (issue 14): an estate named by a known place keeps its name after a
count of the units in it (約800個石門邨單位); a reclamation area (某某填海區) is a place, two compass points opening
it too (東南某某填海區); a Mainland division glued to a Hong Kong place is the tail of a site's name (某嶺平房區, a
cottage area, not Harbin's 平房区); 主要 / 過境 / 高層 before a suffix describe a kind (主要過境口岸, 高層大廈), no
name; the Lok Ma Chau Spur Line control point and the Lok Ma Chau control point are two places. Sentences are made
up."""

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
