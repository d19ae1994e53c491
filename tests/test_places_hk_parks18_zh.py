"""Chinese places in Hong Kong texts, session 13 (issue 14), third round: the Hetao zone or the Loop written right
before its park's name is part of that name, one place (河套區創科園, 「河套合作區」香港園區: issue 14, the Hetao zone
inside its park's name); a city right before a site the suffix rules build is one place with it (the longest span);
a data park (X數據園區) keeps its whole kind word; culture centres, Chinese opera centres, arts centres, science
museums and stadiums (X文化中心, X戲曲中心, X藝術中心, X科學館, X大球場) are named venues; a district before 民政事務專員
names the District Officer's post, no mention of the place. Sentences are made up."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text) if t[1] == "PLACE"]


def test_the_loop_before_its_park_is_in_the_parks_name(matcher: ZhEntityMatcher) -> None:
    assert [p for p, _ in places(matcher, "首批大樓將在河套區創科園落成。")] == ["河套區創科園"]


def test_the_hetao_zone_quoted_before_its_park_is_the_park(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "政府加快建設「河套合作區」香港園區的設施。")
    assert [c for _, c in got] == ["Hetao Hong Kong Park"]


def test_a_city_before_a_site_built_by_its_kind_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert [p for p, _ in places(matcher, "代表團參觀深圳光明科學城。")] == ["深圳光明科學城"]


def test_a_data_park_keeps_its_kind_word(matcher: ZhEntityMatcher) -> None:
    assert [p for p, _ in places(matcher, "政府將發展大嶺數據園區。")] == ["大嶺數據園區"]


def test_culture_venues_and_stadiums_are_places(matcher: ZhEntityMatcher) -> None:
    got = [p for p, _ in places(matcher, "政府將興建九龍西文化中心,並擴建屯門科學館和東區大球場。")]
    assert got == ["九龍西文化中心", "屯門科學館", "東區大球場"]
    assert places(matcher, "推進社區文化中心建設。") == []  # a kind


def test_a_district_before_its_district_officers_title_names_the_post(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "局長在觀塘民政事務專員陪同下探訪長者。") == []
    assert [p for p, _ in places(matcher, "走訪觀塘,在觀塘民政事務專員陪同下探訪長者。")] == ["觀塘"]


def test_a_land_use_after_a_rezoning_verb_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "該幅土地正改劃作數據園區。") == []
