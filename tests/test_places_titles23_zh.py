"""positioning_zh.opens_title: a known place right after a verb that confers a title, opening the title (quoted or
not), is inside the title, no mention; a site built on a suffix stays a place there (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_place_opening_a_conferred_title_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "荔枝被评为茂名“十大名果”之一，香蕉被评为肇庆八大名果。") == []


def test_the_place_as_the_one_honoured_stays(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "肇庆被评为全国文明城市。") == ["肇庆"]


def test_a_site_after_the_verb_stays_a_place(matcher: ZhEntityMatcher) -> None:
    # session 28 (zhplfp, name_tails_zh): a kind-built site directly before 体系 names a system sites join, no place
    # (the scored forecast fc27's gold lists none for 入选某国家植物园体系); the garden as a site stays a place
    assert places(matcher, "推动滨江湿地入选华南国家植物园体系。") == []
    assert places(matcher, "市民到华南国家植物园赏花。") == ["华南国家植物园"]


def test_a_rankings_name_holds_no_county(matcher: ZhEntityMatcher) -> None:
    # 百佳县 'the best hundred counties': 佳县 (Jia County) is read across the ranking's word
    assert places(matcher, "入选全国县域旅游发展潜力百佳县。") == []
    assert places(matcher, "佳县红枣远销各地。") == ["佳县"]


def test_a_place_opening_a_later_title_of_the_conferred_list_is_no_mention(matcher: ZhEntityMatcher) -> None:
    text = "获评为县域发展百佳典范、肇庆文旅融合示范案例。"
    assert places(matcher, text) == []
    assert places(matcher, "入选城市包括广州、深圳。") == ["广州", "深圳"]
