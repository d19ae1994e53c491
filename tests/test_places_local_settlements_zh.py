"""local_settlements_zh (issue 14, session 26): a name the text glosses by its kind in brackets (某某(山名)), a
natural village (某村某某自然村) and a town's market seat (某某圩镇) are places. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_glossed_name_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert "仙人踏石" in places(matcher, "溪水源自仙人踏石(山名)东麓。")
    assert "大榕脚" in places(matcher, "村民常在大榕脚（地名）聚会。")


def test_a_gloss_of_no_kind_names_nothing(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新建一座大桥(名称待定)，年底通车。") == []


def test_a_natural_village_after_its_village_is_a_place(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "记者走进禾坪村上寮自然村，看到新修的村道。")
    assert "禾坪村" in got and "上寮自然村" in got


def test_a_hamlet_named_by_a_site_word_cuts_the_site(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "江边的禾坪村渡口自然村风景秀丽。")
    assert "禾坪村" in got and "渡口自然村" in got and "禾坪村渡口" not in got


def test_counts_of_natural_villages_name_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全镇共有自然村58个，各自然村通了自来水。") == []


def test_a_towns_market_seat_is_a_place(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "石岭镇，地处山区。示范带涵盖3个行政村及石岭圩镇。")
    assert "石岭圩镇" in got


def test_a_seat_of_a_town_not_named_is_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "示范带涵盖3个行政村及城区圩镇。") == []


def test_a_divisions_bound_on_a_river_or_hill_is_a_place(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该社区东至青禾河,南起望岭水道,北至石鼓岭,西至新安路。")
    assert got[-3:] == ["青禾河", "望岭水道", "石鼓岭"]


def test_a_bound_in_time_or_on_a_road_is_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "工期东至明年,西至新安路。") == []


def test_a_kind_of_natural_village_after_a_verb_or_boundary_is_none(matcher: ZhEntityMatcher) -> None:
    # review revzh M3: the 2-3 characters before 自然村 after a verb or a comma are a kind the text counts
    assert places(matcher, "全县推进偏远自然村集中供水，贫困自然村全部通电。") == []
    assert places(matcher, "加快撤并空心自然村，推进美丽自然村建设。") == []


def test_a_natural_village_after_its_village_committee_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert "上屋自然村" in places(matcher, "新丰镇石角村委会上屋自然村开展人居环境整治。")


def test_a_generic_stream_or_hills_as_a_bound_is_none(matcher: ZhEntityMatcher) -> None:
    # review revzh M11: one character before the water's or hill's word is a generic word (小河, 山岭, 大山)
    assert places(matcher, "该村东至小河，西至山岭，南至水沟，北至大山。") == []
