"""Chinese places in Hong Kong texts, session 13 (issue 14), third round: the Hetao zone or the Loop written right
before its park's name is part of that name, one place (河套區創科園, 「河套合作區」香港園區: issue 14, the Hetao zone
inside its park's name); a city right before a site the suffix rules build is one place with it (the longest span);
a data park (X數據園區) keeps its whole kind word. Sentences are made up."""

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
