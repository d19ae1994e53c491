"""Halls a local congress sits in and islands a report makes its subjects (made-up sentences; session 22).

- A county's cinema-theatre (县影剧院) and its culture centre's hall (区文化中心礼堂) are its halls; after a pointer
  (该市会展中心 'this city's exhibition centre') the hall is named by its own words.
- An island's name (X岛) ends before an adverb or a verb that opens its clause (某洲岛终于成为…) and before 全域
  ('the whole area': 某洲岛全域旅游).
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_cinema_theatre_or_a_culture_centre_hall_is_a_congress_venue(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "3月2日,某县第八届人民代表大会第五次会议在县影剧院开幕。") == ["县影剧院"]
    assert places(matcher, "某区第三届人民代表大会第二次会议今天在区文化中心礼堂隆重开幕。") == ["区文化中心礼堂"]


def test_a_hall_after_a_pointer_is_named_by_its_own_words(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "某市第九届人民代表大会第一次会议在该市会展中心隆重开幕。") == ["会展中心"]
    assert places(matcher, "游客可在该市会展中心参观展览。") == []


def test_an_island_before_an_adverb_or_whole_area_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "筹备多年,某洲岛终于成为热闹的工地。") == ["某洲岛"]
    assert places(matcher, "围绕某陵岛全域旅游发展,打造精品线路。") == ["某陵岛"]


def test_an_island_word_alone_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动海岛终于成为旅游热点。") == []


def test_a_memorial_hall_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "庄严的乐曲奏响在逸仙纪念堂。") == ["逸仙纪念堂"]
    assert places(matcher, "设立纪念堂。") == []


def test_an_island_slogan_names_no_island(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "县委提出“生态立岛”的思路,推进“科技兴岛”。") == []
